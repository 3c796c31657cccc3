package vn.khoidn.portal.load;

import java.net.URI;
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
import java.util.Base64;
import java.util.List;
import vn.khoidn.portal.testsupport.MariaDbServer;
import vn.khoidn.portal.testsupport.PortalProcess;

/**
 * Imports 100,000 figures in one request ({@code POST /api/v1/data-values}, CSV) into the portal
 * jar on MariaDB, with the demo tree, as the administrator; then the same file with one bad row at
 * the end, which must leave the database as it was. Prints the times, the count of figures and the
 * heap the portal ran with.
 *
 * <p>Run after {@code mvn -DskipTests package}: {@code mvn -pl web-portal test-compile exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=vn.khoidn.portal.load.ImportBenchmark
 * -Dportal.jar=web-portal/target/portal.jar -Dbench.heap=512m}
 */
public final class ImportBenchmark {

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

  private ImportBenchmark() {}

  /**
   * Runs the benchmark.
   *
   * @param args none
   * @throws Exception if anything fails
   */
  public static void main(String[] args) throws Exception {
    MariaDbServer.start();
    try {
      String url = MariaDbServer.createScratchDatabase("importbench");
      Path dir = Files.createTempDirectory("import-bench");
      String heap = System.getProperty("bench.heap", "512m");
      try (PortalProcess portal =
          PortalProcess.startIn(
              dir,
              "portal.log",
              MariaDbServer.portalSettings(url, "PORTAL_ADMIN_PASSWORD", "Bench@2021-admin"),
              heap)) {
        StringBuilder csv = new StringBuilder("org,period,indicator,sector,value\n");
        int rows = 0;
        outer:
        for (int year = 2022; year <= 2200; year++) {
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
                if (++rows == 100_000) {
                  break outer;
                }
              }
            }
          }
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String bad = csv + "CBCS-XOSO,202201,NEW_MEMBERS,,-1\n";
        long before = count(url);
        long t = System.nanoTime();
        HttpResponse<String> refused = post(http, portal.baseUrl(), bad);
        long refusedMs = (System.nanoTime() - t) / 1_000_000;
        System.out.printf(
            "100,001 rows with one bad row: HTTP %d in %,d ms; figures before %,d, after %,d%n",
            refused.statusCode(), refusedMs, before, count(url));
        t = System.nanoTime();
        HttpResponse<String> first = post(http, portal.baseUrl(), csv.toString());
        long firstMs = (System.nanoTime() - t) / 1_000_000;
        System.out.printf(
            "100,000 new rows (%,d bytes): HTTP %d in %,d ms: %s; figures now %,d%n",
            csv.length(), first.statusCode(), firstMs, first.body(), count(url));
        t = System.nanoTime();
        HttpResponse<String> again = post(http, portal.baseUrl(), csv.toString());
        long againMs = (System.nanoTime() - t) / 1_000_000;
        System.out.printf(
            "the same 100,000 rows again: HTTP %d in %,d ms: %s (heap -Xmx%s)%n",
            again.statusCode(), againMs, again.body(), heap);
      }
    } finally {
      MariaDbServer.stop();
    }
  }

  private static HttpResponse<String> post(HttpClient http, String base, String body)
      throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + "api/v1/data-values"))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString("admin:Bench@2021-admin".getBytes(StandardCharsets.UTF_8)))
            .header("Content-Type", "text/csv; charset=UTF-8")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static long count(String url) throws Exception {
    try (Connection c =
            DriverManager.getConnection(url, MariaDbServer.USER, MariaDbServer.PASSWORD);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM data_value")) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
