package vn.khoidn.portal.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.khoidn.portal.testsupport.FailingServlet;
import vn.khoidn.portal.testsupport.PortalDeployment;
import vn.khoidn.portal.testsupport.WebSession;

/**
 * The portal probed as an attacker and a careless user would, over HTTP: security headers, the
 * error pages, bounds on what requests may hold, and login abuse. Every answer is a 4xx or works as
 * stated; none is a 5xx the user could cause.
 *
 * <p>The portal under test believes X-Forwarded-For (arquillian.xml), as it does behind the load
 * balancer, so that each test guesses from an address of its own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HardeningIT {

  private static final String JSON = "application/json";
  private static final String RIGHT = "Demo@2021";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return PortalDeployment.withHelpers(FailingServlet.class);
  }

  @ArquillianResource URL base;

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @Test
  void pagesCarryAContentSecurityPolicyWithANonceAndTheSessionCookieIsSameSite() throws Exception {
    HttpResponse<String> login = send(HttpRequest.newBuilder(uri("login.xhtml")).GET());

    assertThat(login.statusCode()).isEqualTo(200);
    String policy = login.headers().firstValue("Content-Security-Policy").orElse("");
    assertThat(policy)
        .contains("object-src 'none'", "frame-ancestors 'none'", "base-uri 'self'")
        .containsPattern("script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}'")
        .doesNotContain("unsafe-inline' ; script", "'unsafe-eval'");
    assertThat(policy.substring(policy.indexOf("script-src"))).doesNotContain("unsafe-inline");
    String nonce = policy.replaceAll(".*'nonce-([^']+)'.*", "$1");
    assertThat(login.body()).contains("nonce=\"" + nonce + "\"");
    assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    assertThat(login.headers().allValues("Set-Cookie"))
        .anySatisfy(
            c ->
                assertThat(c)
                    .startsWith("JSESSIONID=")
                    .containsIgnoringCase("HttpOnly")
                    .containsIgnoringCase("SameSite=Lax"));

    HttpResponse<String> second = send(HttpRequest.newBuilder(uri("login.xhtml")).GET());
    assertThat(second.headers().firstValue("Content-Security-Policy").orElse(""))
        .as("a fresh nonce per page")
        .isNotEqualTo(policy);
  }

  @Test
  void theApiRunsNoScriptAndSaysSoEvenWhenItRefuses() throws Exception {
    HttpResponse<String> answer = get("btv", RIGHT, "api/v1/organizations");
    HttpResponse<String> refused = send(HttpRequest.newBuilder(uri("api/v1/organizations")).GET());

    for (HttpResponse<String> r : List.of(answer, refused)) {
      assertThat(r.headers().firstValue("Content-Security-Policy"))
          .hasValue("default-src 'none'; frame-ancestors 'none'");
      assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(refused.statusCode()).isEqualTo(401);
  }

  @Test
  void aPageThatDoesNotExistIsThePortalsOwn404() throws Exception {
    HttpResponse<String> missing = send(HttpRequest.newBuilder(uri("no-such-page.xhtml")).GET());
    HttpResponse<String> outside = send(HttpRequest.newBuilder(uri("no/such/thing")).GET());

    for (HttpResponse<String> r : List.of(missing, outside)) {
      assertThat(r.statusCode()).isEqualTo(404);
      assertThat(r.body()).contains("Không tìm thấy trang").doesNotContain("Payara");
    }
  }

  @Test
  void aServerErrorShowsAReferenceNeverTheSqlOrTheStackTrace() throws Exception {
    HttpResponse<String> failed = send(HttpRequest.newBuilder(uri("it/fail")).GET());

    assertThat(failed.statusCode()).isEqualTo(500);
    assertThat(failed.body())
        .contains("Máy chủ gặp lỗi", "Mã tham chiếu")
        .containsPattern("id=\"error-reference\">[0-9A-F]{8}<")
        .doesNotContain(
            FailingServlet.SECRET,
            "IllegalStateException",
            "at vn.khoidn",
            "Payara",
            "password_hash");
  }

  @Test
  void aMalformedIdInAPageAddressIs404NotABrokenPage() throws Exception {
    WebSession session = new WebSession(base.toString());
    session.logIn("bantochuc", RIGHT);

    for (String page :
        List.of(
            "app/form.xhtml?id=abc",
            "app/form.xhtml?id=-1",
            "app/form.xhtml?id=99999999999999999999999",
            "app/form.xhtml",
            "app/review.xhtml?round=%27%20OR%201=1")) {
      HttpResponse<String> r = session.get(page);
      assertThat(r.statusCode()).as(page).isEqualTo(404);
      assertThat(r.body()).as(page).contains("Không tìm thấy trang").doesNotContain("???");
    }
  }

  @Test
  void aPostWithoutItsPagesNonceIsRefusedAsABadRequestNotAServerError() throws Exception {
    WebSession anonymous = new WebSession(base.toString());
    String page = anonymous.get("login.xhtml").body();
    Map<String, String> form = new LinkedHashMap<>();
    form.put("login", "login");
    form.put("login:username", "khong-co-ai-ten-nay-2");
    form.put("login:password", "sai");
    form.put("login:submit", "");
    form.put("jakarta.faces.ViewState", WebSession.viewState(page));

    HttpResponse<String> forged = anonymous.post("login.xhtml", form);

    assertThat(forged.statusCode()).isEqualTo(400);
    assertThat(forged.body()).contains("Yêu cầu không hợp lệ").doesNotContain("CspException");

    String again = anonymous.get("login.xhtml").body();
    form.put("jakarta.faces.ViewState", WebSession.viewState(again));
    form.put("primefaces.nonce", WebSession.nonce(again));
    HttpResponse<String> asABrowserSendsIt = anonymous.post("login.xhtml", form);
    assertThat(asABrowserSendsIt.statusCode()).isEqualTo(200);
    assertThat(asABrowserSendsIt.body()).contains("Tên đăng nhập hoặc mật khẩu không đúng.");
  }

  @Test
  void aReviewPeriodOfAMillionYearsIsA400InVietnamese() throws Exception {
    for (String years : List.of("999999999Y", "51Y", "abcY", "1")) {
      String period = URLEncoder.encode("04-NQ/ĐUK+" + years, StandardCharsets.UTF_8);
      HttpResponse<String> r =
          get("btv", RIGHT, "api/v1/reports/review?org=DUK&period=" + period + "&format=pdf");
      assertThat(r.statusCode()).as(years).isEqualTo(400);
      assertThat(json(r.body()).getString("detail")).as(years).startsWith("Số năm sơ kết");
    }
    WebSession session = new WebSession(base.toString());
    session.logIn("btv", RIGHT);
    HttpResponse<String> page =
        session.get(
            "app/report.xhtml?org=DUK&period="
                + URLEncoder.encode("04-NQ/ĐUK+999999999Y", StandardCharsets.UTF_8));
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Số năm sơ kết");
  }

  @Test
  void deeplyNestedJsonIsA400AndChangesNothing() throws Exception {
    String before = get("bantochuc", RIGHT, "api/v1/data-values?org=DUK&period=2021").body();

    HttpResponse<String> deep =
        post("bantochuc", "api/v1/data-values", "[".repeat(100_000) + "]".repeat(100_000));
    HttpResponse<String> nested =
        post(
            "bantochuc",
            "api/v1/data-values",
            "[{\"org\":\"CBCS-XOSO\",\"period\":\"2021\",\"indicator\":\"NEW_MEMBERS\",\"value\":"
                + "[".repeat(5000)
                + "]".repeat(5000)
                + "}]");

    for (HttpResponse<String> r : List.of(deep, nested)) {
      assertThat(r.statusCode()).isEqualTo(400);
      assertThat(json(r.body()).getString("code")).isEqualTo("MALFORMED_JSON");
      assertThat(json(r.body()).getString("detail")).contains("lồng quá sâu");
    }
    assertThat(get("bantochuc", RIGHT, "api/v1/data-values?org=DUK&period=2021").body())
        .isEqualTo(before);
  }

  @Test
  void namesTooLongOrWithControlCharactersAreRefusedByLineAndColumn() throws Exception {
    String tooLong = "Chi bộ " + "Đ".repeat(250);
    String file =
        "[{\"code\":\"CB-HARD-1\",\"name\":\""
            + tooLong
            + "\",\"kind\":\"GRASSROOTS_CELL\",\"parent\":\"DUK\",\"sector\":\"NON_STATE\","
            + "\"host_unit\":\"\",\"established\":\"2024-01-01\"},"
            + "{\"code\":\"CB-HARD-2\",\"name\":\"Chi bộ\\u0007 Chuông\",\"kind\":\"GRASSROOTS_CELL\","
            + "\"parent\":\"DUK\",\"sector\":\"NON_STATE\",\"host_unit\":\"\","
            + "\"established\":\"2024-01-01\"}]";

    HttpResponse<String> r = post("admin", "Admin@IT-2021", "api/v1/organizations", file);

    assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
    JsonObject problem = json(r.body());
    assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(
            e -> e.getInt("line") + " " + e.getString("code") + " " + e.getString("message"))
        .containsExactly(
            "1 INVALID_NAME Cột name: Tên tổ chức dài 257 ký tự, quá giới hạn 255 ký tự.",
            "2 INVALID_NAME Cột name: Tên tổ chức chứa ký tự điều khiển không được phép (U+0007, ở"
                + " vị trí 7).");
    assertThat(get("btv", RIGHT, "api/v1/organizations").body()).doesNotContain("CB-HARD-");
  }

  @Test
  void parallelWrongGuessesAreAllCountedNoneIsA500AndTheLockIsShort() throws Exception {
    String source = "203.0.113.11";
    // Four wrong guesses at once: all counted, so the fifth locks the name.
    List<HttpResponse<String>> four = parallel(4, i -> guess("hiephoi", "sai-" + i, source));
    assertThat(four).extracting(HttpResponse::statusCode).containsOnly(401);
    HttpResponse<String> fifth = guess("hiephoi", "sai-5", source);
    assertThat(fifth.statusCode())
        .as("the fifth failure locks the name, and says so")
        .isEqualTo(429);

    HttpResponse<String> locked = guess("hiephoi", RIGHT, source);
    assertThat(locked.statusCode()).as("locked even for the right password").isEqualTo(429);
    assertThat(json(locked.body()).getString("code")).isEqualTo("TOO_MANY_ATTEMPTS");
    assertThat(json(locked.body()).getString("detail")).contains("thử lại sau 1 phút");
    long retryAfter = Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow());
    assertThat(retryAfter).as("the first lock is a minute").isBetween(1L, 60L);

    // Thirty more at once while locked: refused, never a 500.
    List<HttpResponse<String>> thirty =
        parallel(30, i -> guess("hiephoi", "sai-lan-" + i, "203.0.113.12"));
    assertThat(thirty).extracting(HttpResponse::statusCode).containsOnly(429);
  }

  @Test
  void aNameThatBelongsToNobodyIsAnsweredExactlyAsOneThatDoes() throws Exception {
    String source = "203.0.113.21";
    HttpResponse<String> known = guess("vietcombank", "sai-mat-khau", source);
    HttpResponse<String> unknown = guess("khong-co-ai-ten-nay", "sai-mat-khau", source);

    assertThat(unknown.statusCode()).isEqualTo(known.statusCode()).isEqualTo(401);
    assertThat(unknown.body()).isEqualTo(known.body());
    for (int i = 0; i < 4; i++) {
      guess("khong-co-ai-ten-nay", "sai-" + i, source);
      guess("vietcombank", "sai-" + i, source);
    }
    HttpResponse<String> knownLocked = guess("vietcombank", "sai", source);
    HttpResponse<String> unknownLocked = guess("khong-co-ai-ten-nay", "sai", source);
    assertThat(unknownLocked.statusCode()).isEqualTo(knownLocked.statusCode()).isEqualTo(429);
    assertThat(unknownLocked.body()).isEqualTo(knownLocked.body());
  }

  @Test
  void oneAddressGuessingManyNamesIsLockedOutButNotTheOthers() throws Exception {
    String source = "203.0.113.31";
    AtomicInteger n = new AtomicInteger();
    List<HttpResponse<String>> spray =
        parallel(50, i -> guess("ten-doan-" + n.incrementAndGet(), "sai", source));
    assertThat(spray).extracting(HttpResponse::statusCode).containsOnly(401, 429);

    assertThat(guess("bidv", RIGHT, source).statusCode())
        .as("the address is locked, whoever it tries")
        .isEqualTo(429);
    assertThat(guess("bidv", RIGHT, "203.0.113.32").statusCode())
        .as("the same user from elsewhere")
        .isEqualTo(200);
  }

  private HttpResponse<String> guess(String user, String password, String source) {
    try {
      return send(
          auth(user, password, HttpRequest.newBuilder(uri("api/v1/organizations")))
              .header("X-Forwarded-For", source)
              .header("Accept", JSON)
              .GET());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private interface Call {
    HttpResponse<String> run(int i) throws Exception;
  }

  private static List<HttpResponse<String>> parallel(int count, Call call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(count, 16));
    try {
      List<Future<HttpResponse<String>>> futures = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        int k = i;
        futures.add(pool.submit(() -> call.run(k)));
      }
      List<HttpResponse<String>> answers = new ArrayList<>();
      for (Future<HttpResponse<String>> f : futures) {
        answers.add(f.get());
      }
      return answers;
    } finally {
      pool.shutdownNow();
    }
  }

  private HttpResponse<String> get(String user, String password, String path) throws Exception {
    return send(
        auth(user, password, HttpRequest.newBuilder(uri(path))).header("Accept", JSON).GET());
  }

  private HttpResponse<String> post(String user, String path, String body) throws Exception {
    return post(user, RIGHT, path, body);
  }

  private HttpResponse<String> post(String user, String password, String path, String body)
      throws Exception {
    return send(
        auth(user, password, HttpRequest.newBuilder(uri(path)))
            .header("Content-Type", JSON)
            .header("Accept", JSON)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static HttpRequest.Builder auth(String user, String password, HttpRequest.Builder b) {
    return b.header(
        "Authorization",
        "Basic "
            + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
  }

  private URI uri(String path) {
    return URI.create(base.toString() + path);
  }

  private static JsonObject json(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }
}
