package vn.khoidn.portal.testsupport;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The server's SEVERE log lines, for the page walk: deployed only in its test, it listens on the
 * root logger from deployment on and answers {@code GET /it/severe} with every SEVERE line since
 * (and {@code DELETE} forgets them).
 */
@WebServlet(urlPatterns = "/it/severe", loadOnStartup = 1)
public class SevereLog extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private static final List<String> LINES = new CopyOnWriteArrayList<>();

  private final transient Handler handler =
      new Handler() {
        @Override
        public void publish(LogRecord r) {
          if (r.getLevel().intValue() >= Level.SEVERE.intValue()) {
            StringWriter text = new StringWriter();
            text.append(r.getLoggerName()).append(": ").append(String.valueOf(r.getMessage()));
            if (r.getThrown() != null) {
              text.append('\n');
              r.getThrown().printStackTrace(new PrintWriter(text));
            }
            LINES.add(text.toString());
          }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @Override
  public void init() {
    Logger.getLogger("").addHandler(handler);
  }

  @Override
  public void destroy() {
    Logger.getLogger("").removeHandler(handler);
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/plain");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(String.join("\n----\n", LINES));
  }

  @Override
  protected void doDelete(HttpServletRequest request, HttpServletResponse response) {
    LINES.clear();
    response.setStatus(HttpServletResponse.SC_NO_CONTENT);
  }
}
