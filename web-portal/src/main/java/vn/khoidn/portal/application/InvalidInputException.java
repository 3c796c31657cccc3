package vn.khoidn.portal.application;

/**
 * Input the application refused, with a stable code for the API and a Vietnamese message for the
 * user; nothing was changed. Pages show the message; the API answers 400 with the code.
 */
public class InvalidInputException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String code;

  /**
   * A refusal.
   *
   * @param code a stable upper-case code, such as {@code UNKNOWN_ORGANIZATION}
   * @param message what was wrong, in Vietnamese
   */
  public InvalidInputException(String code, String message) {
    super(message);
    this.code = code;
  }

  /**
   * The stable code.
   *
   * @return the code
   */
  public String code() {
    return code;
  }
}
