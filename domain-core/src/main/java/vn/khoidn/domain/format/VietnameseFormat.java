package vn.khoidn.domain.format;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.khoidn.domain.period.CalendarPeriod;
import vn.khoidn.domain.rollup.Ratio;
import vn.khoidn.domain.validation.InvalidValueException;

/**
 * Figures as party documents write them: "118,75%", "05 lớp", "11/95 (11,58%)", "22/01/2021", "ngày
 * 22 tháng 01 năm 2021". Thousands are grouped with a dot (1.234), decimals take a comma.
 */
public final class VietnameseFormat {

  private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private VietnameseFormat() {}

  /**
   * A count in prose: under ten with a leading zero ("05"), larger with grouped thousands
   * ("1.234"). Zero stays "0": sentences should say what did not happen rather than write "00".
   *
   * @param count a count, not negative
   * @return the count as written
   */
  public static String count(long count) {
    if (count < 0) {
      throw new IllegalArgumentException("A count cannot be negative: " + count);
    }
    if (count > 0 && count < 10) {
      return "0" + count;
    }
    return grouped(count);
  }

  /**
   * A whole number with grouped thousands: 1.234.567.
   *
   * @param number the number
   * @return the number as written
   */
  public static String grouped(long number) {
    DecimalFormat f = new DecimalFormat("#,##0", symbols());
    return f.format(number);
  }

  /**
   * A percentage with two decimals and a decimal comma: 118,75%.
   *
   * @param percent the percentage, e.g. 118.75
   * @return the percentage as written
   */
  public static String percent(BigDecimal percent) {
    DecimalFormat f = new DecimalFormat("#,##0.00", symbols());
    return f.format(percent.setScale(2, RoundingMode.HALF_UP)) + "%";
  }

  /**
   * A ratio as a percentage: 95/80 gives 118,75%.
   *
   * @param ratio the ratio
   * @return the percentage as written, or "–" when the denominator is zero
   */
  public static String percent(Ratio ratio) {
    return ratio.percent().map(VietnameseFormat::percent).orElse("–");
  }

  /**
   * A part of a whole with its share: 11/95 (11,58%).
   *
   * @param part the part
   * @param whole the whole
   * @return the fraction as written
   */
  public static String fraction(long part, long whole) {
    return part + "/" + whole + " (" + percent(new Ratio(part, whole)) + ")";
  }

  /**
   * A date in figures: 22/01/2021.
   *
   * @param date the date
   * @return the date as written
   */
  public static String date(LocalDate date) {
    return date.format(SHORT_DATE);
  }

  /**
   * A date in words, as after a place name in a document's header: ngày 22 tháng 01 năm 2021.
   *
   * @param date the date
   * @return the date as written
   */
  public static String longDate(LocalDate date) {
    return String.format(
        "ngày %02d tháng %02d năm %d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
  }

  private static DecimalFormatSymbols symbols() {
    DecimalFormatSymbols s = new DecimalFormatSymbols();
    s.setDecimalSeparator(',');
    s.setGroupingSeparator('.');
    s.setMinusSign('-');
    return s;
  }

  private static final String[] ROMAN = {"I", "II", "III", "IV"};

  /**
   * A period as a label, the way a list or a table heading names it: "Năm 2026", "6 tháng đầu năm
   * 2026", "Quý IV/2026", "Tháng 3/2026"; a resolution's review period by its own label.
   *
   * @param period the period
   * @return the label
   */
  public static String periodLabel(vn.khoidn.domain.period.Period period) {
    if (period instanceof vn.khoidn.domain.period.CalendarPeriod p) {
      return switch (p.type()) {
        case YEAR -> "Năm " + p.year();
        case HALF_YEAR -> (p.index() == 1 ? "6 tháng đầu năm " : "6 tháng cuối năm ") + p.year();
        case QUARTER -> "Quý " + ROMAN[p.index() - 1] + "/" + p.year();
        case MONTH -> "Tháng " + p.index() + "/" + p.year();
      };
    }
    String label = ((vn.khoidn.domain.period.ReviewPeriod) period).vietnameseLabel();
    return label.isEmpty() ? label : Character.toUpperCase(label.charAt(0)) + label.substring(1);
  }

  private static final Pattern YEAR_LABEL = Pattern.compile("năm (\\d{4})");
  private static final Pattern HALF_LABEL = Pattern.compile("6 tháng (đầu|cuối) năm (\\d{4})");
  private static final Pattern QUARTER_LABEL =
      Pattern.compile("quý (iv|iii|ii|i|[1-4]) ?(?:/|năm) ?(\\d{4})");
  private static final Pattern MONTH_LABEL =
      Pattern.compile("tháng (\\d{1,2}) ?(?:/|năm) ?(\\d{4})");

  /**
   * The calendar period a person wrote, the reverse of {@link #periodLabel}: "Năm 2026", "6 tháng
   * đầu năm 2026", "Quý IV/2026" (or "quý 4/2026", "Quý IV năm 2026"), "Tháng 3/2026"; case, spaces
   * and Unicode form do not matter. A period code ("2026Q4") is read too.
   *
   * @param text what was typed
   * @return the period
   * @throws InvalidValueException (code {@code INVALID_PERIOD}) in Vietnamese if it names no period
   */
  public static CalendarPeriod parsePeriod(String text) {
    String t =
        text == null
            ? ""
            : VietnameseText.nfc(text).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    Matcher m;
    if ((m = YEAR_LABEL.matcher(t)).matches()) {
      return CalendarPeriod.year(Integer.parseInt(m.group(1)));
    }
    if ((m = HALF_LABEL.matcher(t)).matches()) {
      return CalendarPeriod.halfYear(
          Integer.parseInt(m.group(2)), m.group(1).equals("đầu") ? 1 : 2);
    }
    if ((m = QUARTER_LABEL.matcher(t)).matches()) {
      String q = m.group(1);
      int index = q.chars().allMatch(Character::isDigit) ? Integer.parseInt(q) : roman(q);
      return CalendarPeriod.quarter(Integer.parseInt(m.group(2)), index);
    }
    if ((m = MONTH_LABEL.matcher(t)).matches()) {
      int month = Integer.parseInt(m.group(1));
      if (month >= 1 && month <= 12) {
        return CalendarPeriod.month(Integer.parseInt(m.group(2)), month);
      }
    }
    try {
      return CalendarPeriod.parse(t.toUpperCase(Locale.ROOT));
    } catch (InvalidValueException notACode) {
      throw new InvalidValueException(
          "INVALID_PERIOD",
          "Không đọc được kỳ báo cáo \""
              + (text == null ? "" : text.strip())
              + "\": hãy viết như Năm 2026, 6 tháng đầu năm 2026, Quý IV/2026 hoặc Tháng 3/2026.");
    }
  }

  private static int roman(String q) {
    for (int i = 0; i < ROMAN.length; i++) {
      if (ROMAN[i].equalsIgnoreCase(q)) {
        return i + 1;
      }
    }
    throw new IllegalStateException(q);
  }
}
