package vn.khoidn.portal.application.report;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.khoidn.reporting.review.Narratives;

/** What staff type on a draft: its number, date and narrative sections. */
public class ReportInput implements Serializable {

  private static final long serialVersionUID = 1L;

  private String number;
  private LocalDate date;
  private final Map<String, String> sections = new LinkedHashMap<>();

  /**
   * An input filled from a report.
   *
   * @param view the report
   * @return its fields
   */
  public static ReportInput of(ReportView view) {
    ReportInput in = new ReportInput();
    in.number = view.number();
    in.date = view.date();
    for (Narratives.Section s : Narratives.Section.values()) {
      in.sections.put(s.name(), view.sections().getOrDefault(s, ""));
    }
    return in;
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  /** The sections by name ({@link Narratives.Section}), for the page's text areas. */
  public Map<String, String> getSections() {
    return sections;
  }

  /** The sections as the report writer takes them. */
  public Narratives narratives() {
    Map<Narratives.Section, String> map = new EnumMap<>(Narratives.Section.class);
    sections.forEach((k, v) -> map.put(Narratives.Section.valueOf(k), v));
    return new Narratives(map);
  }
}
