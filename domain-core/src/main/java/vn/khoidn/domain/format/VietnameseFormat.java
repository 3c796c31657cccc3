package vn.khoidn.domain.format;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import vn.khoidn.domain.rollup.Ratio;

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
}
