package vn.khoidn.portal.application.exchange;

/**
 * What is wrong with one row.
 *
 * @param line the line in the file
 * @param column the column the fault is in, or null when it is the row as a whole
 * @param code a stable English code, e.g. {@code UNKNOWN_ORGANIZATION}
 * @param message the Vietnamese message
 */
public record RowError(int line, String column, String code, String message)
    implements java.io.Serializable {

  /**
   * A fault of the row as a whole.
   *
   * @param line the line in the file
   * @param code a stable English code
   * @param message the Vietnamese message
   */
  public RowError(int line, String code, String message) {
    this(line, null, code, message);
  }
}
