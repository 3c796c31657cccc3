package vn.khoidn.portal.application.submission;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * How far an open round has come over a staff member's subtree.
 *
 * @param roundId the round
 * @param title its title
 * @param periodCode its period
 * @param deadline its deadline
 * @param daysLeft days until the deadline at the portal clock's date; negative when past
 * @param due how many forms it expects
 * @param sent how many of them were sent (submitted or accepted; a returned one is missing again)
 * @param late the forms past their last day and not sent, by organization name
 */
public record RoundProgress(
    long roundId,
    String title,
    String periodCode,
    LocalDate deadline,
    long daysLeft,
    int due,
    int sent,
    List<FormSummary> late)
    implements Serializable {

  /** Copies the list. */
  public RoundProgress {
    late = List.copyOf(late);
  }
}
