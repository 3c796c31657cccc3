package vn.khoidn.domain.indicator;

import java.util.Objects;
import java.util.regex.Pattern;
import vn.khoidn.domain.validation.InvalidValueException;

/**
 * A figure organizations report or the product computes.
 *
 * @param code the stable code, upper case, e.g. {@code NEW_MEMBERS}
 * @param vietnameseLabel the label in reports, e.g. "đảng viên mới được kết nạp"
 * @param englishLabel the English label
 * @param unit what the values count
 * @param bySector whether values break down by sector
 * @param source whether values are entered, computed from the registry or derived
 */
public record Indicator(
    String code,
    String vietnameseLabel,
    String englishLabel,
    Unit unit,
    boolean bySector,
    Source source)
    implements java.io.Serializable {

  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

  /** Checks the code and the labels. */
  public Indicator {
    Objects.requireNonNull(code, "Mã chỉ tiêu là bắt buộc.");
    if (!CODE.matcher(code).matches()) {
      throw new InvalidValueException(
          "INVALID_INDICATOR_CODE",
          "Mã chỉ tiêu \""
              + code
              + "\" không hợp lệ: chữ in hoa, số và dấu gạch dưới, tối đa 40 ký tự.");
    }
    if (vietnameseLabel == null) {
      throw new InvalidValueException("MISSING_NAME", "Tên chỉ tiêu là bắt buộc.");
    }
    Objects.requireNonNull(englishLabel, "englishLabel");
    Objects.requireNonNull(unit, "Đơn vị tính là bắt buộc.");
    Objects.requireNonNull(source, "source");
  }

  /**
   * Whether this indicator is a target (its code ends in {@code _PLAN}, e.g. {@code
   * NEW_MEMBERS_PLAN}): a plan, kept apart from the figures reported against it, never a figure.
   *
   * @return true for a plan indicator
   */
  public boolean isPlan() {
    return code.endsWith("_PLAN");
  }
}
