package vn.khoidn.portal.application.submission;

/** Someone else saved the form since it was opened; nothing was changed. */
public class ConcurrentEditException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * A conflict.
   *
   * @param message who saved it and when, in Vietnamese
   */
  public ConcurrentEditException(String message) {
    super(message);
  }
}
