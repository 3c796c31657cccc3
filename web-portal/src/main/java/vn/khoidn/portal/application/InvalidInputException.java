package vn.khoidn.portal.application;

import vn.khoidn.domain.validation.InvalidValueException;

/**
 * Input the application refused, with a stable code for the API and a Vietnamese message for the
 * user; nothing was changed. Pages show the message; the API answers 400 with the code. It is the
 * application's kind of domain-core's {@link InvalidValueException}: both are shown and answered
 * alike, while a bare {@link IllegalArgumentException} is a programming error whose text never
 * reaches a user.
 */
public class InvalidInputException extends InvalidValueException {

  private static final long serialVersionUID = 1L;

  /**
   * A refusal.
   *
   * @param code a stable upper-case code, such as {@code UNKNOWN_ORGANIZATION}
   * @param message what was wrong, in Vietnamese
   */
  public InvalidInputException(String code, String message) {
    super(code, message);
  }

  /**
   * A refusal caused by another exception.
   *
   * @param code a stable upper-case code
   * @param message what was wrong, in Vietnamese
   * @param cause what was caught
   */
  public InvalidInputException(String code, String message, Throwable cause) {
    super(code, message, cause);
  }
}
