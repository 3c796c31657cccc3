package vn.khoidn.domain.rollup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.khoidn.domain.indicator.DataValue;
import vn.khoidn.domain.indicator.IndicatorCatalogue;
import vn.khoidn.domain.organization.Organization;
import vn.khoidn.domain.organization.OrganizationTree;
import vn.khoidn.domain.period.Period;
import vn.khoidn.domain.registry.HostUnit;
import vn.khoidn.domain.registry.LegalForm;
import vn.khoidn.domain.registry.Registry;
import vn.khoidn.domain.registry.Sector;
import vn.khoidn.domain.registry.SocioPoliticalKind;
import vn.khoidn.domain.registry.SocioPoliticalOrganization;

/**
 * The figures nobody types in: grassroots party organizations, youth-union chapters and trade
 * unions established in a period, named, computed from the dates in the tree and the registry.
 */
public final class RegistryFigures {

  private RegistryFigures() {}

  /**
   * An organization established in the period, as a report lists it.
   *
   * @param name its name
   * @param hostUnitName the name of its host unit, or null
   * @param legalForm the host unit's legal form, or null
   * @param sector the host unit's sector
   * @param established the day it was established
   * @param reportingOrganization the party organization whose figures it counts in
   */
  public record NewOrganization(
      String name,
      String hostUnitName,
      LegalForm legalForm,
      Sector sector,
      LocalDate established,
      String reportingOrganization) {

    /**
     * The name as a report writes it: with the host unit's legal form in brackets when it is a
     * private enterprise, "Chi bộ Công ty Minh Tiến (Công ty TNHH)".
     */
    public String nameForReport() {
      return legalForm != null && legalForm.isPrivateEnterprise()
          ? name + " (" + legalForm.vietnameseLabel() + ")"
          : name;
    }
  }

  /**
   * Grassroots party organizations established during the period that sat in the subtree on its
   * last day.
   *
   * @param tree the organization tree
   * @param registry the host units
   * @param rootCode the top of the subtree
   * @param period the period
   * @return the new organizations, oldest first
   */
  public static List<NewOrganization> newPartyOrganizations(
      OrganizationTree tree, Registry registry, String rootCode, Period period) {
    List<NewOrganization> result = new ArrayList<>();
    for (Organization o : tree.subtreeOn(rootCode, period.end())) {
      if (o.kind().isGrassroots() && o.established() != null && period.includes(o.established())) {
        Optional<HostUnit> unit = registry.unit(o.hostUnitCode());
        result.add(
            new NewOrganization(
                tree.nameOn(o.code(), period.end()),
                unit.map(HostUnit::name).orElse(null),
                unit.map(HostUnit::legalForm).orElse(null),
                registry.sectorOf(o.hostUnitCode()),
                o.established(),
                o.code()));
      }
    }
    result.sort(Comparator.comparing(NewOrganization::established));
    return result;
  }

  /**
   * Socio-political organizations of a kind established during the period in host units of the
   * subtree. A unit counts in the subtree when one of the subtree's party organizations sits in it
   * on the period's last day; units without a party organization count at the top of the subtree if
   * it is the bloc that surveys them ({@code unitsWithoutPartyGoTo}), and nowhere else.
   *
   * @param kind youth union, trade union, ...
   * @param tree the organization tree
   * @param registry the host units
   * @param rootCode the top of the subtree
   * @param period the period
   * @param unitsWithoutPartyGoTo the organization that answers for units without a party
   *     organization, or null to leave them out
   * @return the new organizations, oldest first
   */
  public static List<NewOrganization> newSocioPoliticalOrganizations(
      SocioPoliticalKind kind,
      OrganizationTree tree,
      Registry registry,
      String rootCode,
      Period period,
      String unitsWithoutPartyGoTo) {
    LocalDate day = period.end();
    Map<String, String> partyOrgOfUnit = new HashMap<>();
    for (Organization o : tree.organizations()) {
      if (o.hostUnitCode() != null && o.existsOn(day)) {
        partyOrgOfUnit.putIfAbsent(o.hostUnitCode(), o.code());
      }
    }
    List<String> inSubtree =
        tree.subtreeOn(rootCode, day).stream().map(Organization::code).toList();
    List<NewOrganization> result = new ArrayList<>();
    for (Registry.Established e : registry.establishedDuring(kind, period)) {
      String reporting = partyOrgOfUnit.get(e.unit().code());
      if (reporting == null) {
        reporting = unitsWithoutPartyGoTo;
      }
      if (reporting != null && inSubtree.contains(reporting)) {
        SocioPoliticalOrganization o = e.organization();
        result.add(
            new NewOrganization(
                o.name(),
                e.unit().name(),
                e.unit().legalForm(),
                e.unit().sector(),
                o.established(),
                reporting));
      }
    }
    return result;
  }

  /**
   * The new organizations as values of {@code NEW_PARTY_ORGS}, {@code NEW_YOUTH_UNIONS} and {@code
   * NEW_TRADE_UNIONS}, one per organization at the party organization it counts in, so that {@link
   * Rollup} sums them with everything else.
   *
   * @param tree the organization tree
   * @param registry the host units
   * @param rootCode the top of the tree the values are for
   * @param period the period; the values are reported for it
   * @return the values
   */
  public static List<DataValue> asValues(
      OrganizationTree tree, Registry registry, String rootCode, Period period) {
    List<DataValue> values = new ArrayList<>();
    for (NewOrganization o : newPartyOrganizations(tree, registry, rootCode, period)) {
      values.add(
          new DataValue(
              o.reportingOrganization(), period, IndicatorCatalogue.NEW_PARTY_ORGS, o.sector(), 1));
    }
    for (NewOrganization o :
        newSocioPoliticalOrganizations(
            SocioPoliticalKind.YOUTH_UNION, tree, registry, rootCode, period, rootCode)) {
      values.add(
          new DataValue(
              o.reportingOrganization(),
              period,
              IndicatorCatalogue.NEW_YOUTH_UNIONS,
              o.sector(),
              1));
    }
    for (NewOrganization o :
        newSocioPoliticalOrganizations(
            SocioPoliticalKind.TRADE_UNION, tree, registry, rootCode, period, rootCode)) {
      values.add(
          new DataValue(
              o.reportingOrganization(),
              period,
              IndicatorCatalogue.NEW_TRADE_UNIONS,
              o.sector(),
              1));
    }
    return values;
  }
}
