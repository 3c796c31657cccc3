package vn.khoidn.portal.application.figure;

/**
 * Other writers of the same periods held them longer than a writer may wait: nothing was written,
 * and the writer is told to try again (a page: what was typed stays; the API: 409 with {@code
 * Retry-After}).
 */
public class WritersBusyException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Seconds after which trying again is sensible. */
  public static final int RETRY_AFTER_SECONDS = 5;

  /**
   * A writer that waited too long.
   *
   * @param cause the database's lock timeout
   */
  public WritersBusyException(Throwable cause) {
    super(
        "Số liệu của kỳ này đang được người khác ghi; chưa có gì thay đổi. Hãy thử lại sau ít"
            + " giây.",
        cause);
  }
}
