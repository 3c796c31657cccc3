package vn.khoidn.domain.eligibility;

import java.math.BigDecimal;
import vn.khoidn.domain.rollup.Ratio;

/**
 * How many units with a party organization also have a youth union, against the target band.
 *
 * @param ratio units with both over units with a party organization
 * @param band the target band
 */
public record Coverage(Ratio ratio, CoverageBand band) {

  /** Where the coverage stands against its band. */
  public enum Status {
    /** Below the band: a task for the next period. */
    BELOW,
    /** Within the band. */
    WITHIN,
    /** Above the band. */
    ABOVE,
    /** No unit has a party organization: no coverage to speak of. */
    UNDEFINED
  }

  /** Where the coverage stands. */
  public Status status() {
    if (!ratio.isDefined()) {
      return Status.UNDEFINED;
    }
    BigDecimal p = ratio.percent().orElseThrow();
    if (p.compareTo(band.lowPercent()) < 0) {
      return Status.BELOW;
    }
    return p.compareTo(band.highPercent()) > 0 ? Status.ABOVE : Status.WITHIN;
  }
}
