package vn.khoidn.portal.application.submission;

/** The action does not fit the form's status, its deadline, or the input; nothing was changed. */
public class WorkflowException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * A refusal.
   *
   * @param message why, in Vietnamese
   */
  public WorkflowException(String message) {
    super(message);
  }
}
