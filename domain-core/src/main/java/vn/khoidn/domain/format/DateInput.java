package vn.khoidn.domain.format;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import vn.khoidn.domain.validation.InvalidValueException;

/**
 * A date as the portal takes it, at every edge (files, requests, pages): between {@link #FIRST} and
 * {@link #LAST}. A date outside (year 0000, "+999999999-12-31") is refused where it is typed,
 * because once stored it would break every roll-up that walks the dated tree.
 */
public final class DateInput {

  /** The first date taken. */
  public static final LocalDate FIRST = LocalDate.of(1900, 1, 1);

  /** The last date taken. */
  public static final LocalDate LAST = LocalDate.of(2100, 12, 31);

  private DateInput() {}

  /**
   * Checks a date is within the bounds.
   *
   * @param date the date, or null
   * @param what what it is, in Vietnamese ("ngày thành lập")
   * @return the date
   * @throws IllegalArgumentException if it lies outside them
   */
  public static LocalDate check(LocalDate date, String what) {
    if (date != null && (date.isBefore(FIRST) || date.isAfter(LAST))) {
      throw new InvalidValueException(
          "INVALID_DATE",
          capitalize(what)
              + " "
              + date
              + " không hợp lệ: ngày phải từ "
              + VietnameseFormat.date(FIRST)
              + " đến "
              + VietnameseFormat.date(LAST)
              + ".");
    }
    return date;
  }

  /**
   * Reads a date written yyyy-MM-dd (four-digit year) and checks its bounds.
   *
   * @param text the text
   * @param what what it is, in Vietnamese
   * @return the date
   * @throws IllegalArgumentException if it is not such a date, or lies outside the bounds
   */
  public static LocalDate parse(String text, String what) {
    String t = text == null ? "" : text.strip();
    if (!t.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
      throw new InvalidValueException(
          "INVALID_DATE",
          capitalize(what) + " \"" + t + "\" phải có dạng yyyy-MM-dd, ví dụ 2021-03-15.");
    }
    try {
      return check(LocalDate.parse(t, DateTimeFormatter.ISO_LOCAL_DATE), what);
    } catch (DateTimeParseException e) {
      throw new InvalidValueException(
          "INVALID_DATE", capitalize(what) + " \"" + t + "\" không phải là ngày có thật.");
    }
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
