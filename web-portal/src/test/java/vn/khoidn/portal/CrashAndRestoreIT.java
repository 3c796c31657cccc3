package vn.khoidn.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.khoidn.portal.testsupport.MariaDbServer;
import vn.khoidn.portal.testsupport.PortalProcess;

/**
 * The portal jar on MariaDB, killed with {@code kill -9} in the middle of a 100,000-figure import:
 * after a restart the database holds all of the import or none of it, never a part, and the same
 * file then imports whole. Then a {@code mariadb-dump} of that database, restored into an empty
 * one, serves the same report and the same figures to a portal started on it.
 */
class CrashAndRestoreIT {

  private static final String ADMIN = "admin";
  private static final String PASSWORD = "Crash@IT-2021";
  private static final int ROWS = 100_000;
  private static final List<String> ORGS =
      List.of(
          "CB-LADOFOODS-SX",
          "CB-LADOFOODS-KD",
          "CB-DIENLUC-DALAT",
          "CB-DIENLUC-BAOLOC",
          "CB-AGRIBANK-DALAT",
          "CB-AGRIBANK-DUCTRONG",
          "CB-CAPNUOC-DALAT",
          "CBCS-VIETCOMBANK",
          "CBCS-BIDV",
          "CBCS-QTD-PHUONG1",
          "CBCS-XOSO",
          "CBCS-HIEPHOI",
          "CBCS-THANHTHANHCONG",
          "CBCS-SUADALAT");
  private static final List<String> INDICATORS =
      List.of("NEW_MEMBERS", "AWARENESS_CLASSES", "AWARENESS_TRAINEES", "OWNERS_ADMITTED");

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @Test
  void killedMidImportTheDatabaseHoldsAllOrNoneAndADumpRestoresTheSameReport(@TempDir Path folder)
      throws Exception {
    String url = MariaDbServer.createScratchDatabase("crash");
    Map<String, String> settings =
        MariaDbServer.portalSettings(url, "PORTAL_ADMIN_PASSWORD", PASSWORD);
    String csv = hundredThousandFigures();
    long before;
    long afterCrash;
    String inFlight;
    try (PortalProcess first =
        PortalProcess.startIn(folder.resolve("a"), "portal.log", settings, "768m")) {
      before = figures(url);
      CompletableFuture<HttpResponse<String>> importing =
          http.sendAsync(importRequest(first.baseUrl(), csv), HttpResponse.BodyHandlers.ofString());
      inFlight = waitForWritesUnderWay(url, importing);
      first.kill();
      assertThat(
              importing.isDone()
                  && !importing.isCompletedExceptionally()
                  && importing.join().statusCode() == 200)
          .as("killed before the import answered")
          .isFalse();
    }
    afterCrash = figures(url);
    System.out.printf(
        "CrashAndRestoreIT: killed during %s; figures before %,d," + " after restart %,d%n",
        inFlight, before, afterCrash);
    assertThat(afterCrash).as("all or none of the import").isIn(before, before + ROWS);

    String report;
    String export;
    try (PortalProcess second =
        PortalProcess.startIn(folder.resolve("b"), "portal.log", settings, "768m")) {
      assertThat(figures(url)).as("the restart changed nothing").isEqualTo(afterCrash);
      HttpResponse<String> again =
          http.send(importRequest(second.baseUrl(), csv), HttpResponse.BodyHandlers.ofString());
      assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
      assertThat(figures(url)).isEqualTo(before + ROWS);
      report = reportText(second);
      export = get(second, "api/v1/data-values?org=DUK&period=2021", "text/csv").body();
      assertThat(report).contains("phát triển đảng viên");
    }

    Path dump = folder.resolve("portal.sql");
    MariaDbServer.client(
        "mariadb-dump",
        null,
        dump,
        "--single-transaction",
        "--skip-lock-tables",
        "--default-character-set=utf8mb4",
        url.substring(url.lastIndexOf('/') + 1));
    String restored = MariaDbServer.createScratchDatabase("restored");
    MariaDbServer.client(
        "mariadb",
        dump,
        null,
        "--default-character-set=utf8mb4",
        restored.substring(restored.lastIndexOf('/') + 1));
    System.out.printf(
        "CrashAndRestoreIT: dump of %,d bytes restored; figures %,d%n",
        Files.size(dump), figures(restored));
    assertThat(figures(restored)).isEqualTo(before + ROWS);
    try (PortalProcess third =
        PortalProcess.startIn(
            folder.resolve("c"),
            "portal.log",
            MariaDbServer.portalSettings(restored, "PORTAL_ADMIN_PASSWORD", PASSWORD),
            "768m")) {
      assertThat(reportText(third)).as("the same report from the restored copy").isEqualTo(report);
      assertThat(get(third, "api/v1/data-values?org=DUK&period=2021", "text/csv").body())
          .isEqualTo(export);
    }
  }

  /**
   * Waits until the import's transaction is writing figures: the portal's own connections (the same
   * database user, so no extra privilege is needed) show the figure store's INSERT in the server's
   * process list. The writes are a few large multi-row statements, so the portal is killed in the
   * middle of one, with the transaction open.
   */
  private static String waitForWritesUnderWay(
      String url, CompletableFuture<HttpResponse<String>> importing) throws Exception {
    Instant sent = Instant.now();
    Instant deadline = sent.plus(Duration.ofMinutes(3));
    try (Connection c =
            DriverManager.getConnection(url, MariaDbServer.USER, MariaDbServer.PASSWORD);
        Statement s = c.createStatement()) {
      String sql =
          "SELECT LEFT(INFO, 40), TIME_MS FROM information_schema.PROCESSLIST WHERE ID <>"
              + " CONNECTION_ID() AND INFO LIKE 'INSERT INTO data_value%'";
      while (Instant.now().isBefore(deadline) && !importing.isDone()) {
        try (ResultSet r = s.executeQuery(sql)) {
          if (r.next()) {
            return "\""
                + r.getString(1)
                + "…\" running for "
                + Math.round(r.getDouble(2))
                + " ms, "
                + Duration.between(sent, Instant.now()).toMillis()
                + " ms after the file was sent";
          }
        }
        Thread.sleep(2);
      }
    }
    throw new AssertionError(
        "the import's writes were never seen under way"
            + (importing.isDone() && !importing.isCompletedExceptionally()
                ? ": it answered " + importing.join().statusCode()
                : ""));
  }

  /** The text of the one-year review of Nghị quyết 04-NQ/ĐUK as the portal writes it (DOCX). */
  private String reportText(PortalProcess portal) throws Exception {
    String period = URLEncoder.encode("04-NQ/ĐUK+1Y", StandardCharsets.UTF_8);
    HttpResponse<byte[]> docx =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(
                        portal.baseUrl()
                            + "api/v1/reports/review?org=DUK&period="
                            + period
                            + "&format=docx"))
                .header("Authorization", basic())
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(docx.statusCode()).isEqualTo(200);
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx.body()))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().equals("word/document.xml")) {
          return new String(zip.readAllBytes(), StandardCharsets.UTF_8)
              .replaceAll("<[^>]+>", " ")
              .replaceAll("\\s+", " ");
        }
      }
    }
    throw new AssertionError("no word/document.xml in the report");
  }

  private HttpResponse<String> get(PortalProcess portal, String path, String accept)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(portal.baseUrl() + path))
            .header("Authorization", basic())
            .header("Accept", accept)
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static HttpRequest importRequest(String base, String csv) {
    return HttpRequest.newBuilder(URI.create(base + "api/v1/data-values"))
        .header("Authorization", basic())
        .header("Content-Type", "text/csv; charset=UTF-8")
        .timeout(Duration.ofMinutes(5))
        .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8))
        .build();
  }

  private static String basic() {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((ADMIN + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
  }

  /** 100,000 monthly figures of 14 organizations and 4 indicators from 2030 on. */
  private static String hundredThousandFigures() {
    StringBuilder csv = new StringBuilder("org,period,indicator,sector,value\n");
    int rows = 0;
    for (int year = 2030; ; year++) {
      for (int month = 1; month <= 12; month++) {
        for (String org : ORGS) {
          for (String indicator : INDICATORS) {
            csv.append(org)
                .append(',')
                .append(String.format("%d%02d", year, month))
                .append(',')
                .append(indicator)
                .append(",,")
                .append((year + month + rows) % 5)
                .append('\n');
            if (++rows == ROWS) {
              return csv.toString();
            }
          }
        }
      }
    }
  }

  private static long figures(String url) throws Exception {
    try (Connection c =
            DriverManager.getConnection(url, MariaDbServer.USER, MariaDbServer.PASSWORD);
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT COUNT(*) FROM data_value")) {
      r.next();
      return r.getLong(1);
    }
  }
}
