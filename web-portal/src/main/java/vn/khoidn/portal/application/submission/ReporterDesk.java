package vn.khoidn.portal.application.submission;

import java.io.Serializable;
import java.util.List;

/**
 * What a reporter has to do, for the home page: the forms still to send, the ones returned with the
 * reviewer's comment, and the last one accepted.
 *
 * @param due the forms not started or in draft, nearest deadline first
 * @param returned the forms returned to be corrected and sent again, nearest deadline first
 * @param lastAccepted the form accepted last, or null if none is
 */
public record ReporterDesk(
    List<FormSummary> due, List<FormSummary> returned, FormSummary lastAccepted)
    implements Serializable {

  /** Copies the lists. */
  public ReporterDesk {
    due = List.copyOf(due);
    returned = List.copyOf(returned);
  }
}
