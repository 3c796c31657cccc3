package vn.khoidn.domain.validation;

/**
 * A value the domain refused: a stable upper-case code for machines (such as {@code
 * INVALID_PERIOD}) and a Vietnamese message, with full diacritics, for the user. Nothing was
 * changed. A bare {@link IllegalArgumentException} from domain-core is a programming error, not a
 * refusal to show.
 */
public class InvalidValueException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String code;

  /**
   * A refusal.
   *
   * @param code a stable upper-case code, such as {@code INVALID_PERIOD}
   * @param message what was wrong, in Vietnamese
   */
  public InvalidValueException(String code, String message) {
    super(message);
    this.code = requireCode(code);
  }

  /**
   * A refusal caused by another exception.
   *
   * @param code a stable upper-case code
   * @param message what was wrong, in Vietnamese
   * @param cause what was caught
   */
  public InvalidValueException(String code, String message, Throwable cause) {
    super(message, cause);
    this.code = requireCode(code);
  }

  /**
   * The stable code.
   *
   * @return the code, upper case with underscores
   */
  public String code() {
    return code;
  }

  private static String requireCode(String code) {
    if (code == null || !code.matches("[A-Z][A-Z0-9_]*")) {
      throw new IllegalArgumentException("A refusal's code is UPPER_SNAKE_CASE, was: " + code);
    }
    return code;
  }
}
