package vn.khoidn.portal.application.submission;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A reporting round as the workflow sees it: a period, the indicators on its form, a deadline.
 *
 * @param id its id
 * @param periodCode the period, e.g. {@code 2021Q3}
 * @param title the title reporters see
 * @param deadline the last day to submit
 * @param indicatorCodes the indicators on the form, in order
 */
public record Round(
    long id, String periodCode, String title, LocalDate deadline, List<String> indicatorCodes)
    implements Serializable {

  /** Copies the indicators. */
  public Round {
    indicatorCodes = List.copyOf(indicatorCodes);
  }
}
