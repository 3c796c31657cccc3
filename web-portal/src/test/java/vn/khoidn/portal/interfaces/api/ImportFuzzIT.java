package vn.khoidn.portal.interfaces.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.khoidn.portal.testsupport.HostileInputs;
import vn.khoidn.portal.testsupport.MariaDbServer;
import vn.khoidn.portal.testsupport.PortalDeployment;

/**
 * The three importers of the API (figures, plans, organizations; CSV and JSON) fed seeded hostile
 * and careless files over HTTP, against the real portal on MariaDB. Every answer is a 2xx or a 4xx
 * with a problem body; after every refusal the figures, plans and tree are exactly as before
 * (nothing partial). Figures and plans are really written only for the fuzzers' own year 2091, and
 * organizations only checked ({@code dryRun}), so that the other tests' data stays as it is.
 *
 * <p>{@code -Dreliability.fuzz.requests=N} (default 300) and {@code -Dreliability.fuzz.seed=S}
 * replay a run; the seed and the request number are in every failure message.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ImportFuzzIT {

  private static final String VALUES_CSV =
      "org,period,indicator,sector,value\n"
          + "CBCS-XOSO,2091Q1,NEW_MEMBERS,,3\n"
          + "CBCS-XOSO,2091Q1,AWARENESS_TRAINEES,NON_STATE,12\n"
          + "CBCS-BIDV,2091Q2,NEW_MEMBERS,,1\n";
  private static final String VALUES_JSON =
      "[{\"org\":\"CBCS-XOSO\",\"period\":\"2091Q1\",\"indicator\":\"NEW_MEMBERS\",\"sector\":\"\",\"value\":\"3\"},\n"
          + "{\"org\":\"CBCS-BIDV\",\"period\":\"2091Q2\",\"indicator\":\"NEW_MEMBERS\",\"sector\":\"NON_STATE\",\"value\":1}]";
  private static final String PLANS_CSV =
      "org,period,indicator,value\n"
          + "CBCS-XOSO,2091,NEW_MEMBERS,4\n"
          + "CBCS-BIDV,2091,NEW_MEMBERS,2\n";
  private static final String ORGS_CSV =
      "code,name,kind,parent,sector,host_unit,established\n"
          + "CB-FUZZ-1,Chi bộ Thử nghiệm Một,GRASSROOTS_CELL,DUK,NON_STATE,,2024-01-01\n"
          + "CB-FUZZ-2,Chi bộ Thử nghiệm Hai,GRASSROOTS_CELL,DUK,STATE,,2024-02-01\n";
  private static final String ORGS_JSON =
      "[{\"code\":\"CB-FUZZ-3\",\"name\":\"Chi bộ Thử nghiệm Ba\",\"kind\":\"GRASSROOTS_CELL\","
          + "\"parent\":\"DUK\",\"sector\":\"NON_STATE\",\"host_unit\":\"\",\"established\":\"2024-01-01\"}]";

  /** Any four digits standing alone: a year, or the start of a period code. */
  private static final Pattern YEAR = Pattern.compile("(?<![0-9])([0-9]{4})(?![0-9])");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return PortalDeployment.asPackaged();
  }

  @ArquillianResource URL base;

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @Test
  void hostileFilesAreAnsweredWithA4xxAndChangeNothingOrAreImportedWhole() throws Exception {
    long seed = Long.getLong("reliability.fuzz.seed", 20_211L);
    int requests = Integer.getInteger("reliability.fuzz.requests", 300);
    Random random = new Random(seed);
    TreeMap<Integer, Integer> statuses = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    int written = 0;
    for (int i = 1; i <= requests; i++) {
      int kind = random.nextInt(5);
      String valid =
          switch (kind) {
            case 0 -> VALUES_CSV;
            case 1 -> VALUES_JSON;
            case 2 -> PLANS_CSV;
            case 3 -> ORGS_CSV;
            default -> ORGS_JSON;
          };
      String body = HostileInputs.mutate(random, valid);
      boolean organizations = kind >= 3;
      boolean dryRun = organizations || random.nextInt(3) > 0 || !onlyTheFuzzYear(body);
      String path =
          (kind <= 1 ? "api/v1/data-values" : kind == 2 ? "api/v1/plans" : "api/v1/organizations")
              + (dryRun ? "?dryRun=true" : "");
      String type = kind == 1 || kind == 4 ? "application/json" : "text/csv; charset=UTF-8";
      String user = organizations ? "admin" : "bantochuc";
      String password = organizations ? "Admin@IT-2021" : "Demo@2021";
      String before = state();
      HttpResponse<String> answer = post(user, password, path, type, body);
      String after = state();
      statuses.merge(answer.statusCode(), 1, Integer::sum);
      String where = "seed " + seed + ", request " + i + " (" + path + "): ";
      if (answer.statusCode() >= 500) {
        failures.add(where + answer.statusCode() + " " + answer.body());
      } else if (answer.statusCode() != 200) {
        if (!answer.headers().firstValue("Content-Type").orElse("").contains("problem+json")) {
          failures.add(where + "a refusal without a problem body: " + answer.body());
        }
        if (!after.equals(before)) {
          failures.add(where + "refused but the data changed (partial write)");
        }
      } else if (dryRun && !after.equals(before)) {
        failures.add(where + "a dry run changed the data");
      } else if (!dryRun && !after.equals(before)) {
        written++;
      }
    }
    System.out.printf(
        "ImportFuzzIT: %d files (seed %d): answers %s; %d imports changed data; %d failures%n",
        requests, seed, statuses, written, failures.size());
    assertThat(failures).as("5xx answers and partial writes").isEmpty();
    assertThat(statuses.keySet()).as("some files were refused, some taken").contains(200);
    assertThat(statuses.keySet().stream().anyMatch(s -> s >= 400 && s < 500)).isTrue();
  }

  /** Whether every year the file mentions is 2091, so that a real import stays in its year. */
  private static boolean onlyTheFuzzYear(String body) {
    Matcher m = YEAR.matcher(body);
    while (m.find()) {
      if (!m.group(1).equals("2091")) {
        return false;
      }
    }
    return true;
  }

  /** A fingerprint of every figure, plan and organization, read straight from the database. */
  private static String state() throws Exception {
    try (Connection c =
            DriverManager.getConnection(
                MariaDbServer.portalUrl(), MariaDbServer.USER, MariaDbServer.PASSWORD);
        Statement s = c.createStatement()) {
      StringBuilder state = new StringBuilder();
      for (String sql :
          List.of(
              "SELECT COUNT(*), COALESCE(SUM(CRC32(CONCAT_WS('|', organization_id, period_code,"
                  + " indicator_code, COALESCE(sector, '-'), numeric_value, version))), 0)"
                  + " FROM data_value",
              "SELECT COUNT(*), COALESCE(SUM(CRC32(CONCAT_WS('|', organization_id, period_code,"
                  + " indicator_code, target, version))), 0) FROM plan_target",
              "SELECT COUNT(*), COALESCE(SUM(CRC32(CONCAT_WS('|', id, code, name, version))), 0)"
                  + " FROM organization")) {
        try (ResultSet r = s.executeQuery(sql)) {
          r.next();
          state.append(r.getLong(1)).append(':').append(r.getLong(2)).append(' ');
        }
      }
      return state.toString();
    }
  }

  private HttpResponse<String> post(
      String user, String password, String path, String type, String body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
            .header("Content-Type", type)
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
