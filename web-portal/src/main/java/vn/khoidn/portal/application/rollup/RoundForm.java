package vn.khoidn.portal.application.rollup;

import java.time.Instant;
import vn.khoidn.domain.submission.FormStatus;

/**
 * A form of a reporting round, as a roll-up and its completeness read it.
 *
 * @param formId the form
 * @param organizationCode the organization it was sent to
 * @param periodCode its round's period
 * @param status its status
 * @param firstSubmittedAt when it was first submitted, or null if never
 * @param roundId its round
 */
public record RoundForm(
    long formId,
    String organizationCode,
    String periodCode,
    FormStatus status,
    Instant firstSubmittedAt,
    long roundId) {

  /**
   * Whether it counts as submitted: submitted or accepted, not returned, and sent at least once.
   *
   * @return true if it counts
   */
  public boolean counts() {
    return firstSubmittedAt != null
        && (status == FormStatus.SUBMITTED || status == FormStatus.ACCEPTED);
  }
}
