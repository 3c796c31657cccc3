package vn.khoidn.reporting.review;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import vn.khoidn.domain.indicator.DataValue;
import vn.khoidn.domain.indicator.IndicatorCatalogue;
import vn.khoidn.domain.organization.Organization;
import vn.khoidn.domain.organization.OrganizationKind;
import vn.khoidn.domain.organization.OrganizationTree;
import vn.khoidn.domain.period.Period;
import vn.khoidn.domain.registry.Registry;
import vn.khoidn.domain.registry.Sector;
import vn.khoidn.domain.registry.SocioPoliticalKind;
import vn.khoidn.domain.rollup.Breakdown;
import vn.khoidn.domain.rollup.Dataset;
import vn.khoidn.domain.rollup.IndicatorTotal;
import vn.khoidn.domain.rollup.NodeResult;
import vn.khoidn.domain.rollup.RegistryFigures;
import vn.khoidn.domain.rollup.Rollup;
import vn.khoidn.domain.rollup.RollupQuery;

/**
 * The figures a review report states: from the roll-up of the issuing organization, and from the
 * registry the organizations established in the period.
 *
 * @param admitted new party members admitted
 * @param plan the admission target, if there is one
 * @param nonStateAdmitted of them, in non-state enterprises
 * @param classes awareness-training classes
 * @param trainees people trained
 * @param nonStateTrainees of them, in non-state enterprises
 * @param newPartyOrganizations the grassroots party organizations established
 * @param newYouthUnions the youth-union chapters established
 * @param newTradeUnions the grassroots trade unions established
 * @param ownersAdmitted private-enterprise owners admitted to the Party, or empty when no figure of
 *     it was reported for the organization and period: the report then says nothing about them
 */
public record ReviewFigures(
    long admitted,
    OptionalLong plan,
    long nonStateAdmitted,
    long classes,
    long trainees,
    long nonStateTrainees,
    List<NewOrganization> newPartyOrganizations,
    List<NewUnit> newYouthUnions,
    List<NewUnit> newTradeUnions,
    OptionalLong ownersAdmitted)
    implements Serializable {

  /** Checks the parts never exceed their totals and copies the lists. */
  public ReviewFigures {
    if (nonStateAdmitted > admitted || nonStateTrainees > trainees) {
      throw new IllegalArgumentException("A part cannot exceed its total.");
    }
    Objects.requireNonNull(ownersAdmitted, "ownersAdmitted");
    newPartyOrganizations = List.copyOf(newPartyOrganizations);
    newYouthUnions = List.copyOf(newYouthUnions);
    newTradeUnions = List.copyOf(newTradeUnions);
  }

  /**
   * The figures of one organization of a roll-up that asked for new members, classes and trainees
   * by sector.
   *
   * @param node the organization in the roll-up
   * @param newPartyOrganizations the grassroots party organizations established
   * @param newYouthUnions the youth-union chapters established
   * @param newTradeUnions the grassroots trade unions established
   * @return the figures
   */
  public static ReviewFigures of(
      NodeResult node,
      List<NewOrganization> newPartyOrganizations,
      List<NewUnit> newYouthUnions,
      List<NewUnit> newTradeUnions) {
    IndicatorTotal members = node.indicator(IndicatorCatalogue.NEW_MEMBERS);
    IndicatorTotal trainees = node.indicator(IndicatorCatalogue.AWARENESS_TRAINEES);
    return new ReviewFigures(
        members.total(),
        members.plan(),
        members.part(Sector.NON_STATE),
        node.indicator(IndicatorCatalogue.AWARENESS_CLASSES).total(),
        trainees.total(),
        trainees.part(Sector.NON_STATE),
        newPartyOrganizations,
        newYouthUnions,
        newTradeUnions,
        OptionalLong.empty());
  }

  /**
   * The same figures with the owners admitted.
   *
   * @param owners the owners admitted, or empty if no figure of them was reported
   * @return the figures
   */
  public ReviewFigures withOwnersAdmitted(OptionalLong owners) {
    return new ReviewFigures(
        admitted,
        plan,
        nonStateAdmitted,
        classes,
        trainees,
        nonStateTrainees,
        newPartyOrganizations,
        newYouthUnions,
        newTradeUnions,
        owners);
  }

  /**
   * An indicator of an organization over a period as the roll-up counts it, if anything of it was
   * reported: a sum of zero and no figure at all are told apart, so that a report states a figure
   * only where one exists. The same values are rolled up beside a count of them, by the roll-up's
   * own rules (the tree as it stood, one granularity per year).
   *
   * @param data what the report's roll-up reads
   * @param organizationCode the issuing organization
   * @param period the period of the report
   * @param indicatorCode the indicator
   * @return its total, or empty if no value of it counts for the organization in the period
   */
  public static OptionalLong reported(
      Dataset data, String organizationCode, Period period, String indicatorCode) {
    String counted = indicatorCode + "#counted";
    List<DataValue> values = new ArrayList<>();
    for (DataValue v : data.values()) {
      if (v.indicatorCode().equals(indicatorCode)) {
        values.add(v);
        values.add(new DataValue(v.organizationCode(), v.period(), counted, v.sector(), 1));
      }
    }
    NodeResult top =
        Rollup.compute(
                new RollupQuery(
                    organizationCode,
                    period,
                    List.of(indicatorCode, counted),
                    Breakdown.NONE,
                    null),
                new Dataset(data.tree(), data.registry(), values, List.of(), List.of()))
            .root();
    return top.indicator(counted).total() == 0
        ? OptionalLong.empty()
        : OptionalLong.of(top.indicator(indicatorCode).total());
  }

  /**
   * The figures of the issuing organization: its roll-up, and from the registry the party
   * organizations, youth unions and trade unions established in its subtree during the period.
   *
   * @param node the issuing organization in the roll-up
   * @param tree the organization tree
   * @param registry the host units
   * @param period the period of the report
   * @return the figures
   */
  public static ReviewFigures fromRegistry(
      NodeResult node, OrganizationTree tree, Registry registry, Period period) {
    return fromRegistry(
        node,
        RegistryFigures.newPartyOrganizations(tree, registry, node.code(), period),
        tree,
        registry,
        period);
  }

  /**
   * The figures of the issuing organization, for a caller that already listed the party
   * organizations established (for an annex, say).
   *
   * @param node the issuing organization in the roll-up
   * @param established the party organizations established in its subtree during the period
   * @param tree the organization tree
   * @param registry the host units
   * @param period the period of the report
   * @return the figures
   */
  public static ReviewFigures fromRegistry(
      NodeResult node,
      List<RegistryFigures.NewOrganization> established,
      OrganizationTree tree,
      Registry registry,
      Period period) {
    List<NewOrganization> party =
        established.stream()
            .map(
                o ->
                    new NewOrganization(
                        o.nameForReport(),
                        tree.organization(o.reportingOrganization()).orElseThrow().kind()))
            .toList();
    Set<String> unitsWithParty = new HashSet<>();
    for (Organization o : tree.organizations()) {
      if (o.hostUnitCode() != null && o.existsOn(period.end())) {
        registry.unit(o.hostUnitCode()).ifPresent(u -> unitsWithParty.add(u.name()));
      }
    }
    return of(
        node,
        party,
        newUnits(
            SocioPoliticalKind.YOUTH_UNION, node.code(), tree, registry, period, unitsWithParty),
        newUnits(
            SocioPoliticalKind.TRADE_UNION, node.code(), tree, registry, period, unitsWithParty));
  }

  /** The unions of a kind established in the subtree; units without a party count at its top. */
  private static List<NewUnit> newUnits(
      SocioPoliticalKind kind,
      String organizationCode,
      OrganizationTree tree,
      Registry registry,
      Period period,
      Set<String> unitsWithParty) {
    return RegistryFigures.newSocioPoliticalOrganizations(
            kind, tree, registry, organizationCode, period, organizationCode)
        .stream()
        .map(o -> new NewUnit(o.hostUnitName(), unitsWithParty.contains(o.hostUnitName())))
        .toList();
  }

  /**
   * A grassroots party organization established in the period.
   *
   * @param name its name as the report writes it, with its host unit's legal form in brackets when
   *     the unit is private
   * @param kind a grassroots committee or a grassroots cell
   */
  public record NewOrganization(String name, OrganizationKind kind) implements Serializable {}

  /**
   * A host unit where a youth union or trade union was established.
   *
   * @param unitName the unit's name
   * @param hasPartyOrganization whether the unit has a party organization
   */
  public record NewUnit(String unitName, boolean hasPartyOrganization) implements Serializable {}
}
