package vn.khoidn.domain.period;

import java.time.LocalDate;
import java.util.Objects;
import vn.khoidn.domain.validation.InvalidValueException;

/**
 * The years after a resolution that a review ("sơ kết", "tổng kết") covers: from the resolution's
 * date to the day before the same date {@code years} later.
 *
 * <p>Figures are reported for calendar periods, which rarely align with such a span: a figure
 * counts in the review when its period <em>ends</em> inside the span. For Nghị quyết 04-NQ/ĐUK
 * (22/01/2021) the one-year review takes the quarters 2021Q1 to 2021Q4 and the year 2021.
 *
 * @param resolution the resolution reviewed
 * @param years how many years the review covers
 */
public record ReviewPeriod(Resolution resolution, int years) implements Period {

  /** The longest review: a resolution is reviewed ("tổng kết") after at most this many years. */
  public static final int MAX_YEARS = 50;

  /** Checks the resolution and the length (1 to {@link #MAX_YEARS} years). */
  public ReviewPeriod {
    Objects.requireNonNull(resolution, "Nghị quyết là bắt buộc.");
    if (years < 1) {
      throw new InvalidValueException(
          "INVALID_REVIEW_PERIOD", "Kỳ sơ kết phải dài ít nhất 01 năm.");
    }
    if (years > MAX_YEARS) {
      throw new InvalidValueException(
          "INVALID_REVIEW_PERIOD",
          "Kỳ sơ kết, tổng kết dài tối đa " + MAX_YEARS + " năm (đã nhận " + years + " năm).");
    }
  }

  @Override
  public String code() {
    return resolution.number() + "+" + years + "Y";
  }

  @Override
  public LocalDate start() {
    return resolution.date();
  }

  @Override
  public LocalDate end() {
    return resolution.date().plusYears(years).minusDays(1);
  }

  @Override
  public boolean covers(Period reported) {
    return includes(reported.end());
  }

  /** The Vietnamese name of the review, e.g. "sơ kết 01 năm". */
  public String vietnameseLabel() {
    return (years < 5 ? "sơ kết " : "tổng kết ") + (years < 10 ? "0" + years : years) + " năm";
  }
}
