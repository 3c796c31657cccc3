package vn.khoidn.portal.interfaces.submission.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.khoidn.portal.testsupport.PortalDeployment;

/**
 * A reporter replays another organization's save request, captured with all its parameters, in
 * their own session: it is refused and the other organization's form does not change.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FormReplayIT {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern OPEN_FORM =
      Pattern.compile("status-NOT_STARTED\">.*?form\\.xhtml\\?id=(\\d+)", Pattern.DOTALL);
  private static final String TOTAL = "form:blocks:0:rows:0:total";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return PortalDeployment.asPackaged();
  }

  @ArquillianResource URL base;

  @Test
  void anotherOrganizationsReplayedSaveIsRefusedAndChangesNothing() throws Exception {
    Session owner = new Session(base.toString());
    owner.logIn("capnuoc");
    Matcher due = OPEN_FORM.matcher(owner.get("app/forms.xhtml").body());
    assertThat(due.find()).isTrue();
    String formPath = "app/form.xhtml?id=" + due.group(1);
    String page = owner.get(formPath).body();
    Map<String, String> save = new LinkedHashMap<>();
    save.put("form", "form");
    save.put(TOTAL + "_input", "7");
    save.put(TOTAL + "_hinput", "7");
    save.put("form:save", "");
    save.put("jakarta.faces.ViewState", viewState(page));

    Session intruder = new Session(base.toString());
    intruder.logIn("xoso");
    HttpResponse<String> replayed = intruder.post(formPath, save);
    HttpResponse<String> opened = intruder.get(formPath);

    assertThat(replayed.body()).doesNotContain("Đã lưu bản nháp");
    assertThat(opened.statusCode()).isEqualTo(403);
    assertThat(opened.body()).contains("Không có quyền truy cập");
    String stored = owner.get(formPath).body();
    assertThat(stored).contains("status-NOT_STARTED");
    assertThat(stored).doesNotContain("value=\"7\"");

    // The same request in the owner's own session does save: the refusal above is about who sent
    // it.
    assertThat(owner.post(formPath, save).body()).contains("Đã lưu bản nháp");
  }

  private static String viewState(String page) {
    Matcher m = VIEW_STATE.matcher(page);
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  /** One user's browser session: cookies, redirects followed. */
  private static final class Session {
    private final String base;
    private final HttpClient http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    Session(String base) {
      this.base = base;
    }

    void logIn(String user) throws Exception {
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
                      "Demo@2021",
                      "login:submit",
                      "",
                      "jakarta.faces.ViewState",
                      viewState(page)))
              .body();
      assertThat(home).contains("id=\"greeting\"");
    }

    HttpResponse<String> get(String path) throws Exception {
      return http.send(
          HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
          HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, Map<String, String> params) throws Exception {
      StringBuilder body = new StringBuilder();
      params.forEach(
          (k, v) ->
              body.append(body.length() == 0 ? "" : "&")
                  .append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                  .append('=')
                  .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
      return http.send(
          HttpRequest.newBuilder(URI.create(base + path))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    }
  }
}
