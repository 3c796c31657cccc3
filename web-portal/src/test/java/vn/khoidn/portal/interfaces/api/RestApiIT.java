package vn.khoidn.portal.interfaces.api;

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
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.khoidn.portal.testsupport.PortalDeployment;

/** The REST API over HTTP against the deployed portal: every endpoint, every refusal, the scope. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RestApiIT {

  private static final String CSV = "text/csv; charset=UTF-8";
  private static final String JSON = "application/json";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return PortalDeployment.asPackaged();
  }

  @ArquillianResource URL base;

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @Test
  void withoutValidCredentialsTheApiAnswers401WithAProblemBody() throws Exception {
    HttpResponse<String> none = send(HttpRequest.newBuilder(uri("api/v1/organizations")).GET());
    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(none.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(none.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Basic");
    assertThat(json(none.body()).getString("code")).isEqualTo("UNAUTHORIZED");

    HttpResponse<String> wrong = get("btv", "wrong-password", "api/v1/organizations", JSON);
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(json(wrong.body()).getString("detail")).contains("mật khẩu");
  }

  @Test
  void theTreeAndTheRollUpAreThePortals() throws Exception {
    HttpResponse<String> tree = get("btv", "Demo@2021", "api/v1/organizations", JSON);
    assertThat(tree.statusCode()).isEqualTo(200);
    JsonObject root = json(tree.body());
    assertThat(root.getString("code")).isEqualTo("DUK");
    assertThat(root.getJsonArray("children").toString())
        .contains("DBCS-DIENLUC", "CB-DIENLUC-DALAT");

    HttpResponse<String> rollup =
        get("btv", "Demo@2021", "api/v1/rollup?org=DUK&period=2021", JSON);
    assertThat(rollup.statusCode()).isEqualTo(200);
    JsonObject members =
        json(rollup.body())
            .getJsonArray("nodes")
            .getJsonObject(0)
            .getJsonArray("indicators")
            .getJsonObject(0);
    assertThat(members.getString("code")).isEqualTo("NEW_MEMBERS");
    assertThat(members.getInt("total")).isEqualTo(95);
    assertThat(members.getInt("plan")).isEqualTo(80);
    assertThat(members.getString("percentOfPlan")).isEqualTo("118,75%");
    assertThat(members.getJsonObject("bySector").getInt("NON_STATE")).isEqualTo(11);

    assertThat(get("btv", "Demo@2021", "api/v1/rollup?org=NO-SUCH&period=2021", JSON).statusCode())
        .isEqualTo(404);
    HttpResponse<String> other =
        get("dienluc", "Demo@2021", "api/v1/rollup?org=DUK&period=2021", JSON);
    assertThat(other.statusCode()).isEqualTo(403);
    assertThat(json(other.body()).getString("code")).isEqualTo("FORBIDDEN");
    assertThat(get("btv", "Demo@2021", "api/v1/rollup?org=DUK&period=2021Q5", JSON).statusCode())
        .isEqualTo(400);
  }

  @Test
  void staffImportHistoryAsOneTransactionAndExportItBack() throws Exception {
    String file =
        "org,period,indicator,sector,value\n"
            + "CBCS-XOSO,2080Q1,NEW_MEMBERS,,3\n"
            + "CBCS-XOSO,2080Q1,AWARENESS_TRAINEES,,12\n"
            + "CBCS-XOSO,2080Q1,AWARENESS_TRAINEES,NON_STATE,5\n"
            + "\"CBCS-THANHTHANHCONG\",2080Q1,NEW_MEMBERS,,2\n";
    assertThat(blocMembers("2080")).as("nothing yet").isZero();

    HttpResponse<String> first = post("bantochuc", "api/v1/data-values", CSV, file);
    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    assertThat(json(first.body()).getInt("imported")).isEqualTo(4);
    assertThat(blocMembers("2080")).as("a roll-up right after the import has it").isEqualTo(5);
    HttpResponse<String> again = post("bantochuc", "api/v1/data-values", CSV, file);
    assertThat(json(again.body()).getInt("unchanged")).isEqualTo(4);
    HttpResponse<String> changed =
        post(
            "bantochuc",
            "api/v1/data-values",
            JSON,
            "[{\"org\":\"CBCS-XOSO\",\"period\":\"2080Q1\",\"indicator\":\"NEW_MEMBERS\",\"sector\":\"\",\"value\":4}]");
    assertThat(json(changed.body()).getInt("updated")).isEqualTo(1);

    HttpResponse<String> csv =
        get("bantochuc", "Demo@2021", "api/v1/data-values?org=CBCS-XOSO&period=2080", "text/csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.body().replace("\r\n", "\n"))
        .isEqualTo(
            "org,period,indicator,sector,value\n"
                + "CBCS-XOSO,2080Q1,AWARENESS_TRAINEES,,12\n"
                + "CBCS-XOSO,2080Q1,AWARENESS_TRAINEES,NON_STATE,5\n"
                + "CBCS-XOSO,2080Q1,NEW_MEMBERS,,4\n");
    assertThat(blocMembers("2080")).as("imported history is accepted").isEqualTo(6);
  }

  @Test
  void aBackLoadNeverAddsToAFormsFigureNorAYearToItsQuarters() throws Exception {
    int quarter = blocMembers("2021Q1");
    int year = blocMembers("2021");

    // The same figure the accepted 2021Q1 form of CBCS-XOSO already holds.
    HttpResponse<String> owned =
        post(
            "bantochuc",
            "api/v1/data-values",
            CSV,
            "org,period,indicator,sector,value\nCBCS-XOSO,2021Q1,NEW_MEMBERS,,5\n");
    assertThat(owned.statusCode()).as(owned.body()).isEqualTo(409);
    JsonObject refusal = json(owned.body());
    assertThat(refusal.getString("code")).isEqualTo("REFUSED_ROWS");
    JsonObject row = refusal.getJsonArray("errors").getJsonObject(0);
    assertThat(row.getInt("line")).isEqualTo(2);
    assertThat(row.getString("code")).isEqualTo("OWNED_BY_FORM");
    assertThat(row.getString("message")).contains("biểu mẫu kỳ 2021Q1 của CBCS-XOSO", "Đã duyệt");
    assertThat(blocMembers("2021Q1")).as("the quarter is counted once").isEqualTo(quarter);

    // A year's figure for an organization that reported quarterly.
    HttpResponse<String> yearly =
        post(
            "bantochuc",
            "api/v1/data-values",
            CSV,
            "org,period,indicator,sector,value\nCBCS-XOSO,2021,NEW_MEMBERS,,7\n");
    assertThat(yearly.statusCode()).as(yearly.body()).isEqualTo(409);
    JsonObject mixed = json(yearly.body()).getJsonArray("errors").getJsonObject(0);
    assertThat(mixed.getString("code")).isEqualTo("MIXED_GRANULARITY");
    assertThat(mixed.getString("message")).contains("2021Q1 (5)", "2021Q3 (3)", "2021Q4 (2)");
    assertThat(blocMembers("2021")).as("the year is not added to its quarters").isEqualTo(year);

    HttpResponse<String> listed =
        get("bantochuc", "Demo@2021", "api/v1/data-values?org=CBCS-XOSO&period=2021", "text/csv");
    List<String> lines = listed.body().replace("\r\n", "\n").lines().toList();
    assertThat(lines).doesNotHaveDuplicates().contains("CBCS-XOSO,2021Q1,NEW_MEMBERS,,5");
    assertThat(lines).noneMatch(l -> l.startsWith("CBCS-XOSO,2021,"));
  }

  @Test
  void aCountIsReadExactlyOrRefusedAtOnceNeverGuessedOrExpanded() throws Exception {
    String file =
        "org,period,indicator,sector,value\n"
            + "CBCS-XOSO,2075Q1,NEW_MEMBERS,,1.000\n"
            + "CBCS-XOSO,2075Q2,NEW_MEMBERS,,1e3\n"
            + "CBCS-XOSO,2075Q3,NEW_MEMBERS,,1E10000000\n"
            + "CBCS-XOSO,2075Q4,NEW_MEMBERS,,５\n"
            + "CBCS-THANHTHANHCONG,2075Q1,NEW_MEMBERS,,1000000000000000\n";
    HttpResponse<String> refused = post("bantochuc", "api/v1/data-values", CSV, file);

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
    assertThat(json(refused.body()).getJsonArray("errors").toString())
        .contains(
            "\"line\":2,\"code\":\"FRACTIONAL_VALUE\"",
            "\"line\":3,\"code\":\"INVALID_NUMBER\"",
            "\"line\":4,\"code\":\"INVALID_NUMBER\"",
            "\"line\":5,\"code\":\"INVALID_NUMBER\"",
            "\"line\":6,\"code\":\"TOO_LARGE\"");
  }

  @Test
  void aPlanRowIsRefusedNeverStoredAndIgnored() throws Exception {
    HttpResponse<String> plan =
        post(
            "bantochuc",
            "api/v1/data-values",
            CSV,
            "org,period,indicator,sector,value\nCBCS-XOSO,2078,NEW_MEMBERS_PLAN,,6\n");
    assertThat(plan.statusCode()).as(plan.body()).isEqualTo(422);
    JsonObject row = json(plan.body()).getJsonArray("errors").getJsonObject(0);
    assertThat(row.getString("code")).isEqualTo("PLAN_INDICATOR");
    assertThat(row.getString("message")).contains("chỉ tiêu kế hoạch", "/api/v1/plans");
    HttpResponse<String> listed =
        get("bantochuc", "Demo@2021", "api/v1/data-values?org=CBCS-XOSO&period=2078", "text/csv");
    assertThat(listed.body().replace("\r\n", "\n").lines().skip(1)).isEmpty();
  }

  @Test
  void staffSetPlansAndTheRollUpDividesByTheBlocsOwnTargetOrElseItsChildrens() throws Exception {
    String file =
        "org,period,indicator,value\n"
            + "CBCS-XOSO,2077,NEW_MEMBERS,6\n"
            + "CBCS-THANHTHANHCONG,2077,NEW_MEMBERS,4\n";
    HttpResponse<String> set = post("bantochuc", "api/v1/plans", CSV, file);
    assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
    assertThat(json(set.body()).getInt("imported")).isEqualTo(2);
    assertThat(blocPlan("2077")).isEqualTo(10);

    HttpResponse<String> again =
        post("bantochuc", "api/v1/plans", CSV, file.replace("NEW_MEMBERS,6", "NEW_MEMBERS,7"));
    assertThat(json(again.body()).getInt("updated")).isEqualTo(1);
    assertThat(json(again.body()).getInt("unchanged")).isEqualTo(1);
    assertThat(blocPlan("2077")).isEqualTo(11);

    for (String[] refused :
        new String[][] {
          {"CBCS-XOSO,2077Q1,NEW_MEMBERS,2", "MIXED_GRANULARITY"},
          {"CBCS-XOSO,2076,NEW_MEMBERS,-1", "NEGATIVE_VALUE"},
          {"CBCS-XOSO,2076,NEW_MEMBERS_PLAN,3", "NOT_PLANNABLE"}
        }) {
      HttpResponse<String> r =
          post("bantochuc", "api/v1/plans", CSV, "org,period,indicator,value\n" + refused[0]);
      assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
      assertThat(json(r.body()).getJsonArray("errors").getJsonObject(0).getString("code"))
          .isEqualTo(refused[1]);
    }
    assertThat(blocPlan("2077")).as("a refused file changes nothing").isEqualTo(11);
    assertThat(post("dienluc", "api/v1/plans", CSV, file).statusCode()).isEqualTo(403);

    HttpResponse<String> bloc =
        post(
            "bantochuc",
            "api/v1/plans",
            CSV,
            "org,period,indicator,value\nDUK,2077,NEW_MEMBERS,80");
    assertThat(bloc.statusCode()).as(bloc.body()).isEqualTo(200);
    assertThat(blocPlan("2077")).as("the bloc's own target, not its children's 11").isEqualTo(80);

    HttpResponse<String> listed =
        get("bantochuc", "Demo@2021", "api/v1/plans?org=DUK&period=2077", "text/csv");
    assertThat(listed.body().replace("\r\n", "\n"))
        .isEqualTo(
            "org,period,indicator,value\n"
                + "CBCS-THANHTHANHCONG,2077,NEW_MEMBERS,4\n"
                + "CBCS-XOSO,2077,NEW_MEMBERS,7\n"
                + "DUK,2077,NEW_MEMBERS,80\n");
  }

  /** The bloc's admission plan in a period, from the roll-up endpoint. */
  private int blocPlan(String period) throws Exception {
    HttpResponse<String> rollup =
        get("btv", "Demo@2021", "api/v1/rollup?org=DUK&period=" + period, JSON);
    assertThat(rollup.statusCode()).as(rollup.body()).isEqualTo(200);
    return json(rollup.body())
        .getJsonArray("nodes")
        .getJsonObject(0)
        .getJsonArray("indicators")
        .getJsonObject(0)
        .getInt("plan");
  }

  @Test
  void twentyIdenticalBackLoadsAtOnceStoreEachFigureOnceWithoutAServerError() throws Exception {
    StringBuilder file = new StringBuilder("org,period,indicator,sector,value\n");
    int rows = 0;
    for (String org :
        List.of("CBCS-XOSO", "CBCS-THANHTHANHCONG", "DBCS-DIENLUC", "DBCS-LADOFOODS")) {
      for (int q = 1; q <= 4; q++) {
        file.append(org).append(",2079Q").append(q).append(",NEW_MEMBERS,,").append(q).append('\n');
        file.append(org).append(",2079Q").append(q).append(",AWARENESS_TRAINEES,,").append(10 + q);
        file.append('\n');
        file.append(org).append(",2079Q").append(q).append(",AWARENESS_TRAINEES,NON_STATE,2\n");
        rows += 3;
      }
    }
    List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      sent.add(
          http.sendAsync(
              auth("bantochuc", "Demo@2021", HttpRequest.newBuilder(uri("api/v1/data-values")))
                  .header("Content-Type", CSV)
                  .header("Accept", JSON)
                  .POST(
                      HttpRequest.BodyPublishers.ofString(file.toString(), StandardCharsets.UTF_8))
                  .build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
    }
    int imported = 0;
    int answered = 0;
    for (CompletableFuture<HttpResponse<String>> f : sent) {
      HttpResponse<String> r = f.get(5, TimeUnit.MINUTES);
      assertThat(r.statusCode()).as(r.body()).isIn(200, 409);
      if (r.statusCode() == 200) {
        JsonObject summary = json(r.body());
        imported += summary.getInt("imported");
        assertThat(summary.getInt("imported") + summary.getInt("unchanged")).isEqualTo(rows);
        assertThat(summary.getJsonArray("results")).hasSize(rows);
        answered++;
      }
    }
    assertThat(answered).as("most senders are answered 200").isPositive();
    assertThat(imported).as("each figure is imported by one sender only").isEqualTo(rows);
    HttpResponse<String> listed =
        get("bantochuc", "Demo@2021", "api/v1/data-values?org=DUK&period=2079", "text/csv");
    List<String> lines = listed.body().replace("\r\n", "\n").lines().skip(1).toList();
    assertThat(lines).hasSize(rows).doesNotHaveDuplicates();
    assertThat(blocMembers("2079")).isEqualTo(4 * (1 + 2 + 3 + 4));
  }

  /** The bloc's new party members in a period, from the roll-up endpoint. */
  private int blocMembers(String period) throws Exception {
    HttpResponse<String> rollup =
        get("btv", "Demo@2021", "api/v1/rollup?org=DUK&period=" + period, JSON);
    assertThat(rollup.statusCode()).as(rollup.body()).isEqualTo(200);
    return json(rollup.body())
        .getJsonArray("nodes")
        .getJsonObject(0)
        .getJsonArray("indicators")
        .getJsonObject(0)
        .getInt("total");
  }

  @Test
  void aDryRunWritesNothing() throws Exception {
    HttpResponse<String> dry =
        post(
            "bantochuc",
            "api/v1/data-values?dryRun=true",
            CSV,
            "org,period,indicator,sector,value\nCBCS-BIDV,2081Q1,NEW_MEMBERS,,7\n");
    assertThat(dry.statusCode()).isEqualTo(200);
    assertThat(json(dry.body()).getBoolean("dryRun")).isTrue();
    assertThat(json(dry.body()).getInt("imported")).isEqualTo(1);
    assertThat(
            get("bantochuc", "Demo@2021", "api/v1/data-values?org=CBCS-BIDV&period=2081", JSON)
                .body())
        .isEqualTo("[]");
  }

  @Test
  void aFileWithBadRowsIsRefusedWithEachLineAndWritesNothing() throws Exception {
    String file =
        "org,period,indicator,sector,value\n"
            + "CBCS-VIETCOMBANK,2082Q1,NEW_MEMBERS,,2\n"
            + "CBCS-VIETCOMBANK,2082Q1,AWARENESS_CLASSES,,-1\n"
            + "CBCS-VIETCOMBANK,2082Q1,AWARENESS_TRAINEES,,2.5\n"
            + "KHONG-CO,2082Q1,NEW_MEMBERS,,1\n"
            + "CBCS-VIETCOMBANK,2082Q1,KHONG_CO,,1\n"
            + "CBCS-VIETCOMBANK,2082Q1,NEW_MEMBERS,,2\n"
            + "CBCS-BIDV,2082Q1,NEW_MEMBERS,,3\n"
            + "CBCS-BIDV,2082Q1,NEW_MEMBERS,STATE,2\n"
            + "CBCS-BIDV,2082Q1,NEW_MEMBERS,CREDIT,2\n"
            + "CBCS-MINHTIEN,2020Q1,NEW_MEMBERS,,1\n"
            + "CBCS-BIDV,2082Q7,NEW_MEMBERS,,1\n";

    HttpResponse<String> refused = post("bantochuc", "api/v1/data-values", CSV, file);

    assertThat(refused.statusCode()).isEqualTo(422);
    JsonObject problem = json(refused.body());
    assertThat(problem.getString("code")).isEqualTo("INVALID_ROWS");
    assertThat(problem.getJsonArray("errors").toString())
        .contains(
            "\"line\":3,\"code\":\"NEGATIVE_VALUE\"",
            "\"line\":4,\"code\":\"FRACTIONAL_VALUE\"",
            "\"line\":5,\"code\":\"UNKNOWN_ORGANIZATION\"",
            "\"line\":6,\"code\":\"UNKNOWN_INDICATOR\"",
            "\"line\":7,\"code\":\"DUPLICATE_ROW\"",
            "\"line\":8,\"code\":\"BREAKDOWN_ABOVE_TOTAL\"",
            "\"line\":11,\"code\":\"ORGANIZATION_NOT_IN_PERIOD\"",
            "\"line\":12,\"code\":\"INVALID_PERIOD\"");
    assertThat(
            get(
                    "bantochuc",
                    "Demo@2021",
                    "api/v1/data-values?org=CBCS-VIETCOMBANK&period=2082",
                    JSON)
                .body())
        .as("the good first row was not written either")
        .isEqualTo("[]");
  }

  @Test
  void filesTheApiCannotReadAreRefusedCleanly() throws Exception {
    byte[] windows1258 =
        "org,period,indicator,sector,value\nĐà Lạt,2083Q1,NEW_MEMBERS,,1\n"
            .getBytes(Charset.forName("windows-1258"));
    HttpResponse<String> encoding =
        send(
            auth("bantochuc", "Demo@2021", HttpRequest.newBuilder(uri("api/v1/data-values")))
                .header("Content-Type", CSV)
                .POST(HttpRequest.BodyPublishers.ofByteArray(windows1258)));
    assertThat(encoding.statusCode()).isEqualTo(400);
    assertThat(json(encoding.body()).getString("code")).isEqualTo("NOT_UTF8");
    assertThat(json(encoding.body()).getString("detail")).contains("CSV UTF-8");

    HttpResponse<String> malformed =
        post("bantochuc", "api/v1/data-values", CSV, "org,period,value\nCBCS-XOSO,2083Q1,1\n");
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(json(malformed.body()).getString("code")).isEqualTo("MALFORMED_CSV");

    HttpResponse<String> json = post("bantochuc", "api/v1/data-values", JSON, "{\"org\":");
    assertThat(json.statusCode()).isEqualTo(400);

    HttpResponse<String> plain = post("bantochuc", "api/v1/data-values", "text/plain", "x");
    assertThat(plain.statusCode()).isEqualTo(415);
    assertThat(plain.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");

    String big =
        "org,period,indicator,sector,value\n"
            + "CBCS-XOSO,2083Q1,NEW_MEMBERS,,1\n".repeat(11 * 1024 * 1024 / 31);
    // A client that says "Expect: 100-continue" hears 413 before it sends the body.
    HttpResponse<String> tooLarge =
        send(
            auth("bantochuc", "Demo@2021", HttpRequest.newBuilder(uri("api/v1/data-values")))
                .expectContinue(true)
                .header("Content-Type", CSV)
                .POST(HttpRequest.BodyPublishers.ofString(big, StandardCharsets.UTF_8)));
    assertThat(tooLarge.statusCode()).isEqualTo(413);
    assertThat(json(tooLarge.body()).getString("code")).isEqualTo("PAYLOAD_TOO_LARGE");
  }

  @Test
  void aReporterReadsAndWritesOnlyTheirOwnOrganization() throws Exception {
    HttpResponse<String> write =
        post(
            "dienluc",
            "api/v1/data-values",
            CSV,
            "org,period,indicator,sector,value\nCBCS-XOSO,2084Q1,NEW_MEMBERS,,1\n");
    assertThat(write.statusCode()).isEqualTo(403);
    assertThat(get("dienluc", "Demo@2021", "api/v1/data-values?org=DUK", JSON).statusCode())
        .isEqualTo(403);
    assertThat(
            get("dienluc", "Demo@2021", "api/v1/data-values?org=DBCS-DIENLUC&period=2021", JSON)
                .statusCode())
        .isEqualTo(200);

    HttpResponse<String> accepted =
        post(
            "dienluc",
            "api/v1/data-values",
            CSV,
            "org,period,indicator,sector,value\nDBCS-DIENLUC,2021Q4,NEW_MEMBERS,,1\n");
    assertThat(accepted.statusCode()).as("the 2021Q4 form is accepted").isEqualTo(409);
    assertThat(json(accepted.body()).getString("code")).isEqualTo("WORKFLOW");

    LocalDate today = LocalDate.now();
    String quarter = today.getYear() + "Q" + ((today.getMonthValue() + 2) / 3);
    String draft =
        "org,period,indicator,sector,value\nDBCS-DIENLUC," + quarter + ",NEW_MEMBERS,,2\n";
    HttpResponse<String> own = post("dienluc", "api/v1/data-values", CSV, draft);
    assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
    HttpResponse<String> same = post("dienluc", "api/v1/data-values", CSV, draft);
    assertThat(json(same.body()).getInt("unchanged")).as("the draft form holds it").isEqualTo(1);
  }

  @Test
  void administratorsUpsertOrganizationsByCodeAllRowsOrNone() throws Exception {
    String file =
        "code,name,kind,parent,sector,host_unit,established\n"
            + "IT-API-K,Đảng ủy Khối thử nghiệm API,BLOC,,OTHER,,2019-05-01\n"
            + "IT-API-DB,\"Đảng bộ Công ty A, B và C\",GRASSROOTS_COMMITTEE,IT-API-K,NON_STATE,,2019-05-01\n"
            + "IT-API-CB,Chi bộ Phân xưởng 1,SUBORDINATE_CELL,IT-API-DB,NON_STATE,,2019-06-01\n";
    HttpResponse<String> staff =
        postAs("bantochuc", "Demo@2021", "api/v1/organizations", CSV, file);
    assertThat(staff.statusCode()).isEqualTo(403);

    HttpResponse<String> created =
        postAs("admin", "Admin@IT-2021", "api/v1/organizations", CSV, file);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
    assertThat(json(created.body()).getInt("imported")).isEqualTo(3);
    HttpResponse<String> again =
        postAs("admin", "Admin@IT-2021", "api/v1/organizations", CSV, file);
    assertThat(json(again.body()).getInt("unchanged")).isEqualTo(3);
    HttpResponse<String> renamed =
        postAs(
            "admin",
            "Admin@IT-2021",
            "api/v1/organizations",
            JSON,
            "[{\"code\":\"IT-API-CB\",\"name\":\"Chi bộ Phân xưởng Một\",\"kind\":\"SUBORDINATE_CELL\","
                + "\"parent\":\"IT-API-DB\",\"sector\":\"NON_STATE\",\"host_unit\":\"\",\"established\":\"2019-06-01\"}]");
    assertThat(json(renamed.body()).getInt("updated")).isEqualTo(1);

    String bad =
        "code,name,kind,parent,sector,host_unit,established\n"
            + "IT-API-NEW,Chi bộ mới,GRASSROOTS_CELL,IT-API-K,NON_STATE,,2020-01-01\n"
            + "IT-API-X1,Chi bộ X,PARTY_CELL,IT-API-K,NON_STATE,,2020-01-01\n"
            + "IT-API-X2,Chi bộ X,GRASSROOTS_CELL,KHONG-CO,NON_STATE,,2020-01-01\n"
            + "IT-API-X3,Chi bộ X,SUBORDINATE_CELL,IT-API-K,NON_STATE,,2020-01-01\n"
            + "IT-API-X4,Chi bộ X,GRASSROOTS_CELL,IT-API-K,NON_STATE,,01/01/2020\n"
            + "IT-API-X5,Chi bộ X,GRASSROOTS_CELL,IT-API-K,NON_STATE,KHONG-CO,2020-01-01\n"
            + "IT-API-X6,Chi bộ X,GRASSROOTS_CELL,IT-API-K,NON_STATE,,+999999999-12-31\n"
            + "IT-API-X7,Chi bộ X,GRASSROOTS_CELL,IT-API-K,NON_STATE,,0000-01-01\n";
    HttpResponse<String> refused =
        postAs("admin", "Admin@IT-2021", "api/v1/organizations", CSV, bad);
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(json(refused.body()).getJsonArray("errors").toString())
        .contains(
            "\"line\":3,\"code\":\"UNKNOWN_KIND\"",
            "\"line\":4,\"code\":\"UNKNOWN_PARENT\"",
            "\"line\":5,\"code\":\"KIND_NOT_UNDER_PARENT\"",
            "\"line\":6,\"code\":\"INVALID_DATE\"",
            "\"line\":7,\"code\":\"UNKNOWN_HOST_UNIT\"",
            "\"line\":8,\"code\":\"INVALID_DATE\"",
            "\"line\":9,\"code\":\"INVALID_DATE\"");
    HttpResponse<String> retry =
        postAs(
            "admin",
            "Admin@IT-2021",
            "api/v1/organizations?dryRun=true",
            CSV,
            "code,name,kind,parent,sector,host_unit,established\n"
                + "IT-API-NEW,Chi bộ mới,GRASSROOTS_CELL,IT-API-K,NON_STATE,,2020-01-01\n");
    assertThat(json(retry.body()).getInt("imported"))
        .as("the good row of the refused file was not created")
        .isEqualTo(1);
  }

  @Test
  void theReportAndTheOpenApiDocument() throws Exception {
    String period = URLEncoder.encode("04-NQ/ĐUK+1Y", StandardCharsets.UTF_8);
    HttpResponse<byte[]> pdf =
        http.send(
            auth(
                    "btv",
                    "Demo@2021",
                    HttpRequest.newBuilder(
                        uri("api/v1/reports/review?org=DUK&period=" + period + "&format=pdf")))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
    assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    assertThat(
            get(
                    "btv",
                    "Demo@2021",
                    "api/v1/reports/review?org=DUK&period=" + period + "&format=odt",
                    JSON)
                .statusCode())
        .isEqualTo(400);

    // MicroProfile OpenAPI is served at the server's root, whatever the application's context.
    HttpResponse<String> openapi =
        send(HttpRequest.newBuilder(URI.create(base.toString()).resolve("/openapi")).GET());
    assertThat(openapi.statusCode()).isEqualTo(200);
    assertThat(openapi.body()).contains("/api/v1/data-values", "/api/v1/rollup", "basic");
  }

  private HttpResponse<String> get(String user, String password, String path, String accept)
      throws Exception {
    return send(
        auth(user, password, HttpRequest.newBuilder(uri(path))).header("Accept", accept).GET());
  }

  private HttpResponse<String> post(String user, String path, String type, String body)
      throws Exception {
    return send(
        auth(user, "Demo@2021", HttpRequest.newBuilder(uri(path)))
            .header("Content-Type", type)
            .header("Accept", JSON)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
  }

  private HttpResponse<String> postAs(
      String user, String password, String path, String type, String body) throws Exception {
    return send(
        auth(user, password, HttpRequest.newBuilder(uri(path)))
            .header("Content-Type", type)
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
