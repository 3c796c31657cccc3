package vn.khoidn.portal.interfaces.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.khoidn.portal.testsupport.PortalDeployment;

/**
 * The registry from a file over HTTP, on MariaDB: upsert by code all rows or none, the export read
 * back unchanged, every wrong cell named, a stale version refused, and the organizations import
 * finding its host unit by name. Units are coded REGF-, which no other test uses.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostUnitsApiIT {

  private static final String CSV = "text/csv; charset=UTF-8";
  private static final String JSON = "application/json";
  private static final String PATH = "api/v1/host-units";
  private static final String HEADER =
      "code,name,legal_form,sector,tax_code,district,employees,party_members,owner_party_member,"
          + "youth_union_members,youth_union_established\n";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return PortalDeployment.asPackaged();
  }

  @ArquillianResource URL base;

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @Test
  void staffUpsertUnitsByCodeAndTheExportImportedAgainChangesNothing() throws Exception {
    String file =
        HEADER
            + "REGF-TANPHU,Công ty TNHH Gỗ REGF Tân Phú,LIMITED_LIABILITY,NON_STATE,7770000001,"
            + "Bảo Lộc,120,4,false,15,2019-03-26\n"
            + "REGF-CHE,\"Công ty Cổ phần Chè REGF, Cầu Đất\",JOINT_STOCK,NON_STATE,,Đà Lạt,40,0,có,"
            + "0,\n";

    HttpResponse<String> dry = post("bantochuc", PATH + "?dryRun=true", CSV, file);
    assertThat(dry.statusCode()).as(dry.body()).isEqualTo(200);
    assertThat(json(dry.body()).getInt("imported")).isEqualTo(2);
    assertThat(regfRows(exportCsv())).as("a dry run writes nothing").isEmpty();

    HttpResponse<String> stored = post("bantochuc", PATH, CSV, file);
    assertThat(stored.statusCode()).as(stored.body()).isEqualTo(200);
    assertThat(json(stored.body()).getInt("imported")).isEqualTo(2);

    String export = exportCsv();
    assertThat(export.lines().findFirst().orElseThrow())
        .isEqualTo(
            "code,name,legal_form,sector,tax_code,district,employees,party_members,"
                + "probationary_party_members,owner_party_member,youth_union_members,"
                + "youth_union_established,trade_union_members,trade_union_established,version");
    List<String> regf = regfRows(export);
    assertThat(regf.stream().map(l -> l.replaceAll(",[0-9]+$", ",v")))
        .as("the version is the stored one, whatever it starts at")
        .containsExactly(
            "REGF-CHE,\"Công ty Cổ phần Chè REGF, Cầu Đất\",JOINT_STOCK,NON_STATE,,Đà Lạt,40,0,0,"
                + "true,0,,0,,v",
            "REGF-TANPHU,Công ty TNHH Gỗ REGF Tân Phú,LIMITED_LIABILITY,NON_STATE,7770000001,"
                + "Bảo Lộc,120,4,0,false,15,2019-03-26,0,,v");

    String roundTrip =
        export.lines().findFirst().orElseThrow() + "\n" + String.join("\n", regf) + "\n";
    HttpResponse<String> again = post("bantochuc", PATH, CSV, roundTrip);
    assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
    assertThat(json(again.body()).getInt("unchanged")).isEqualTo(2);
    assertThat(regfRows(exportCsv())).as("versions too").isEqualTo(regf);
  }

  @Test
  void everyWrongCellIsNamedByRowAndColumnAndNothingIsStored() throws Exception {
    String file =
        HEADER
            + "REGF-OK,Công ty REGF Đúng,LIMITED_LIABILITY,NON_STATE,,Đà Lạt,10,0,false,0,\n"
            + "REGF-BAD,Công ty REGF Sai,TNHH,NON_STATE,,Đà Lạt,mười,0,false,0,\n"
            + "REGF-OK,Công ty REGF Trùng,LIMITED_LIABILITY,NON_STATE,,Đà Lạt,10,0,false,0,\n"
            + "REGF-THUE,Công ty REGF Thuế,LIMITED_LIABILITY,NON_STATE,5800000123,Đà Lạt,10,0,"
            + "false,0,\n";

    HttpResponse<String> refused = post("bantochuc", PATH, CSV, file);

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
    assertThat(refused.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    JsonObject problem = json(refused.body());
    assertThat(problem.getString("code")).isEqualTo("INVALID_ROWS");
    assertThat(problem.getString("detail"))
        .isEqualTo("Tệp có 3 dòng không hợp lệ; không có đơn vị nào được ghi.");
    JsonArray errors = problem.getJsonArray("errors");
    assertThat(
            errors.stream()
                .map(JsonValue::asJsonObject)
                .map(
                    e -> e.getInt("line") + " " + e.getString("column") + " " + e.getString("code"))
                .toList())
        .containsExactly(
            "3 legal_form UNKNOWN_LEGAL_FORM",
            "3 employees INVALID_NUMBER",
            "4 code DUPLICATE_CODE",
            "5 tax_code TAX_CODE_IN_USE");
    assertThat(errors.getJsonObject(3).getString("message"))
        .isEqualTo("Dòng 5, cột tax_code: mã số thuế 5800000123 đã là của đơn vị HU-LADOFOODS.");
    assertThat(exportCsv()).doesNotContain("REGF-OK", "REGF-BAD", "REGF-THUE");
  }

  @Test
  void aRowCarryingAVersionSomeoneElseChangedSinceIsRefused() throws Exception {
    String unit =
        "{\"code\":\"REGF-VER\",\"name\":\"Công ty REGF Phiên Bản\","
            + "\"legal_form\":\"JOINT_STOCK\",\"sector\":\"NON_STATE\",\"tax_code\":\"\","
            + "\"district\":\"Di Linh\",\"employees\":%d,\"party_members\":1,"
            + "\"owner_party_member\":false%s}";
    assertThat(post("bantochuc", PATH, JSON, "[" + unit.formatted(10, "") + "]").statusCode())
        .isEqualTo(200);
    JsonObject exported = exportedJson("REGF-VER");
    int version = exported.getInt("version");

    HttpResponse<String> first =
        post("bantochuc", PATH, JSON, "[" + unit.formatted(11, ",\"version\":" + version) + "]");
    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    assertThat(json(first.body()).getInt("updated")).isEqualTo(1);

    HttpResponse<String> second =
        post("bantochuc", PATH, JSON, "[" + unit.formatted(12, ",\"version\":" + version) + "]");
    assertThat(second.statusCode()).as(second.body()).isEqualTo(422);
    JsonObject error = json(second.body()).getJsonArray("errors").getJsonObject(0);
    assertThat(error.getString("code")).isEqualTo("STALE_VERSION");
    assertThat(error.getString("message")).contains("đã được bantochuc sửa lúc");
    assertThat(exportedJson("REGF-VER").getInt("employees")).isEqualTo(11);
  }

  @Test
  void theStandingCommitteeReadsTheRegistryButOnlyStaffChangeItAndReportersSeeNeither()
      throws Exception {
    assertThat(get("btv", PATH, JSON).statusCode()).isEqualTo(200);
    HttpResponse<String> btv =
        post(
            "btv",
            PATH,
            CSV,
            HEADER + "REGF-BTV,Công ty REGF,JOINT_STOCK,NON_STATE,,,1,0,false,0,\n");
    assertThat(btv.statusCode()).isEqualTo(403);
    assertThat(json(btv.body()).getString("code")).isEqualTo("FORBIDDEN");
    assertThat(get("dienluc", PATH, JSON).statusCode()).isEqualTo(403);
  }

  @Test
  void theOrganizationsImportFindsItsHostUnitByNameAndRefusesAnUnknownOne() throws Exception {
    String units =
        HEADER
            + "REGF-ORG,Công ty TNHH REGF Hòa Thuận,LIMITED_LIABILITY,NON_STATE,7770000009,"
            + "Đà Lạt,20,3,false,0,\n";
    assertThat(post("bantochuc", PATH, CSV, units).statusCode()).isEqualTo(200);
    // A bloc of its own and a cell dissolved long ago: the registry's pipeline and coverage today,
    // which other tests read, do not change.
    String organizations =
        "code,name,kind,parent,sector,host_unit,established,dissolved\n"
            + "REGF-K,Đảng ủy Khối REGF,BLOC,,OTHER,,2024-01-01,\n"
            + "REGF-CB,Chi bộ REGF Hòa Thuận,GRASSROOTS_CELL,REGF-K,STATE,"
            + "  công ty tnhh  regf hòa thuận ,2024-01-01,2024-06-01\n";

    HttpResponse<String> placed =
        postAs("admin", "Admin@IT-2021", "api/v1/organizations", CSV, organizations);
    assertThat(placed.statusCode()).as(placed.body()).isEqualTo(200);
    assertThat(json(placed.body()).getInt("imported")).isEqualTo(2);

    HttpResponse<String> unknown =
        postAs(
            "admin",
            "Admin@IT-2021",
            "api/v1/organizations",
            CSV,
            organizations.replace("hòa thuận", "hoà thuận mới"));
    assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(422);
    JsonObject error = json(unknown.body()).getJsonArray("errors").getJsonObject(0);
    assertThat(error.getString("column")).isEqualTo("host_unit");
    assertThat(error.getString("code")).isEqualTo("UNKNOWN_HOST_UNIT");
    assertThat(error.getString("message"))
        .contains("không tạo đơn vị mới", "Công ty TNHH REGF Hòa Thuận (REGF-ORG)");
  }

  private String exportCsv() throws Exception {
    HttpResponse<String> export = get("bantochuc", PATH, "text/csv");
    assertThat(export.statusCode()).as(export.body()).isEqualTo(200);
    return export.body();
  }

  private JsonObject exportedJson(String code) throws Exception {
    HttpResponse<String> export = get("bantochuc", PATH, JSON);
    assertThat(export.statusCode()).isEqualTo(200);
    try (JsonReader reader = Json.createReader(new StringReader(export.body()))) {
      return reader.readArray().stream()
          .map(JsonValue::asJsonObject)
          .filter(u -> u.getString("code").equals(code))
          .findFirst()
          .orElseThrow();
    }
  }

  private static List<String> regfRows(String csv) {
    return csv.lines()
        .filter(l -> l.startsWith("REGF-TANPHU,") || l.startsWith("REGF-CHE,"))
        .sorted()
        .collect(Collectors.toList());
  }

  private HttpResponse<String> get(String user, String path, String accept) throws Exception {
    return send(
        auth(user, "Demo@2021", HttpRequest.newBuilder(uri(path))).header("Accept", accept).GET());
  }

  private HttpResponse<String> post(String user, String path, String type, String body)
      throws Exception {
    return postAs(user, "Demo@2021", path, type, body);
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
