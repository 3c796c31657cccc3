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

  @jakarta.inject.Inject private vn.khoidn.portal.application.time.PortalClock clock;

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
