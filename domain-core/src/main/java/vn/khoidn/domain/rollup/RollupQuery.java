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
 */
public record RollupQuery(
    String organizationCode,
    Period period,
    List<String> indicatorCodes,
    Breakdown breakdown,
    LocalDate deadline) {

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
