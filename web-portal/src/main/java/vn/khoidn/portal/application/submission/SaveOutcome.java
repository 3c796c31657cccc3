package vn.khoidn.portal.application.submission;

import java.io.Serializable;
import java.util.List;
import vn.khoidn.domain.submission.FormStatus;
import vn.khoidn.domain.validation.ValidationIssue;

/**
 * What happened to a save or a submission.
 *
 * @param saved whether the figures were stored
 * @param status the form's status afterwards
 * @param version the form's version afterwards, to send with the next save
 * @param issues the validation findings; errors mean nothing was stored
 */
public record SaveOutcome(
    boolean saved, FormStatus status, long version, List<ValidationIssue> issues)
    implements Serializable {

  /** Copies the findings. */
  public SaveOutcome {
    issues = List.copyOf(issues);
  }
}
