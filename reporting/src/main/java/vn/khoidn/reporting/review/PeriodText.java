package vn.khoidn.reporting.review;

import vn.khoidn.domain.period.CalendarPeriod;
import vn.khoidn.domain.period.Period;
import vn.khoidn.domain.period.ReviewPeriod;

/** How a report names its period in running text: "năm 2021", "quý III năm 2021". */
public final class PeriodText {

  private static final String[] ROMAN = {"I", "II", "III", "IV"};

  private PeriodText() {}

  /**
   * The period in running text.
   *
   * @param period a calendar period or a resolution's review period
   * @return e.g. "năm 2021", "6 tháng đầu năm 2021", "quý III năm 2021", "tháng 3 năm 2021", or for
   *     a review over several years "giai đoạn 2021 - 2025"
   */
  public static String of(Period period) {
    if (period instanceof ReviewPeriod review) {
      int from = review.start().getYear();
      int to = review.end().getYear();
      return review.years() == 1 ? "năm " + from : "giai đoạn " + from + " - " + to;
    }
    CalendarPeriod p = (CalendarPeriod) period;
    return switch (p.type()) {
      case YEAR -> "năm " + p.year();
      case HALF_YEAR -> (p.index() == 1 ? "6 tháng đầu năm " : "6 tháng cuối năm ") + p.year();
      case QUARTER -> "quý " + ROMAN[p.index() - 1] + " năm " + p.year();
      case MONTH -> "tháng " + p.index() + " năm " + p.year();
    };
  }
}
