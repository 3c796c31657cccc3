package vn.khoidn.domain.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.khoidn.domain.indicator.DataValue;
import vn.khoidn.domain.period.Period;
import vn.khoidn.domain.registry.Sector;

/**
 * A figure as typed on a form, before it is accepted: the total and, for indicators that break down
 * by sector, the parts. Numbers are kept as typed, so that a fraction can be refused with a clear
 * message.
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
   * The figures this entry adds to roll-ups: each part in its sector, and what the parts leave of
   * the total in the organization's own sector, so that a total and its parts are never counted
   * twice. Call it on valid entries only.
   *
   * @return the values, empty if nothing was entered
   */
  public List<DataValue> toDataValues() {
    List<DataValue> values = new ArrayList<>();
    long parts = 0;
    for (Map.Entry<Sector, BigDecimal> part : bySector.entrySet()) {
      long v = part.getValue().longValueExact();
      parts += v;
      if (v != 0) {
        values.add(new DataValue(organizationCode, period, indicatorCode, part.getKey(), v));
      }
    }
    long rest = total == null ? 0 : total.longValueExact() - parts;
    if (rest > 0 || (values.isEmpty() && total != null)) {
      values.add(new DataValue(organizationCode, period, indicatorCode, null, rest));
    }
    return values;
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
  public static FormEntry total(
      String organizationCode, Period period, String indicatorCode, long total) {
    return new FormEntry(
        organizationCode, period, indicatorCode, BigDecimal.valueOf(total), Map.of());
  }
}
