package vn.khoidn.portal.application.exchange;

/**
 * What is wrong with one row.
 *
 * @param line the line in the file
 * @param code a stable English code, e.g. {@code UNKNOWN_ORGANIZATION}
 * @param message the Vietnamese message
 * @param column the column at fault, e.g. {@code successor}, or null where the whole row is
 */
public record RowError(int line, String code, String message, String column)
    implements java.io.Serializable {

  /**
   * What is wrong with a row as a whole.
   *
   * @param line the line in the file
   * @param code a stable English code
   * @param message the Vietnamese message
   */
  public RowError(int line, String code, String message) {
    this(line, code, message, null);
  }
}
