package vn.khoidn.domain.registry;

import java.util.Objects;
import java.util.regex.Pattern;
import vn.khoidn.domain.validation.InvalidValueException;

/**
 * A Vietnamese tax code (mã số thuế): 10 digits for an enterprise, or 13 for a branch (the
 * enterprise's 10 digits and a 3-digit branch number, often written {@code 0101234567-001}).
 *
 * <p>Only the shape is checked: the check digit's algorithm is not published in a form this library
 * can cite.
 *
 * @param value the digits, without separators
 */
public record TaxCode(String value) {

  private static final Pattern DIGITS = Pattern.compile("\\d{10}|\\d{13}");

  /** Checks the shape. */
  public TaxCode {
    Objects.requireNonNull(value, "Mã số thuế là bắt buộc.");
    if (!DIGITS.matcher(value).matches()) {
      throw new InvalidValueException(
          "INVALID_TAX_CODE",
          "Mã số thuế \""
              + value
              + "\" không hợp lệ: cần 10 chữ số, hoặc 13 chữ số đối với chi nhánh.");
    }
  }

  /**
   * Reads a tax code as people write it: spaces are ignored and a branch may be written with a
   * dash.
   *
   * @param text e.g. {@code 5800123456} or {@code 5800123456-001}
   * @return the tax code
   * @throws IllegalArgumentException with a Vietnamese message if it is not 10 or 13 digits
   */
  public static TaxCode parse(String text) {
    Objects.requireNonNull(text, "Mã số thuế là bắt buộc.");
    String compact = text.replace(" ", "");
    if (compact.matches("\\d{10}-\\d{3}")) {
      compact = compact.replace("-", "");
    }
    try {
      return new TaxCode(compact);
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException(
          "INVALID_TAX_CODE",
          "Mã số thuế \""
              + text
              + "\" không hợp lệ: cần 10 chữ số, hoặc 13 chữ số đối với chi nhánh.",
          e);
    }
  }

  /** Whether this is a branch's code (13 digits). */
  public boolean isBranch() {
    return value.length() == 13;
  }

  /** The enterprise's 10-digit code, for a branch the code of its parent enterprise. */
  public String enterpriseCode() {
    return value.substring(0, 10);
  }

  /** The code as people write it: {@code 5800123456} or {@code 5800123456-001}. */
  @Override
  public String toString() {
    return isBranch() ? value.substring(0, 10) + "-" + value.substring(10) : value;
  }
}
