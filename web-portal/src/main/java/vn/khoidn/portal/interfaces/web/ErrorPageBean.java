package vn.khoidn.portal.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The portal's own error page: what went wrong in words, never SQL or a stack trace, and for a
 * server error a reference number that is in the log next to the stack trace, so that the office
 * can quote it and an administrator can find it.
 */
@Named
@RequestScoped
public class ErrorPageBean {

  private static final Logger LOG = Logger.getLogger(ErrorPageBean.class.getName());
  private static final SecureRandom RANDOM = new SecureRandom();

  private int status;
  private String reference;

  /** Reads the error the container forwarded and logs a server error with its reference. */
  @jakarta.annotation.PostConstruct
  void read() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    Map<String, Object> request = external.getRequestMap();
    Object code = request.get(RequestDispatcher.ERROR_STATUS_CODE);
    status = code instanceof Integer i ? i : 500;
    Object uri = request.get(RequestDispatcher.ERROR_REQUEST_URI);
    Throwable error = (Throwable) request.get(RequestDispatcher.ERROR_EXCEPTION);
    if (status >= 500 || error != null) {
      byte[] bytes = new byte[4];
      RANDOM.nextBytes(bytes);
      reference = HexFormat.of().withUpperCase().formatHex(bytes);
      LOG.log(
          Level.SEVERE,
          "Lỗi máy chủ, mã tham chiếu " + reference + " (" + status + ", " + uri + ")",
          error);
    } else {
      LOG.fine(() -> "Error page " + status + " for " + uri);
    }
  }

  /** The HTTP status. */
  public int getStatus() {
    return status;
  }

  /** Whether the page asked for does not exist. */
  public boolean isNotFound() {
    return status == 404;
  }

  /** Whether the request itself was wrong (4xx other than 404). */
  public boolean isBadRequest() {
    return status >= 400 && status < 500 && status != 404;
  }

  /** The reference number of a server error in the log, or null. */
  public String getReference() {
    return reference;
  }
}
