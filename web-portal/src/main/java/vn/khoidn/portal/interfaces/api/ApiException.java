package vn.khoidn.portal.interfaces.api;

/** A refusal with its HTTP status and stable code, answered as a problem body. */
public class ApiException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;

  /**
   * A refusal.
   *
   * @param status the HTTP status
   * @param code the stable English code
   * @param message the Vietnamese message
   */
  public ApiException(int status, String code, String message) {
    super(message);
    this.status = status;
    this.code = code;
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }
}
