package vn.khoidn.portal.application.registry;

import java.io.Serializable;
import java.util.List;
import vn.khoidn.domain.eligibility.Coverage;
import vn.khoidn.domain.eligibility.Thresholds;

/**
 * The development pipeline on a day: the registry, the units eligible to establish each kind of
 * organization, and the youth-union coverage against its band.
 *
 * @param units every unit, by name
 * @param thresholds the thresholds in force
 * @param unitsWithParty units with a party organization
 * @param unitsWithPartyAndYouth of those, units that also have a youth union
 * @param coveragePercent the coverage as Vietnamese text, e.g. "81,82%", or empty if undefined
 * @param coverageStatus where the coverage stands against its band
 * @param bandLow the bottom of the band, in per cent
 * @param bandHigh the top of the band, in per cent
 */
public record Pipeline(
    List<UnitRow> units,
    Thresholds thresholds,
    long unitsWithParty,
    long unitsWithPartyAndYouth,
    String coveragePercent,
    Coverage.Status coverageStatus,
    int bandLow,
    int bandHigh)
    implements Serializable {

  /** Copies the list. */
  public Pipeline {
    units = List.copyOf(units);
  }

  /** Units eligible to establish a party organization. */
  public List<UnitRow> eligibleForParty() {
    return units.stream().filter(UnitRow::eligibleForParty).toList();
  }

  /** Units eligible to establish a youth-union chapter. */
  public List<UnitRow> eligibleForYouthUnion() {
    return units.stream().filter(UnitRow::eligibleForYouthUnion).toList();
  }

  /** Units eligible to establish a grassroots trade union. */
  public List<UnitRow> eligibleForTradeUnion() {
    return units.stream().filter(UnitRow::eligibleForTradeUnion).toList();
  }

  /** Units without a party organization. */
  public long unitsWithoutParty() {
    return units.size() - unitsWithParty;
  }
}
