package vn.khoidn.domain.rollup;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import vn.khoidn.domain.period.Period;
import vn.khoidn.domain.validation.InvalidValueException;

/**
 * What to roll up: an organization's subtree, over a period, for some indicators, with or without
 * the breakdown by sector; and the deadline that completeness measures "on time" against.
 *
 * @param organizationCode the top of the subtree
 * @param period the period; values whose period it {@linkplain Period#covers(Period) covers} are
 *     summed
 * @param indicatorCodes the indicators, in the order the result lists them
 * @param breakdown whether to break totals down by sector
 * @param deadline the reporting deadline, or null if "on time" means "submitted"
 * @param organizedOn null to sum on the tree as it stood in the period; else the day whose tree the
 *     figures are regrouped on: each counts under the organization that holds its organization's
 *     work that day (see {@link Rollup})
 */
public record RollupQuery(
    String organizationCode,
    Period period,
    List<String> indicatorCodes,
    Breakdown breakdown,
    LocalDate deadline,
    LocalDate organizedOn) {

  /** Checks the query names what to sum. */
  public RollupQuery {
    Objects.requireNonNull(organizationCode, "Tổ chức cần tổng hợp là bắt buộc.");
    Objects.requireNonNull(period, "Kỳ tổng hợp là bắt buộc.");
    Objects.requireNonNull(breakdown, "breakdown");
    indicatorCodes = List.copyOf(indicatorCodes);
    if (indicatorCodes.isEmpty()) {
      throw new InvalidValueException("MISSING_INDICATOR", "Cần ít nhất một chỉ tiêu để tổng hợp.");
    }
    if (indicatorCodes.stream().distinct().count() != indicatorCodes.size()) {
      throw new InvalidValueException("DUPLICATE_INDICATOR", "Danh sách chỉ tiêu có mã bị trùng.");
    }
  }

  /**
   * A query on the tree as it stood in the period.
   *
   * @param organizationCode the top of the subtree
   * @param period the period
   * @param indicatorCodes the indicators
   * @param breakdown whether to break totals down by sector
   * @param deadline the reporting deadline, or null
   */
  public RollupQuery(
      String organizationCode,
      Period period,
      List<String> indicatorCodes,
      Breakdown breakdown,
      LocalDate deadline) {
    this(organizationCode, period, indicatorCodes, breakdown, deadline, null);
  }

  /**
   * The same query with its figures regrouped on the tree as organized on a day.
   *
   * @param day the day, usually today
   * @return the query
   */
  public RollupQuery regroupedOn(LocalDate day) {
    return new RollupQuery(organizationCode, period, indicatorCodes, breakdown, deadline, day);
  }

  /**
   * The day whose tree the result's rows and names show: the day regrouped on, or else the last day
   * of the period.
   *
   * @return the day
   */
  public LocalDate treeDay() {
    return organizedOn != null ? organizedOn : period.end();
  }

  /**
   * A query with the sector breakdown and no deadline.
   *
   * @param organizationCode the top of the subtree
   * @param period the period
   * @param indicatorCodes the indicators
   * @return the query
   */
  public static RollupQuery of(String organizationCode, Period period, String... indicatorCodes) {
    return new RollupQuery(
        organizationCode, period, List.of(indicatorCodes), Breakdown.SECTOR, null);
  }
}
