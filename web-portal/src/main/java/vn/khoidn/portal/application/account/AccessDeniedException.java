package vn.khoidn.portal.application.account;

/** The user's role or organization does not allow what they asked; nothing was changed. */
public class AccessDeniedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * A refusal.
   *
   * @param message what was refused, in Vietnamese
   */
  public AccessDeniedException(String message) {
    super(message);
  }
}
