package vn.khoidn.domain.format;

import java.util.regex.Pattern;
import vn.khoidn.domain.validation.InvalidValueException;

/**
 * A count (people, classes, organizations) as a file or a request carries it, read exactly or
 * refused before any conversion: plain ASCII digits, at most {@value #MAX}. "1.000" is refused
 * rather than read as 1 (an office writing it means one thousand), "1e3", full-width digits and
 * "1E10000000" (which would cost the server seconds and gigabytes to expand) are not numbers here.
 */
public final class CountInput {

  /** The largest count accepted. */
  public static final long MAX = 1_000_000_000L;

  private static final Pattern DIGITS = Pattern.compile("[0-9]{1,10}");
  private static final Pattern NEGATIVE = Pattern.compile("[-−][0-9]+");
  private static final Pattern SEPARATED = Pattern.compile("[0-9]+([.,][0-9]+)+");

  private CountInput() {}

  /** Why a count was refused: a stable code and a Vietnamese message. */
  public static final class Refused extends InvalidValueException {

    private static final long serialVersionUID = 1L;

    /**
     * A refusal.
     *
     * @param code INVALID_NUMBER, NEGATIVE_VALUE, FRACTIONAL_VALUE or TOO_LARGE
     * @param message what was wrong, in Vietnamese
     */
    Refused(String code, String message) {
      super(code, message);
    }
  }

  /**
   * Reads a count.
   *
   * @param text what was sent
   * @return the count
   * @throws Refused if it is not a plain whole number from 0 to {@value #MAX}
   */
  public static long parse(String text) {
    String t = text == null ? "" : text.strip();
    if (DIGITS.matcher(t).matches()) {
      long value = Long.parseLong(t);
      if (value > MAX) {
        throw tooLarge(t);
      }
      return value;
    }
    if (t.length() > 40) {
      throw new Refused(
          "INVALID_NUMBER", "Giá trị \"" + t.substring(0, 40) + "…\" không phải là số.");
    }
    if (NEGATIVE.matcher(t).matches()) {
      throw new Refused("NEGATIVE_VALUE", "Giá trị không được âm: " + t + ".");
    }
    if (SEPARATED.matcher(t).matches()) {
      throw new Refused(
          "FRACTIONAL_VALUE",
          "Số người, số lớp ghi bằng chữ số liền, không có dấu chấm hay phẩy (1000, không phải"
              + " 1.000): "
              + t
              + ".");
    }
    if (t.matches("[0-9]+")) {
      throw tooLarge(t);
    }
    throw new Refused("INVALID_NUMBER", "Giá trị \"" + t + "\" không phải là số.");
  }

  private static Refused tooLarge(String t) {
    return new Refused("TOO_LARGE", "Giá trị quá lớn: " + t + " (tối đa 1.000.000.000).");
  }
}
