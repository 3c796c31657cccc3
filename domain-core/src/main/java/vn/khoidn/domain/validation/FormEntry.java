package vn.khoidn.domain.validation;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import vn.khoidn.domain.period.Period;
import vn.khoidn.domain.registry.Sector;

/**
 * A figure as typed on a form, before it is accepted: the total and, for indicators that break down by
 * sector, the parts. Numbers are kept as typed, so that a fraction can be refused with a clear message.
 *
 * @param organizationCode the reporting organization
 * @param period the period
 * @param indicatorCode the indicator
 * @param total the total as typed, or null if left empty
 * @param bySector the parts by sector as typed; sectors left empty are absent
 */
public record FormEntry(
    String organizationCode,
    Period period,
    String indicatorCode,
    BigDecimal total,
    Map<Sector, BigDecimal> bySector) {

  /** Copies the parts. */
  public FormEntry {
    Objects.requireNonNull(organizationCode, "organizationCode");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(indicatorCode, "indicatorCode");
    bySector = Map.copyOf(bySector);
  }

  /**
   * An entry with a total and no breakdown.
   *
   * @param organizationCode the organization
   * @param period the period
   * @param indicatorCode the indicator
   * @param total the total
   * @return the entry
   */
  public static FormEntry total(String organizationCode, Period period, String indicatorCode, long total) {
    return new FormEntry(organizationCode, period, indicatorCode, BigDecimal.valueOf(total), Map.of());
  }
}
