package vn.khoidn.portal.application.exchange;

import java.util.List;

/** Rows of an import were wrong; nothing was written. */
public class ImportRejectedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<RowError> errors;

  /**
   * A rejection.
   *
   * @param errors each wrong row with its message
   */
  public ImportRejectedException(List<RowError> errors) {
    super("Tệp có " + errors.size() + " dòng không hợp lệ; không có số liệu nào được ghi.");
    this.errors = List.copyOf(errors);
  }

  /**
   * A rejection with its own summary.
   *
   * @param errors each wrong row with its message
   * @param message the summary
   */
  public ImportRejectedException(List<RowError> errors, String message) {
    super(message);
    this.errors = List.copyOf(errors);
  }

  /** Each wrong row. */
  public List<RowError> errors() {
    return errors;
  }
}
