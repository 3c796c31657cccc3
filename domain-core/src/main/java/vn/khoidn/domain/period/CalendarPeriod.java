package vn.khoidn.domain.period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.khoidn.domain.validation.InvalidValueException;

/**
 * A calendar year, half-year, quarter or month, identified as {@code 2021}, {@code 2021S1}, {@code
 * 2021Q3} or {@code 202103}.
 *
 * @param type the kind of period
 * @param year the calendar year
 * @param index the half-year (1-2), quarter (1-4) or month (1-12) within the year; 1 for a year
 */
public record CalendarPeriod(PeriodType type, int year, int index)
    implements Period, Comparable<CalendarPeriod> {

  private static final Pattern CODE = Pattern.compile("(\\d{4})(?:([SQ])(\\d)|(\\d{2}))?");

  /** Checks the year and the index. */
  public CalendarPeriod {
    Objects.requireNonNull(type, "The period type is required.");
    if (year < 1900 || year > 9999) {
      throw new InvalidValueException("INVALID_PERIOD", "Năm " + year + " không hợp lệ.");
    }
    if (index < 1 || index > type.perYear()) {
      throw new InvalidValueException(
          "INVALID_PERIOD",
          type.vietnameseLabel()
              + " "
              + index
              + " không hợp lệ (từ 1 đến "
              + type.perYear()
              + ").");
    }
  }

  /**
   * The calendar year.
   *
   * @param year the year
   * @return the period {@code yyyy}
   */
  public static CalendarPeriod year(int year) {
    return new CalendarPeriod(PeriodType.YEAR, year, 1);
  }

  /**
   * A half-year.
   *
   * @param year the year
   * @param half 1 or 2
   * @return the period {@code yyyySn}
   */
  public static CalendarPeriod halfYear(int year, int half) {
    return new CalendarPeriod(PeriodType.HALF_YEAR, year, half);
  }

  /**
   * A quarter.
   *
   * @param year the year
   * @param quarter 1 to 4
   * @return the period {@code yyyyQn}
   */
  public static CalendarPeriod quarter(int year, int quarter) {
    return new CalendarPeriod(PeriodType.QUARTER, year, quarter);
  }

  /**
   * A month.
   *
   * @param year the year
   * @param month 1 to 12
   * @return the period {@code yyyyMM}
   */
  public static CalendarPeriod month(int year, int month) {
    return new CalendarPeriod(PeriodType.MONTH, year, month);
  }

  /**
   * Parses an identifier: {@code 2021}, {@code 2021S1}, {@code 2021Q3} or {@code 202103}.
   *
   * @param code the identifier
   * @return the period
   * @throws IllegalArgumentException with a Vietnamese message if the identifier is not valid
   */
  public static CalendarPeriod parse(String code) {
    if (code == null) {
      throw new InvalidValueException("INVALID_PERIOD", "Thiếu mã kỳ báo cáo.");
    }
    Matcher m = CODE.matcher(code.trim());
    if (!m.matches()) {
      throw new InvalidValueException(
          "INVALID_PERIOD",
          "Mã kỳ báo cáo \"" + code + "\" không hợp lệ: dùng 2021, 2021S1, 2021Q3 hoặc 202103.");
    }
    int year = Integer.parseInt(m.group(1));
    if (m.group(2) != null) {
      int n = Integer.parseInt(m.group(3));
      return m.group(2).equals("S") ? halfYear(year, n) : quarter(year, n);
    }
    if (m.group(4) != null) {
      return month(year, Integer.parseInt(m.group(4)));
    }
    return year(year);
  }

  @Override
  public String code() {
    return switch (type) {
      case YEAR -> Integer.toString(year);
      case HALF_YEAR -> year + "S" + index;
      case QUARTER -> year + "Q" + index;
      case MONTH -> String.format("%d%02d", year, index);
    };
  }

  @Override
  public LocalDate start() {
    return LocalDate.of(year, (index - 1) * type.months() + 1, 1);
  }

  @Override
  public LocalDate end() {
    return YearMonth.of(year, index * type.months()).atEndOfMonth();
  }

  /**
   * Every calendar period that a period covers: for each year it touches, the year, its halves, its
   * quarters and its months that lie wholly inside it. These are the periods whose figures and
   * forms a roll-up or a report of that period reads.
   *
   * @param period a calendar period or a resolution's review period
   * @return the periods, years first, each year from the longest period to the shortest
   */
  public static List<CalendarPeriod> coveredBy(Period period) {
    List<CalendarPeriod> covered = new ArrayList<>();
    for (int y = period.start().getYear(); y <= period.end().getYear(); y++) {
      for (PeriodType type : PeriodType.values()) {
        for (int i = 1; i <= type.perYear(); i++) {
          CalendarPeriod candidate = new CalendarPeriod(type, y, i);
          if (period.covers(candidate)) {
            covered.add(candidate);
          }
        }
      }
    }
    return covered;
  }

  /** A calendar period covers the periods that lie wholly inside it. */
  @Override
  public boolean covers(Period reported) {
    return !reported.start().isBefore(start()) && !reported.end().isAfter(end());
  }

  /**
   * Whether this period lies wholly inside the other, e.g. {@code 2021Q3} inside {@code 2021S2}.
   *
   * @param other a calendar period
   * @return true if the other contains this one
   */
  public boolean isWithin(CalendarPeriod other) {
    return other.covers(this);
  }

  /** The period of the same type just before this one. */
  public CalendarPeriod previous() {
    return index > 1
        ? new CalendarPeriod(type, year, index - 1)
        : new CalendarPeriod(type, year - 1, type.perYear());
  }

  /** The same period one year earlier, e.g. {@code 2020Q3} for {@code 2021Q3}. */
  public CalendarPeriod sameLastYear() {
    return new CalendarPeriod(type, year - 1, index);
  }

  @Override
  public int compareTo(CalendarPeriod other) {
    int byStart = start().compareTo(other.start());
    return byStart != 0 ? byStart : other.end().compareTo(end());
  }

  @Override
  public String toString() {
    return code();
  }
}
