package vn.khoidn.domain.eligibility;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.khoidn.domain.organization.Organization;
import vn.khoidn.domain.organization.OrganizationTree;
import vn.khoidn.domain.registry.HostUnit;
import vn.khoidn.domain.registry.Registry;
import vn.khoidn.domain.registry.SocioPoliticalKind;
import vn.khoidn.domain.rollup.Ratio;

/**
 * The development pipeline's lists: units that may establish a party organization, a youth-union
 * chapter or a trade union under the {@link Thresholds}, and the youth-union coverage of units with
 * a party organization.
 */
public final class EligibilityRules {

  private final Thresholds thresholds;

  /**
   * Rules with the given thresholds.
   *
   * @param thresholds the member counts from which a unit may establish an organization
   */
  public EligibilityRules(Thresholds thresholds) {
    this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
  }

  /** The thresholds in force. */
  public Thresholds thresholds() {
    return thresholds;
  }

  /**
   * Units with at least the threshold of official party members and no party organization on a day.
   *
   * @param registry the host units
   * @param tree the organization tree
   * @param day the day
   * @return the eligible units, in registry order
   */
  public List<HostUnit> eligibleForPartyOrganization(
      Registry registry, OrganizationTree tree, LocalDate day) {
    Set<String> withParty = unitsWithPartyOrganization(tree, day);
    return registry.units().stream()
        .filter(u -> u.officialPartyMembers() >= thresholds.officialPartyMembers())
        .filter(u -> !withParty.contains(u.code()))
        .toList();
  }

  /**
   * Units with at least the threshold of youth-union members and no youth-union chapter on a day.
   *
   * @param registry the host units
   * @param day the day
   * @return the eligible units
   */
  public List<HostUnit> eligibleForYouthUnion(Registry registry, LocalDate day) {
    return registry.units().stream()
        .filter(u -> u.youthUnionMembers() >= thresholds.youthUnionMembers())
        .filter(u -> !u.has(SocioPoliticalKind.YOUTH_UNION, day))
        .toList();
  }

  /**
   * Units with at least the threshold of trade-union members and no grassroots trade union on a
   * day.
   *
   * @param registry the host units
   * @param day the day
   * @return the eligible units
   */
  public List<HostUnit> eligibleForTradeUnion(Registry registry, LocalDate day) {
    return registry.units().stream()
        .filter(u -> u.tradeUnionMembers() >= thresholds.tradeUnionMembers())
        .filter(u -> !u.has(SocioPoliticalKind.TRADE_UNION, day))
        .toList();
  }

  /**
   * The share of units with a party organization that also have a youth union on a day.
   *
   * @param registry the host units
   * @param tree the organization tree
   * @param day the day
   * @param band the target band
   * @return the coverage
   */
  public Coverage youthUnionCoverage(
      Registry registry, OrganizationTree tree, LocalDate day, CoverageBand band) {
    Set<String> withParty = unitsWithPartyOrganization(tree, day);
    long units = 0;
    long withYouth = 0;
    for (HostUnit u : registry.units()) {
      if (withParty.contains(u.code())) {
        units++;
        if (u.has(SocioPoliticalKind.YOUTH_UNION, day)) {
          withYouth++;
        }
      }
    }
    return new Coverage(new Ratio(withYouth, units), band);
  }

  private static Set<String> unitsWithPartyOrganization(OrganizationTree tree, LocalDate day) {
    Set<String> codes = new HashSet<>();
    for (Organization o : tree.organizations()) {
      if (o.hostUnitCode() != null && o.existsOn(day)) {
        codes.add(o.hostUnitCode());
      }
    }
    return codes;
  }
}
