package vn.khoidn.portal.interfaces.submission.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
import vn.khoidn.portal.testsupport.WebSession;

/**
 * Fifty people with the same form open press "Lưu nháp" at the same moment, each with a different
 * figure: one save is kept, the other 49 are told that someone saved first, none gets a server
 * error, and the form shows the kept figure: no update is lost without its author knowing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConcurrentSavesIT {

  private static final int SAVES = 50;
  private static final Pattern OPEN_FORM =
      Pattern.compile("status-NOT_STARTED\">.*?form\\.xhtml\\?id=(\\d+)", Pattern.DOTALL);
  private static final String TOTAL = "form:blocks:0:rows:0:total";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return PortalDeployment.asPackaged();
  }

  @ArquillianResource URL base;

  @Test
  void fiftyConflictingSavesKeepOneAndTellTheOtherFortyNine() throws Exception {
    WebSession first = new WebSession(base.toString());
    first.logIn("ladofoods", "Demo@2021");
    Matcher due = OPEN_FORM.matcher(first.get("app/forms.xhtml").body());
    assertThat(due.find()).as("the demo reporter has a form not started").isTrue();
    String formPath = "app/form.xhtml?id=" + due.group(1);

    ExecutorService pool = Executors.newFixedThreadPool(SAVES);
    try {
      // Everyone opens the form first, so that all hold the same version of it.
      List<Future<Map.Entry<WebSession, String>>> opened = new ArrayList<>();
      for (int i = 0; i < SAVES; i++) {
        opened.add(
            pool.submit(
                () -> {
                  WebSession s = new WebSession(base.toString());
                  s.logIn("ladofoods", "Demo@2021");
                  String page = s.get(formPath).body();
                  return Map.entry(s, WebSession.viewState(page) + "\n" + WebSession.nonce(page));
                }));
      }
      List<Map.Entry<WebSession, String>> sessions = new ArrayList<>();
      for (Future<Map.Entry<WebSession, String>> f : opened) {
        sessions.add(f.get(5, TimeUnit.MINUTES));
      }

      CyclicBarrier together = new CyclicBarrier(SAVES);
      List<Future<HttpResponse<String>>> saves = new ArrayList<>();
      for (int i = 0; i < SAVES; i++) {
        Map.Entry<WebSession, String> s = sessions.get(i);
        String value = Integer.toString(100 + i);
        saves.add(
            pool.submit(
                () -> {
                  Map<String, String> save = new LinkedHashMap<>();
                  save.put("form", "form");
                  save.put(TOTAL, value);
                  save.put("form:save", "");
                  String[] state = s.getValue().split("\n");
                  save.put("jakarta.faces.ViewState", state[0]);
                  save.put("primefaces.nonce", state[1]);
                  together.await(2, TimeUnit.MINUTES);
                  return s.getKey().post(formPath, save);
                }));
      }
      int saved = 0;
      int told = 0;
      List<String> other = new ArrayList<>();
      String kept = null;
      for (int i = 0; i < SAVES; i++) {
        HttpResponse<String> r = saves.get(i).get(5, TimeUnit.MINUTES);
        if (r.statusCode() == 200 && r.body().contains("Đã lưu bản nháp")) {
          saved++;
          kept = Integer.toString(100 + i);
        } else if (r.statusCode() == 200
            && (r.body().contains("Biểu mẫu vừa được")
                || r.body().contains("Biểu mẫu đang được người khác lưu cùng lúc"))) {
          told++;
        } else {
          other.add(r.statusCode() + " " + r.body().substring(0, Math.min(300, r.body().length())));
        }
      }
      System.out.printf(
          "ConcurrentSavesIT: %d conflicting saves: %d kept, %d told, %d other%n",
          SAVES, saved, told, other.size());
      assertThat(other).as("no server error, no silent outcome").isEmpty();
      assertThat(saved).as("exactly one save is kept").isEqualTo(1);
      assertThat(told).isEqualTo(SAVES - 1);
      assertThat(first.get(formPath).body())
          .as("the form shows the kept figure")
          .containsPattern("id=\"" + Pattern.quote(TOTAL) + "\"[^>]*value=\"" + kept + "\"");
    } finally {
      pool.shutdownNow();
    }
  }
}
