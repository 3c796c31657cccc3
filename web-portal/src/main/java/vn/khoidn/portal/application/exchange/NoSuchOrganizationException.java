package vn.khoidn.portal.application.exchange;

/** A request named an organization that does not exist. */
public class NoSuchOrganizationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * The refusal.
   *
   * @param message in Vietnamese
   */
  public NoSuchOrganizationException(String message) {
    super(message);
  }
}
