package vn.khoidn.domain.period;

import java.time.LocalDate;

/**
 * A span of days that figures are reported for or summed over: a calendar period or a review
 * period.
 *
 * <p>A value belongs to a roll-up over this period when {@link #covers(Period)} says so.
 */
public sealed interface Period permits CalendarPeriod, ReviewPeriod {

  /** The stable identifier, e.g. {@code 2021Q3}. */
  String code();

  /** The first day. */
  LocalDate start();

  /** The last day. */
  LocalDate end();

  /**
   * Whether a figure reported for the other period counts in a sum over this one.
   *
   * @param reported the period a figure was reported for
   * @return true if the figure belongs to this period
   */
  boolean covers(Period reported);

  /**
   * Whether the given day lies in this period.
   *
   * @param day a date
   * @return true if {@code start() <= day <= end()}
   */
  default boolean includes(LocalDate day) {
    return !day.isBefore(start()) && !day.isAfter(end());
  }

  /**
   * Whether this period and the given one share at least one day.
   *
   * @param other another period
   * @return true if they overlap
   */
  default boolean overlaps(Period other) {
    return !other.end().isBefore(start()) && !other.start().isAfter(end());
  }

  /**
   * Parses a calendar period identifier: {@code 2021}, {@code 2021S1}, {@code 2021Q3} or {@code
   * 202103}.
   *
   * @param code the identifier
   * @return the period
   * @throws IllegalArgumentException with a Vietnamese message if the identifier is not valid
   */
  static CalendarPeriod parse(String code) {
    return CalendarPeriod.parse(code);
  }
}
