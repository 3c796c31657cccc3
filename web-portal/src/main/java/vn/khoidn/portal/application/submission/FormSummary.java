package vn.khoidn.portal.application.submission;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import vn.khoidn.domain.submission.FormStatus;

/**
 * A form in a list: "my forms due" or a round's review.
 *
 * @param formId the form's id
 * @param roundId the round's id
 * @param roundTitle the round's title
 * @param periodCode the period
 * @param organizationCode the reporting organization's code
 * @param organizationName its name
 * @param status the status
 * @param deadline the last day the organization may change it
 * @param daysLeft days until then; negative when overdue
 * @param version the form's version, for accepting many at once
 * @param returnComment the reviewer's comment when it was returned, or null
 * @param acceptedAt when it was accepted, or null
 */
public record FormSummary(
    long formId,
    long roundId,
    String roundTitle,
    String periodCode,
    String organizationCode,
    String organizationName,
    FormStatus status,
    LocalDate deadline,
    long daysLeft,
    long version,
    String returnComment,
    Instant acceptedAt)
    implements Serializable {

  /**
   * Whether the organization may still change the form: not yet submitted and not past its last
   * day.
   */
  public boolean isOverdue() {
    return daysLeft < 0 && status.isEditableByReporter();
  }

  /**
   * Whether it counts as sent: submitted or accepted (a returned form is missing again).
   *
   * @return true if it counts
   */
  public boolean isSent() {
    return Form.counts(status);
  }
}
