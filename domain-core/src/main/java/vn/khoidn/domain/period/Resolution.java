package vn.khoidn.domain.period;

import java.time.LocalDate;
import java.util.Objects;
import vn.khoidn.domain.validation.InvalidValueException;

/**
 * A resolution whose implementation is reviewed, such as Nghị quyết 04-NQ/ĐUK of 22/01/2021.
 *
 * @param number the number, e.g. {@code 04-NQ/ĐUK}
 * @param date the date it was issued
 * @param title what it is about
 */
public record Resolution(String number, LocalDate date, String title) {

  /** Checks that the resolution is named and dated. */
  public Resolution {
    Objects.requireNonNull(number, "Số nghị quyết là bắt buộc.");
    Objects.requireNonNull(date, "Ngày ban hành nghị quyết là bắt buộc.");
    Objects.requireNonNull(title, "Trích yếu nghị quyết là bắt buộc.");
    if (number.isBlank()) {
      throw new InvalidValueException("MISSING_RESOLUTION_NUMBER", "Số nghị quyết là bắt buộc.");
    }
  }

  /**
   * The review of the first {@code years} years after the resolution ("sơ kết 01 năm" for one).
   *
   * @param years how many years the review covers, at least one
   * @return the review period
   */
  public ReviewPeriod review(int years) {
    return new ReviewPeriod(this, years);
  }
}
