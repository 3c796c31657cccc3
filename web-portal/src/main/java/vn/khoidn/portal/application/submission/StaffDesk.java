package vn.khoidn.portal.application.submission;

import java.io.Serializable;
import java.util.List;

/**
 * What staff have to do, for the home page: the rounds still open with how many forms were sent,
 * and the forms waiting for review.
 *
 * @param openRounds the rounds of the staff member's subtree with a form not yet accepted, newest
 *     first
 * @param waiting the forms sent and waiting for review, oldest deadline first
 */
public record StaffDesk(List<RoundProgress> openRounds, List<FormSummary> waiting)
    implements Serializable {

  /** Copies the lists. */
  public StaffDesk {
    openRounds = List.copyOf(openRounds);
    waiting = List.copyOf(waiting);
  }
}
