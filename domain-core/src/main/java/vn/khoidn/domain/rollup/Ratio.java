package vn.khoidn.domain.rollup;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A ratio kept as its numerator and denominator, so that a roll-up recomputes it from sums and
 * never averages ratios.
 *
 * @param numerator the part
 * @param denominator the whole
 */
public record Ratio(long numerator, long denominator) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** Checks the denominator is not negative. */
  public Ratio {
    if (denominator < 0) {
      throw new IllegalArgumentException("The denominator of a ratio cannot be negative.");
    }
  }

  /** Whether the ratio has a value (the denominator is not zero). */
  public boolean isDefined() {
    return denominator != 0;
  }

  /**
   * The ratio as a percentage with two decimals, rounded half up: 95/80 is 118.75.
   *
   * @return the percentage, or empty when the denominator is zero
   */
  public Optional<BigDecimal> percent() {
    if (denominator == 0) {
      return Optional.empty();
    }
    return Optional.of(
        BigDecimal.valueOf(numerator)
            .multiply(HUNDRED)
            .divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP));
  }

  /**
   * Adds two ratios the only right way: numerators and denominators separately.
   *
   * @param other another ratio
   * @return the ratio of the sums
   */
  public Ratio plus(Ratio other) {
    return new Ratio(numerator + other.numerator, denominator + other.denominator);
  }
}
