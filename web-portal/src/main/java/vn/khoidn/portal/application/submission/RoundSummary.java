package vn.khoidn.portal.application.submission;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;
import vn.khoidn.domain.submission.FormStatus;

/**
 * A round in the staff's list.
 *
 * @param roundId the id
 * @param title the title
 * @param periodCode the period
 * @param deadline the deadline
 * @param forms how many forms of the user's subtree it has
 * @param byStatus how many of them stand at each status
 */
public record RoundSummary(
    long roundId,
    String title,
    String periodCode,
    LocalDate deadline,
    int forms,
    Map<FormStatus, Long> byStatus)
    implements Serializable {

  /** Copies the counts. */
  public RoundSummary {
    byStatus = Map.copyOf(byStatus);
  }

  /**
   * How many forms stand at a status.
   *
   * @param status the status name
   * @return the count
   */
  public long count(String status) {
    return byStatus.getOrDefault(FormStatus.valueOf(status), 0L);
  }
}
