package vn.khoidn.portal.testsupport;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page that fails the way a bug would, with SQL in its message, deployed only in the tests of the
 * error pages: what the user sees of it is the portal's error page, never the message.
 */
@WebServlet("/it/fail")
public class FailingServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** The SQL a leaked message would show. */
  public static final String SECRET = "SELECT password_hash FROM user_account";

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) {
    throw new IllegalStateException("Lỗi giả lập: " + SECRET + " WHERE username = 'admin'");
  }
}
