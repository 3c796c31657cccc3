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
 * figure in the same block: one save is kept, the other 49 are told that someone saved first, none
 * gets a server error, and the form shows the kept figure: no update is lost without its author
 * knowing. Then fifty imports of the same cell through the API, into the same draft form: each is
 * imported or told 409 that another writer came first, none is a 5xx, and the cell is stored once.
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

  private final java.net.http.HttpClient api =
      java.net.http.HttpClient.newBuilder()
          .version(java.net.http.HttpClient.Version.HTTP_1_1)
          .build();

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
                // The same block saved from pages loaded before: refused, naming the block.
                || r.body().contains("Không lưu được: khối số liệu của")
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

      // The same cell through the API, fifty reporters' imports at once: they take turns, each
      // is told what it did to the cell (or that the period was busy), and the cell is one row.
      java.time.LocalDate today = java.time.LocalDate.now();
      String quarter = today.getYear() + "Q" + ((today.getMonthValue() + 2) / 3);
      List<Future<HttpResponse<String>>> imports = new ArrayList<>();
      CyclicBarrier start = new CyclicBarrier(SAVES);
      for (int i = 0; i < SAVES; i++) {
        String file =
            "org,period,indicator,sector,value\nDBCS-LADOFOODS,"
                + quarter
                + ",NEW_MEMBERS,,"
                + (200 + i)
                + "\n";
        imports.add(
            pool.submit(
                () -> {
                  start.await(2, TimeUnit.MINUTES);
                  return api.send(
                      java.net.http.HttpRequest.newBuilder(
                              java.net.URI.create(base + "api/v1/data-values"))
                          .header(
                              "Authorization",
                              "Basic "
                                  + java.util.Base64.getEncoder()
                                      .encodeToString(
                                          "ladofoods:Demo@2021"
                                              .getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                          .header("Content-Type", "text/csv; charset=UTF-8")
                          .POST(java.net.http.HttpRequest.BodyPublishers.ofString(file))
                          .build(),
                      HttpResponse.BodyHandlers.ofString());
                }));
      }
      java.util.TreeMap<Integer, Integer> answers = new java.util.TreeMap<>();
      for (Future<HttpResponse<String>> f : imports) {
        HttpResponse<String> r = f.get(5, TimeUnit.MINUTES);
        answers.merge(r.statusCode(), 1, Integer::sum);
        if (r.statusCode() == 200) {
          assertThat(r.body()).as("each writer is told what it did").contains("\"imported\"");
        } else {
          assertThat(r.statusCode()).as(r.body()).isEqualTo(409);
          assertThat(r.body())
              .as("a loser is told that another writer came first")
              .containsAnyOf("\"CONCURRENT_EDIT\"", "\"WRITERS_BUSY\"");
        }
      }
      System.out.printf("ConcurrentSavesIT: %d API imports of one cell: %s%n", SAVES, answers);
      assertThat(answers).containsKey(200);
      // Drafts are not exported (only figures that count are): read the cell from the database.
      try (java.sql.Connection c =
              java.sql.DriverManager.getConnection(
                  vn.khoidn.portal.testsupport.MariaDbServer.portalUrl(),
                  vn.khoidn.portal.testsupport.MariaDbServer.USER,
                  vn.khoidn.portal.testsupport.MariaDbServer.PASSWORD);
          java.sql.PreparedStatement q =
              c.prepareStatement(
                  "SELECT COUNT(*), MAX(v.numeric_value) FROM data_value v JOIN organization o ON"
                      + " o.id = v.organization_id WHERE o.code = 'DBCS-LADOFOODS' AND"
                      + " v.period_code = ? AND v.indicator_code = 'NEW_MEMBERS' AND v.sector IS"
                      + " NULL")) {
        q.setString(1, quarter);
        try (java.sql.ResultSet r = q.executeQuery()) {
          r.next();
          assertThat(r.getInt(1)).as("the cell is stored once").isEqualTo(1);
          assertThat(r.getInt(2)).as("holding an imported figure").isBetween(200, 200 + SAVES - 1);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
