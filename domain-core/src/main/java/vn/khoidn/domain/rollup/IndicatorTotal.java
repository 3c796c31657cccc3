package vn.khoidn.domain.rollup;

import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalLong;
import vn.khoidn.domain.registry.Sector;

/**
 * One indicator rolled up for one organization: the total, its parts by sector, the plan, and the
 * ratios computed from those sums.
 *
 * @param indicatorCode the indicator
 * @param total the sum over the subtree
 * @param bySector the parts by sector (all four sectors, zero where nothing was reported); empty
 *     without the sector breakdown
 * @param plan the summed target, or empty if no plan covers the period
 */
public record IndicatorTotal(
    String indicatorCode, long total, Map<Sector, Long> bySector, OptionalLong plan) {

  /** Copies the breakdown. */
  public IndicatorTotal {
    bySector = bySector.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(bySector));
  }

  /**
   * The total against the plan, e.g. 95/80 (118,75%); undefined without a plan or with a plan of
   * zero.
   */
  public Ratio percentOfPlan() {
    return new Ratio(total, plan.orElse(0));
  }

  /**
   * A sector's share of the total, e.g. 11/95 for non-state enterprises.
   *
   * @param sector the sector
   * @return its part over the total
   */
  public Ratio share(Sector sector) {
    return new Ratio(bySector.getOrDefault(sector, 0L), total);
  }

  /**
   * A sector's part.
   *
   * @param sector the sector
   * @return the sum of its values
   */
  public long part(Sector sector) {
    return bySector.getOrDefault(sector, 0L);
  }
}
