/**
 * The party-building domain: organizations, host units, indicators, periods, plans, rules and the roll-up.
 *
 * <p>Plain Java with no framework, so that other projects can reuse it.
 */
module vn.khoidn.domain {
  exports vn.khoidn.domain.organization;
  exports vn.khoidn.domain.registry;
}
