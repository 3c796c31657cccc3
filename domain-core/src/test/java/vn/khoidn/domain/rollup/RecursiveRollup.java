package vn.khoidn.domain.rollup;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.khoidn.domain.indicator.DataValue;
import vn.khoidn.domain.organization.Organization;
import vn.khoidn.domain.organization.OrganizationTree;
import vn.khoidn.domain.registry.Sector;

/**
 * The obvious roll-up, kept only as a yardstick for the benchmark: for every organization, walk its
 * whole subtree again and sum the values found there. It ignores moves within the period (it uses
 * the tree of the period's last day) and knows nothing of plans or completeness.
 */
final class RecursiveRollup {

  private RecursiveRollup() {}

  /** Totals by organization code, indicator code and sector. */
  static Map<String, Map<String, Map<Sector, Long>>> compute(RollupQuery query, Dataset data) {
    OrganizationTree tree = data.tree();
    LocalDate day = query.period().end();
    Map<String, List<DataValue>> byOrganization = new HashMap<>();
    for (DataValue v : data.values()) {
      if (query.period().covers(v.period()) && query.indicatorCodes().contains(v.indicatorCode())) {
        byOrganization
            .computeIfAbsent(v.organizationCode(), k -> new java.util.ArrayList<>())
            .add(v);
      }
    }
    Map<String, Map<String, Map<Sector, Long>>> result = new LinkedHashMap<>();
    for (Organization org : tree.subtreeOn(query.organizationCode(), day)) {
      Map<String, Map<Sector, Long>> totals = new HashMap<>();
      walk(tree, org, day, byOrganization, data, totals);
      result.put(org.code(), totals);
    }
    return result;
  }

  private static void walk(
      OrganizationTree tree,
      Organization org,
      LocalDate day,
      Map<String, List<DataValue>> values,
      Dataset data,
      Map<String, Map<Sector, Long>> totals) {
    for (DataValue v : values.getOrDefault(org.code(), List.of())) {
      Sector sector =
          v.sector() != null ? v.sector() : data.registry().sectorOf(org.hostUnitCode());
      totals
          .computeIfAbsent(v.indicatorCode(), k -> new EnumMap<>(Sector.class))
          .merge(sector, v.value(), Long::sum);
    }
    for (Organization child : tree.childrenOn(org.code(), day)) {
      walk(tree, child, day, values, data, totals);
    }
  }
}
