package vn.khoidn.portal.interfaces.web;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.khoidn.domain.validation.InvalidValueException;
import vn.khoidn.portal.application.InvalidInputException;
import vn.khoidn.portal.application.account.AccessDeniedException;
import vn.khoidn.portal.application.exchange.ImportRejectedException;
import vn.khoidn.portal.application.exchange.NoSuchOrganizationException;
import vn.khoidn.portal.application.figure.WritersBusyException;
import vn.khoidn.portal.application.submission.ConcurrentEditException;
import vn.khoidn.portal.application.submission.WorkflowException;

/**
 * Which refusals a page or the API shows as they are, and what becomes of the rest. A typed refusal
 * (domain-core's {@link InvalidValueException}, the application's {@link InvalidInputException}, a
 * denied access, a conflict, a workflow step) carries a Vietnamese message written for the user. A
 * bare {@link IllegalArgumentException} (a JDK parse error, an enum's {@code valueOf}, a
 * programming error) or any other exception does not: its text goes to the log with a short
 * reference, and the user sees a generic sentence with that reference.
 */
public final class Refusals {

  /** The generic sentence of the API for input it could not use. */
  public static final String GENERIC_VI = "Yêu cầu không hợp lệ.";

  private static final SecureRandom RANDOM = new SecureRandom();

  private Refusals() {}

  /**
   * Whether the exception's message was written for the user.
   *
   * @param e what was thrown
   * @return true for the portal's and domain-core's typed refusals
   */
  public static boolean isTyped(Throwable e) {
    return e instanceof InvalidValueException
        || e instanceof AccessDeniedException
        || e instanceof ConcurrentEditException
        || e instanceof WorkflowException
        || e instanceof NoSuchOrganizationException
        || e instanceof ImportRejectedException
        || e instanceof WritersBusyException;
  }

  /**
   * Logs an untyped exception with its text as a WARNING, under a new reference.
   *
   * @param log the caller's logger
   * @param e what was thrown
   * @param where what the user was doing (a page, a request)
   * @return the reference, eight hexadecimal digits, to show the user
   */
  public static String logged(Logger log, Throwable e, String where) {
    byte[] bytes = new byte[4];
    RANDOM.nextBytes(bytes);
    String reference = HexFormat.of().withUpperCase().formatHex(bytes);
    log.log(
        Level.WARNING,
        "Yêu cầu bị từ chối, mã tham chiếu " + reference + " (" + where + "): " + e,
        e);
    return reference;
  }

  /**
   * A refusal of a service method whose {@link IllegalArgumentException}s are documented Vietnamese
   * refusals but not yet typed, as a typed one with a code: the caller vouches for the method (and
   * only that call may be wrapped), so that its helpful answer stays.
   *
   * @param e what the method threw
   * @param code the code to answer with, unless the exception has one
   * @return the typed refusal, {@code e} itself when it is typed already
   */
  public static InvalidValueException vouched(IllegalArgumentException e, String code) {
    return e instanceof InvalidValueException typed
        ? typed
        : new InvalidInputException(code, e.getMessage(), e);
  }
}
