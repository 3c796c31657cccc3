package vn.khoidn.portal.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The portal's own page for every error the container renders ({@code web.xml}): what went wrong in
 * words, never SQL or a stack trace, and for a server error a reference number that is in the log
 * beside the stack trace, so that the office can quote it and an administrator can find it.
 *
 * <p>A plain servlet, not a Faces page: an error can come from the middle of a Faces request (a
 * failed save, a broken view), and a Faces error page would run the same lifecycle, with the same
 * view state and nonce checks, a second time and fail with it.
 */
@WebServlet(name = "ErrorPage", urlPatterns = "/error")
public class ErrorPageServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(ErrorPageServlet.class.getName());
  private static final SecureRandom RANDOM = new SecureRandom();

  /** The page may load the portal's stylesheet and nothing else. */
  static final String POLICY = "default-src 'none'; style-src 'self'; frame-ancestors 'none'";

  @Inject private LanguageBean language;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer i ? i : 500;
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    Throwable error = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    if (forged(error)) {
      // A post that no page of this portal sent (no or another page's nonce): the request is
      // wrong, not the server.
      LOG.info(() -> "Refused a post without its page's nonce to " + uri);
      status = 400;
      error = null;
    }
    String reference = null;
    if (status >= 500 || error != null) {
      byte[] bytes = new byte[4];
      RANDOM.nextBytes(bytes);
      reference = HexFormat.of().withUpperCase().formatHex(bytes);
      LOG.log(
          Level.SEVERE,
          "Lỗi máy chủ, mã tham chiếu " + reference + " (" + status + ", " + uri + ")",
          error);
    } else {
      int shown = status;
      LOG.fine(() -> "Error page " + shown + " for " + uri);
    }
    ResourceBundle text =
        ResourceBundle.getBundle("vn.khoidn.portal.interfaces.web.messages", locale(request));
    String kind =
        status == 404
            ? "notFound"
            : status == 403 ? "forbidden" : status >= 500 ? "server" : "badRequest";
    String heading = text.getString("error." + kind + ".heading");
    response.setStatus(status >= 400 ? status : 500);
    response.setContentType("text/html;charset=UTF-8");
    response.setHeader("Content-Security-Policy", POLICY);
    response.setHeader("Cache-Control", "no-store");
    String context = request.getContextPath();
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html><html lang=\"")
        .append(locale(request).getLanguage())
        .append("\"><head><meta charset=\"UTF-8\"/><title>")
        .append(escape(heading))
        .append(" · ")
        .append(escape(text.getString("app.title")))
        .append("</title><link rel=\"stylesheet\" href=\"")
        .append(escape(context))
        .append("/jakarta.faces.resource/css/portal.css.xhtml\"/></head>")
        .append(
            "<body class=\"portal\"><header class=\"portal-header\"><div class=\"portal-brand\">")
        .append("<span class=\"portal-title\">")
        .append(escape(text.getString("app.title")))
        .append("</span><span class=\"portal-subtitle\">")
        .append(escape(text.getString("app.subtitle")))
        .append("</span></div></header><main class=\"portal-main\">")
        .append(status == 403 ? "<h1 id=\"forbidden\">" : "<h1 id=\"error-heading\">")
        .append(escape(heading))
        .append("</h1><p>")
        .append(escape(text.getString("error." + kind + ".text")))
        .append("</p>");
    if (reference != null) {
      html.append("<p>")
          .append(escape(text.getString("error.server.reference")))
          .append(" <strong id=\"error-reference\">")
          .append(reference)
          .append("</strong></p>");
    }
    html.append("<p><a href=\"")
        .append(escape(context))
        .append("/app/home.xhtml\">")
        .append(escape(text.getString("error.back")))
        .append("</a></p></main></body></html>");
    response.getWriter().write(html.toString());
  }

  /** Whether the error is PrimeFaces refusing a post without the page's CSP nonce. */
  private static boolean forged(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t.getClass().getName().equals("org.primefaces.csp.CspException")) {
        return true;
      }
    }
    return false;
  }

  /** The user's chosen language when they have a session, else Vietnamese. */
  private Locale locale(HttpServletRequest request) {
    if (request.getSession(false) != null) {
      try {
        return Locale.forLanguageTag(language.getLanguage());
      } catch (RuntimeException noSessionContext) {
        // The session ended while the error was being handled.
      }
    }
    return Locale.forLanguageTag("vi");
  }

  private static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
