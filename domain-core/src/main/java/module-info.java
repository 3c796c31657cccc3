/**
 * The party-building domain: organizations, host units, indicators, periods, plans, rules and the
 * roll-up.
 *
 * <p>Plain Java with no framework, so that other projects can reuse it.
 */
module vn.khoidn.domain {
  exports vn.khoidn.domain.organization;
  exports vn.khoidn.domain.registry;
  exports vn.khoidn.domain.period;
  exports vn.khoidn.domain.indicator;
  exports vn.khoidn.domain.plan;
  exports vn.khoidn.domain.validation;
  exports vn.khoidn.domain.eligibility;
  exports vn.khoidn.domain.rollup;
  exports vn.khoidn.domain.format;
  exports vn.khoidn.domain.submission;
}
