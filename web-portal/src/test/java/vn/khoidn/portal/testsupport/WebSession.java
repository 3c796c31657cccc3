package vn.khoidn.portal.testsupport;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One user's browser without a browser: a cookie jar that follows redirects, and Faces form posts.
 */
public final class WebSession {

  private static final Pattern NONCE = Pattern.compile("<script[^>]*nonce=\"([^\"]+)\"");

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  private final String base;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NORMAL)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  /**
   * A session against a portal.
   *
   * @param base the portal's base URL, ending with a slash
   */
  public WebSession(String base) {
    this.base = base;
  }

  /**
   * Logs in through the login page.
   *
   * @param user the user name
   * @param password the password
   * @throws IllegalStateException if the home page does not follow
   */
  public void logIn(String user, String password) throws IOException, InterruptedException {
    String page = get("app/home.xhtml").body();
    String home =
        post(
                "login.xhtml",
                Map.of(
                    "login",
                    "login",
                    "login:username",
                    user,
                    "login:password",
                    password,
                    "login:submit",
                    "",
                    "jakarta.faces.ViewState",
                    viewState(page)))
            .body();
    if (!home.contains("id=\"greeting\"")) {
      throw new IllegalStateException(user + " could not log in");
    }
  }

  /**
   * A GET of a page of the portal.
   *
   * @param path the path under the base URL, or a full URL
   * @return the response after redirects
   */
  public HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  /**
   * A form POST.
   *
   * @param path the path under the base URL, or a full URL
   * @param params the form's fields
   * @return the response after redirects
   */
  public HttpResponse<String> post(String path, Map<String, String> params)
      throws IOException, InterruptedException {
    StringBuilder body = new StringBuilder();
    params.forEach(
        (k, v) ->
            body.append(body.length() == 0 ? "" : "&")
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return http.send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /**
   * The page's Content-Security-Policy nonce, which PrimeFaces' script puts in every form it posts
   * ({@code primefaces.nonce}); a post without it is refused as a browser never sends one.
   *
   * @param page the page's HTML
   * @return the nonce
   */
  public static String nonce(String page) {
    Matcher m = NONCE.matcher(page);
    if (!m.find()) {
      throw new IllegalStateException("The page has no script nonce");
    }
    return m.group(1);
  }

  /**
   * The Faces view state of a page, which every post of that page must send back.
   *
   * @param page the page's HTML
   * @return the view state
   */
  public static String viewState(String page) {
    Matcher m = VIEW_STATE.matcher(page);
    if (!m.find()) {
      throw new IllegalStateException("No ViewState on the page");
    }
    return m.group(1);
  }

  private URI uri(String path) {
    return URI.create(path.startsWith("http") ? path : base + path);
  }
}
