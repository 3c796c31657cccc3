package vn.khoidn.portal.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Locale;

/** Small formatting helpers for pages: deadlines in words, labels as the first word of a cell. */
@Named("fmt")
@ApplicationScoped
public class FormatBean {

  private static final java.time.format.DateTimeFormatter DATE_TIME =
      java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.ROOT);

  private static final java.time.format.DateTimeFormatter DATE =
      java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT);

  @jakarta.inject.Inject private vn.khoidn.portal.application.time.PortalClock clock;

  /**
   * A period code as words in the page's language: "Quý IV/2026" (or "Q4 2026" in English), "Năm
   * 2026", "6 tháng đầu năm 2026", "Tháng 3/2026"; the code itself if it is not one.
   *
   * @param code a period code such as {@code 2026Q4}
   * @return the label
   */
  public String period(String code) {
    vn.khoidn.domain.period.CalendarPeriod p;
    try {
      p = vn.khoidn.domain.period.CalendarPeriod.parse(code);
    } catch (IllegalArgumentException notAPeriod) {
      return code;
    }
    FacesContext context = FacesContext.getCurrentInstance();
    Locale locale = context == null ? null : context.getViewRoot().getLocale();
    if (locale == null || !"en".equals(locale.getLanguage())) {
      return vn.khoidn.domain.format.VietnameseFormat.periodLabel(p);
    }
    String year = Integer.toString(p.year());
    return switch (p.type()) {
      case YEAR -> year;
      case HALF_YEAR -> "H" + p.index() + " " + year;
      case QUARTER -> "Q" + p.index() + " " + year;
      case MONTH ->
          java.time.Month.of(p.index())
                  .getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH)
              + " "
              + year;
    };
  }

  /**
   * A date as people read it: "15/01/2027".
   *
   * @param date the date, or null
   * @return the text, or empty
   */
  public String date(java.time.LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }

  /**
   * A moment as people read it where the bloc is: "05/04/2021 16:30", in {@code PORTAL_TIME_ZONE}.
   *
   * @param instant the moment, or null
   * @return the text, or empty
   */
  public String dateTime(java.time.Instant instant) {
    return instant == null ? "" : DATE_TIME.format(instant.atZone(clock.zone()));
  }

  /**
   * "còn 5 ngày", "hạn cuối hôm nay" or "quá hạn 3 ngày", in the page's language.
   *
   * @param daysLeft days until the last day; negative when overdue
   * @return the text
   */
  public String daysLeft(long daysLeft) {
    FacesContext context = FacesContext.getCurrentInstance();
    if (daysLeft > 0) {
      return Messages.text(context, "days.left", daysLeft);
    }
    return daysLeft == 0
        ? Messages.text(context, "days.today")
        : Messages.text(context, "days.overdue", -daysLeft);
  }

  /**
   * The label with a capital first letter, for the start of a table cell ("Đảng viên mới được kết
   * nạp").
   *
   * @param label an indicator label as used inside sentences
   * @return the capitalized label
   */
  public String capitalize(String label) {
    if (label == null || label.isEmpty()) {
      return label;
    }
    return label.substring(0, 1).toUpperCase(new Locale("vi")) + label.substring(1);
  }

  /**
   * A ratio as a Vietnamese percentage, e.g. "92,31%", or "—" when it is undefined.
   *
   * @param ratio the ratio
   * @return the text
   */
  public String percent(vn.khoidn.domain.rollup.Ratio ratio) {
    return ratio.isDefined() ? vn.khoidn.domain.format.VietnameseFormat.percent(ratio) : "—";
  }
}
