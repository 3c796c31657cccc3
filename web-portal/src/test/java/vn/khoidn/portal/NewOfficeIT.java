package vn.khoidn.portal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.khoidn.domain.format.VietnameseFormat;
import vn.khoidn.domain.rollup.Ratio;
import vn.khoidn.portal.testsupport.Browser;
import vn.khoidn.portal.testsupport.LoginPage;
import vn.khoidn.portal.testsupport.MariaDbServer;
import vn.khoidn.portal.testsupport.PortalProcess;

/**
 * A new office starts from an empty portal (no demo data, its own bloc): the administrator adds a
 * staff user in the browser; three files (host units, organizations, plans) and the year's figures
 * go in through the API; the draft report of the bloc for the year, marked "DỰ THẢO", says the
 * percent of plan the files give, names the organizations and units as the files wrote them, and
 * brackets the legal form of private enterprises only. A plans file with bad rows is refused whole.
 */
class NewOfficeIT {

  private static final String ADMIN_PASSWORD = "Gia-Lai@Admin-2025";
  private static final String BLOC = "DUKGL";
  private static final String BLOC_NAME = "Đảng ủy Khối Doanh nghiệp tỉnh Gia Lai";
  private static final String STAFF = "bantochuc.gialai";
  private static final String STAFF_PASSWORD = "Ban-To-Chuc@2025";
  private static final String YEAR = "2025";
  private static final String CSV = "text/csv; charset=UTF-8";

  private static final String TANPHU_UNIT = "Công ty TNHH Gỗ Tân Phú";
  private static final String CAPHE_UNIT = "Công ty Cổ phần Cà phê Ia Grai";
  private static final String CAOSU_UNIT = "Công ty Cao su Chư Păh";
  private static final String HOALAN_UNIT = "Công ty TNHH Hoa Lan Kon Tum";

  private static final String UNITS =
      "code,name,legal_form,sector,tax_code,district,employees,party_members,owner_party_member,"
          + "youth_union_members,youth_union_established\n"
          + "GL-TANPHU,"
          + TANPHU_UNIT
          + ",LIMITED_LIABILITY,NON_STATE,,Pleiku,120,5,false,0,\n"
          + "GL-CAPHE,"
          + CAPHE_UNIT
          + ",JOINT_STOCK,NON_STATE,,Ia Grai,340,14,false,0,\n"
          + "GL-CAOSU,"
          + CAOSU_UNIT
          + ",STATE_OWNED,STATE,,Chư Păh,900,40,false,0,\n"
          + "GL-HOALAN,"
          + HOALAN_UNIT
          + ",LIMITED_LIABILITY,NON_STATE,,Pleiku,45,0,false,12,2025-06-10\n";

  private static final String TANPHU = "Chi bộ Công ty TNHH Gỗ Tân Phú";
  private static final String CAPHE = "Đảng bộ Công ty Cổ phần Cà phê Ia Grai";
  private static final String CAOSU = "Chi bộ Công ty Cao su Chư Păh";
  private static final String HTX = "Chi bộ Hợp tác xã Nông nghiệp Đak Đoa";
  private static final String DIENLUC = "Đảng bộ Công ty Điện lực Gia Lai";

  // host_unit as people type it: lower case, other spacing, upper case; one organization has none.
  private static final String ORGANIZATIONS =
      "code,name,kind,parent,sector,host_unit,established\n"
          + "GL-DBCS-DIENLUC,"
          + DIENLUC
          + ",GRASSROOTS_COMMITTEE,DUKGL,STATE,,2012-05-01\n"
          + "GL-CB-TANPHU,"
          + TANPHU
          + ",GRASSROOTS_CELL,DUKGL,NON_STATE,công ty tnhh gỗ tân phú,2025-02-14\n"
          + "GL-DBCS-CAPHE,"
          + CAPHE
          + ",GRASSROOTS_COMMITTEE,DUKGL,NON_STATE,CÔNG TY  CỔ PHẦN CÀ PHÊ IA GRAI,2025-04-03\n"
          + "GL-CB-CAOSU,"
          + CAOSU
          + ",GRASSROOTS_CELL,DUKGL,STATE, công ty cao su chư păh ,2025-07-21\n"
          + "GL-CB-HTX,"
          + HTX
          + ",GRASSROOTS_CELL,DUKGL,OTHER,,2025-09-09\n";

  /** Targets for the year (NEW_MEMBERS), by organization. */
  private static final Map<String, Integer> TARGETS = new LinkedHashMap<>();

  /** New members admitted in the year, by organization. */
  private static final Map<String, Integer> ADMITTED = new LinkedHashMap<>();

  static {
    TARGETS.put("GL-DBCS-DIENLUC", 9);
    TARGETS.put("GL-CB-TANPHU", 4);
    TARGETS.put("GL-DBCS-CAPHE", 6);
    TARGETS.put("GL-CB-CAOSU", 3);
    TARGETS.put("GL-CB-HTX", 2);
    ADMITTED.put("GL-DBCS-DIENLUC", 10);
    ADMITTED.put("GL-CB-TANPHU", 3);
    ADMITTED.put("GL-DBCS-CAPHE", 7);
    ADMITTED.put("GL-CB-CAOSU", 2);
    ADMITTED.put("GL-CB-HTX", 1);
  }

  private static final int CLASSES = 2;
  private static final int TRAINEES_STATE = 31;
  private static final int TRAINEES_NON_STATE = 17;

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private String base;

  @Test
  void aNewOfficeStartsEmptyImportsThreeFilesAndItsFiguresAndDownloadsTheDraftReport(
      @TempDir Path folder) throws Exception {
    String url = MariaDbServer.createScratchDatabase("newoffice");
    Map<String, String> settings =
        MariaDbServer.portalSettings(
            url,
            "PORTAL_ADMIN_PASSWORD",
            ADMIN_PASSWORD,
            "PORTAL_DEMO_DATA",
            "false",
            "PORTAL_ROOT_CODE",
            BLOC,
            "PORTAL_ROOT_NAME",
            BLOC_NAME);
    Path downloads = Files.createDirectories(folder.resolve("downloads"));
    try (PortalProcess portal =
        PortalProcess.startIn(folder.resolve("portal"), "portal.log", settings, "768m")) {
      base = portal.baseUrl();

      // Empty: the office's own bloc alone, no demo organization.
      HttpResponse<String> tree =
          get("admin", ADMIN_PASSWORD, "api/v1/organizations", "application/json");
      assertThat(tree.statusCode()).as(tree.body()).isEqualTo(200);
      assertThat(tree.body()).contains(BLOC_NAME).doesNotContain("DUK\"", "Lâm Đồng");

      WebDriver browser = Browser.start(downloads);
      try {
        addStaffUser(browser);

        importFiles();

        String admitted = admittedSentence();
        String docx = docxText(api("docx"));
        String pdf = pdfText(api("pdf"));
        for (String text : List.of(docx, pdf)) {
          assertReport(text, admitted);
        }

        refusedPlansChangeNothing(admitted);

        staffOpenTheDraftInTheBrowser(browser, downloads, admitted);
      } finally {
        browser.quit();
      }
    }
  }

  private void addStaffUser(WebDriver browser) {
    LoginPage.open(browser, base).logInAs("admin", ADMIN_PASSWORD);
    browser.get(base + "app/admin/users.xhtml");
    browser.findElement(By.id("users-form:username")).sendKeys(STAFF);
    browser.findElement(By.id("users-form:display-name")).sendKeys("Rơ Mah Hơ Lên");
    browser.findElement(By.id("users-form:password")).sendKeys(STAFF_PASSWORD);
    browser.findElement(By.id("users-form:organization")).click();
    LoginPage.wait(browser)
        .until(
            ExpectedConditions.visibilityOfElementLocated(By.id("users-form:organization_filter")))
        .sendKeys("Gia Lai");
    LoginPage.wait(browser)
        .until(
            ExpectedConditions.elementToBeClickable(
                By.xpath("//li[@data-label='" + BLOC_NAME + "']")))
        .click();
    LoginPage.wait(browser)
        .until(ExpectedConditions.textToBe(By.id("users-form:organization_label"), BLOC_NAME));
    for (WebElement input :
        browser.findElements(By.cssSelector("#users-form\\:roles input[type=checkbox]"))) {
      boolean staff = input.getAttribute("value").equals("STAFF");
      if (staff != input.isSelected()) {
        browser
            .findElement(By.cssSelector("label[for='" + input.getAttribute("id") + "']"))
            .click();
      }
    }
    browser.findElement(By.id("users-form:create")).click();
    LoginPage.wait(browser)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("users-form:messages"), "Đã thêm người dùng."));
    browser.findElement(By.id("topbar:logout")).click();
  }

  private void importFiles() throws Exception {
    HttpResponse<String> units = post(STAFF, STAFF_PASSWORD, "api/v1/host-units", UNITS);
    assertThat(units.statusCode()).as(units.body()).isEqualTo(200);

    HttpResponse<String> organizations =
        post("admin", ADMIN_PASSWORD, "api/v1/organizations", ORGANIZATIONS);
    assertThat(organizations.statusCode()).as(organizations.body()).isEqualTo(200);

    StringBuilder plans = new StringBuilder("org,period,indicator,value\n");
    TARGETS.forEach(
        (org, target) -> plans.append(org + "," + YEAR + ",NEW_MEMBERS," + target + "\n"));
    HttpResponse<String> planned = post(STAFF, STAFF_PASSWORD, "api/v1/plans", plans.toString());
    assertThat(planned.statusCode()).as(planned.body()).isEqualTo(200);
    assertThat(json(planned.body()).getInt("imported")).isEqualTo(TARGETS.size());

    StringBuilder figures = new StringBuilder("org,period,indicator,sector,value\n");
    ADMITTED.forEach((org, n) -> figures.append(org + "," + YEAR + ",NEW_MEMBERS,," + n + "\n"));
    figures.append(BLOC + "," + YEAR + ",AWARENESS_CLASSES,," + CLASSES + "\n");
    figures.append(BLOC + "," + YEAR + ",AWARENESS_TRAINEES,STATE," + TRAINEES_STATE + "\n");
    figures.append(
        BLOC + "," + YEAR + ",AWARENESS_TRAINEES,NON_STATE," + TRAINEES_NON_STATE + "\n");
    HttpResponse<String> values =
        post(STAFF, STAFF_PASSWORD, "api/v1/data-values", figures.toString());
    assertThat(values.statusCode()).as(values.body()).isEqualTo(200);
  }

  /** "kết nạp được 23 đảng viên mới (95,83% kế hoạch)", computed from the files. */
  private static String admittedSentence() {
    long admitted = ADMITTED.values().stream().mapToLong(Integer::longValue).sum();
    long target = TARGETS.values().stream().mapToLong(Integer::longValue).sum();
    return "kết nạp được "
        + VietnameseFormat.count(admitted)
        + " đảng viên mới ("
        + VietnameseFormat.percent(new Ratio(admitted, target))
        + " kế hoạch)";
  }

  private static void assertReport(String text, String admitted) {
    assertThat(text)
        .contains("DỰ THẢO")
        .contains("Ban Thường vụ " + BLOC_NAME + " báo cáo")
        .contains(admitted)
        // The units of Tân Phú and Ia Grai are outside the state sector.
        .contains(
            admitted
                + ", trong đó có "
                + VietnameseFormat.fraction(
                    ADMITTED.get("GL-CB-TANPHU") + ADMITTED.get("GL-DBCS-CAPHE"),
                    ADMITTED.values().stream().mapToLong(Integer::longValue).sum())
                + " đảng viên trong doanh nghiệp ngoài khu vực nhà nước")
        .contains(
            "mở "
                + VietnameseFormat.count(CLASSES)
                + " lớp bồi dưỡng nhận thức về Đảng cho "
                + VietnameseFormat.count(TRAINEES_STATE + TRAINEES_NON_STATE)
                + " quần chúng ưu tú, trong đó có "
                + VietnameseFormat.count(TRAINEES_NON_STATE)
                + " quần chúng trong các doanh nghiệp ngoài khu vực Nhà nước")
        // Four grassroots organizations were established in the year, oldest first; the
        // private enterprises' legal form in brackets, nothing for a state enterprise or for an
        // organization without a unit.
        .contains("thành lập mới " + VietnameseFormat.count(4) + " tổ chức cơ sở đảng")
        .contains(
            "(1) " + TANPHU + " (Công ty TNHH).",
            "(2) " + CAPHE + " (Công ty cổ phần).",
            "(3) " + CAOSU + ".",
            "(4) " + HTX + ".")
        .doesNotContain(DIENLUC, "(5)")
        .contains(
            "Thành lập mới "
                + VietnameseFormat.count(1)
                + " Chi đoàn cơ sở trong "
                + HOALAN_UNIT
                + " (đơn vị chưa có tổ chức đảng).");
  }

  private void refusedPlansChangeNothing(String admitted) throws Exception {
    String before =
        get(STAFF, STAFF_PASSWORD, "api/v1/plans?org=" + BLOC + "&period=" + YEAR, CSV).body();
    HttpResponse<String> refused =
        post(
            STAFF,
            STAFF_PASSWORD,
            "api/v1/plans",
            "org,period,indicator,value\n"
                + "GL-CB-TANPHU,"
                + YEAR
                + ",NEW_MEMBERS,40\n"
                + "GL-CB-KHONGCO,"
                + YEAR
                + ",NEW_MEMBERS,3\n"
                + "GL-CB-CAOSU,"
                + YEAR
                + ",NEW_MEMBERS,-1\n");
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
    assertThat(refused.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    JsonArray errors = json(refused.body()).getJsonArray("errors");
    assertThat(errors).hasSize(2);
    JsonObject unknown = errors.getJsonObject(0);
    assertThat(unknown.getInt("line")).isEqualTo(3);
    assertThat(unknown.getString("column", null)).isEqualTo("org");
    assertThat(unknown.getString("message")).contains("GL-CB-KHONGCO");
    JsonObject negative = errors.getJsonObject(1);
    assertThat(negative.getInt("line")).isEqualTo(4);
    assertThat(negative.getString("column", null)).isEqualTo("value");

    assertThat(
            get(STAFF, STAFF_PASSWORD, "api/v1/plans?org=" + BLOC + "&period=" + YEAR, CSV).body())
        .as("all rows or none")
        .isEqualTo(before);
    assertThat(docxText(api("docx"))).as("the percent of plan is unchanged").contains(admitted);
  }

  private void staffOpenTheDraftInTheBrowser(WebDriver browser, Path downloads, String admitted)
      throws IOException {
    LoginPage.open(browser, base).logInAs(STAFF, STAFF_PASSWORD);
    assertThat(browser.findElement(By.id("greeting")).getText()).contains("Rơ Mah Hơ Lên");
    browser.get(base + "app/report.xhtml?org=" + BLOC + "&period=" + YEAR);
    assertThat(browser.findElement(By.id("no-report")).getText()).contains("Chưa có báo cáo");
    WebElement create = browser.findElement(By.id("report-form:create-draft"));
    create.click();
    LoginPage.awaitGone(browser, create);
    WebElement preview =
        LoginPage.wait(browser)
            .until(ExpectedConditions.visibilityOfElementLocated(By.id("preview")));
    assertThat(browser.findElement(By.id("report-form:draft-mark")).getText()).isEqualTo("DỰ THẢO");
    assertThat(flat(preview.getText()))
        .contains(admitted, "(1) " + TANPHU + " (Công ty TNHH).", "(4) " + HTX + ".");

    browser.findElement(By.id("report-form:pdf")).click();
    Path pdf = awaitDownload(browser, downloads, ".pdf");
    assertReport(pdfText(Files.readAllBytes(pdf)), admitted);
  }

  private byte[] api(String format) throws Exception {
    HttpResponse<byte[]> r =
        http.send(
            request(
                    STAFF,
                    STAFF_PASSWORD,
                    "api/v1/reports/review?org=" + BLOC + "&period=" + YEAR + "&format=" + format)
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(r.statusCode())
        .as(() -> new String(r.body(), StandardCharsets.UTF_8))
        .isEqualTo(200);
    return r.body();
  }

  private static String docxText(byte[] docx) throws IOException {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
      return flat(text.getText());
    }
  }

  private static String pdfText(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return flat(new PDFTextStripper().getText(doc));
    }
  }

  private static Path awaitDownload(WebDriver browser, Path folder, String suffix) {
    return LoginPage.wait(browser)
        .until(
            d -> {
              try (var files = Files.list(folder)) {
                List<Path> done =
                    files
                        .filter(f -> f.toString().endsWith(suffix))
                        .filter(f -> f.toFile().length() > 0)
                        .toList();
                return done.isEmpty() ? null : done.get(0);
              } catch (IOException e) {
                return null;
              }
            });
  }

  private HttpResponse<String> post(String user, String password, String path, String body)
      throws IOException, InterruptedException {
    return http.send(
        request(user, password, path)
            .header("Content-Type", CSV)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> get(String user, String password, String path, String accept)
      throws IOException, InterruptedException {
    return http.send(
        request(user, password, path).header("Accept", accept).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private HttpRequest.Builder request(String user, String password, String path) {
    return HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofMinutes(2))
        .header(
            "Authorization",
            "Basic "
                + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
  }

  private static JsonObject json(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }

  private static String flat(String text) {
    return text.replaceAll("\\s+", " ");
  }
}
