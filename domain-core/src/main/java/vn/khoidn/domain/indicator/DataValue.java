package vn.khoidn.domain.indicator;

import java.util.Objects;
import java.util.Optional;
import vn.khoidn.domain.period.Period;
import vn.khoidn.domain.registry.Sector;

/**
 * One figure: an organization's value of an indicator in a period, for the sector of its host unit
 * or for a sector it names itself (a bloc-level class whose trainees come from several sectors).
 *
 * @param organizationCode the reporting organization
 * @param period the period reported for
 * @param indicatorCode the indicator
 * @param sector the sector the value is for, or null for the organization's own host unit's sector
 * @param value the value, a whole number
 */
public record DataValue(
    String organizationCode, Period period, String indicatorCode, Sector sector, long value) {

  /** Checks that the value names what it is for. */
  public DataValue {
    Objects.requireNonNull(organizationCode, "organizationCode");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(indicatorCode, "indicatorCode");
  }

  /**
   * A value for the organization's own sector.
   *
   * @param organizationCode the reporting organization
   * @param period the period
   * @param indicatorCode the indicator
   * @param value the value
   * @return the figure
   */
  public static DataValue of(
      String organizationCode, Period period, String indicatorCode, long value) {
    return new DataValue(organizationCode, period, indicatorCode, null, value);
  }

  /** The sector the value names, if any. */
  public Optional<Sector> namedSector() {
    return Optional.ofNullable(sector);
  }
}
