package vn.khoidn.domain.eligibility;

import java.math.BigDecimal;
import java.util.Objects;
import vn.khoidn.domain.validation.InvalidValueException;

/**
 * A target band for a percentage, such as 80-90% of units with a party organization also having a
 * youth union.
 *
 * @param lowPercent the bottom of the band
 * @param highPercent the top of the band
 */
public record CoverageBand(BigDecimal lowPercent, BigDecimal highPercent) {

  /** The youth-union coverage target of the reference report: 80 to 90 per cent. */
  public static final CoverageBand YOUTH_UNION_TARGET =
      new CoverageBand(BigDecimal.valueOf(80), BigDecimal.valueOf(90));

  /** Checks the band lies within 0-100 and low ≤ high. */
  public CoverageBand {
    Objects.requireNonNull(lowPercent, "lowPercent");
    Objects.requireNonNull(highPercent, "highPercent");
    if (lowPercent.signum() < 0
        || highPercent.compareTo(BigDecimal.valueOf(100)) > 0
        || lowPercent.compareTo(highPercent) > 0) {
      throw new InvalidValueException(
          "INVALID_COVERAGE_BAND",
          "Khoảng chỉ tiêu phải nằm trong 0-100% và cận dưới không lớn hơn cận trên.");
    }
  }
}
