package vn.khoidn.portal.interfaces.plan.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import vn.khoidn.portal.application.plan.PlanGrid;
import vn.khoidn.portal.application.plan.PlanWorkbook;
import vn.khoidn.portal.testsupport.Browser;
import vn.khoidn.portal.testsupport.LoginPage;
import vn.khoidn.portal.testsupport.PortalDeployment;

/**
 * Staff give out the bloc's target on the plans page, see what is not yet given out, are refused
 * beside a wrong cell and on a stale page, copy last year's plans and upload the Excel template.
 * Years 2161–2165 are this test's own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlansPageIT {

  private static final String NM = "NEW_MEMBERS";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return PortalDeployment.asPackaged();
  }

  @ArquillianResource URL base;

  private final HttpClient http = HttpClient.newHttpClient();
  WebDriver browser;

  @BeforeEach
  void start() {
    browser = Browser.start();
  }

  @AfterEach
  void quit() {
    browser.quit();
  }

  @Test
  void staffGiveOutTheBlocsTargetSeeWhatIsLeftAndTheRollUpDividesByTheBlocsOwnTarget()
      throws Exception {
    openPlans("bantochuc", 2161);
    assertThat(browser.findElement(By.id("grid-period")).getText()).isEqualTo("Năm 2161");
    List<WebElement> rows = browser.findElements(By.cssSelector("#plan-grid tbody tr"));
    assertThat(rows.get(0).getAttribute("data-org")).isEqualTo("DUK");
    assertThat(rows.size()).isGreaterThan(10);

    type("DUK", "80");
    type("CBCS-XOSO", "50");
    type("DBCS-DIENLUC", "40");
    LoginPage.wait(browser)
        .until(
            ExpectedConditions.textToBe(
                By.cssSelector("span.plan-rest[data-org='DUK']"), "-10 (giao vượt)"));
    assertThat(
            browser
                .findElement(By.cssSelector("span.plan-rest[data-org='DUK']"))
                .getAttribute("class"))
        .contains("over-allocated");
    assertThat(browser.findElement(By.cssSelector("span.plan-given[data-org='DUK']")).getText())
        .isEqualTo("90");
    Files.copy(
        ((org.openqa.selenium.TakesScreenshot) browser)
            .getScreenshotAs(org.openqa.selenium.OutputType.FILE)
            .toPath(),
        Path.of("target", "plans-page.png"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);

    type("DBCS-LADOFOODS", "-3");
    click("plans-form:save");
    assertThat(browser.findElement(By.id("plans-form:messages")).getText())
        .contains("Chưa có kế hoạch nào được ghi");
    assertThat(
            browser.findElement(By.cssSelector(".plan-error[data-org='DBCS-LADOFOODS']")).getText())
        .contains("âm");
    assertThat(cell("DUK").getAttribute("value")).as("what was typed stays").isEqualTo("80");
    assertThat(blocPlan("2161")).as("nothing was saved").isNull();

    type("DBCS-LADOFOODS", "");
    type("DBCS-DIENLUC", "20");
    click("plans-form:save");
    assertThat(browser.findElement(By.id("plans-form:messages")).getText())
        .contains("Đã lưu kế hoạch.");
    assertThat(browser.findElement(By.cssSelector("span.plan-rest[data-org='DUK']")).getText())
        .isEqualTo("10");

    assertThat(
            post(
                    "api/v1/data-values",
                    "org,period,indicator,sector,value\nCBCS-XOSO,2161,NEW_MEMBERS,,6\n")
                .statusCode())
        .isEqualTo(200);
    JsonObject bloc = blocIndicator("2161");
    assertThat(bloc.getInt("plan"))
        .as("the bloc's own target, not its children's 70")
        .isEqualTo(80);
    assertThat(bloc.getString("percentOfPlan")).isEqualTo("7,50%");

    HttpResponse<byte[]> report =
        http.send(
            auth(HttpRequest.newBuilder(
                    uri("api/v1/reports/review?org=DUK&period=2161&format=docx")))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(report.statusCode()).isEqualTo(200);
    try (var docx =
            new org.apache.poi.xwpf.usermodel.XWPFDocument(
                new java.io.ByteArrayInputStream(report.body()));
        var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(docx)) {
      assertThat(text.getText())
          .as("the report of 2161 measures against the bloc's own 80")
          .contains("7,50%");
    }
  }

  @Test
  void aCellChangedByAnotherStaffMemberSinceThePageOpenedIsRefusedAndTheirValueKept()
      throws Exception {
    openPlans("bantochuc", 2162);
    HttpResponse<String> other =
        post("api/v1/plans", "org,period,indicator,value\nCBCS-XOSO,2162,NEW_MEMBERS,9\n");
    assertThat(other.statusCode()).as(other.body()).isEqualTo(200);

    type("CBCS-XOSO", "5");
    click("plans-form:save");

    assertThat(browser.findElement(By.cssSelector(".plan-error[data-org='CBCS-XOSO']")).getText())
        .contains("vừa được người khác sửa thành 9");
    assertThat(exported("2162")).containsExactly("CBCS-XOSO,2162,NEW_MEMBERS,9");

    click("plans-form:show");
    assertThat(cell("CBCS-XOSO").getAttribute("value")).isEqualTo("9");
  }

  @Test
  void copyFromLastYearFillsTheChildrenForReviewAndSavesNothing() throws Exception {
    assertThat(
            post(
                    "api/v1/plans",
                    "org,period,indicator,value\n"
                        + "CBCS-XOSO,2163,NEW_MEMBERS,4\n"
                        + "DBCS-DIENLUC,2163,NEW_MEMBERS,12\n")
                .statusCode())
        .isEqualTo(200);
    openPlans("bantochuc", 2164);
    new Select(browser.findElement(By.id("plans-form:copy-parent"))).selectByValue("DUK");
    browser
        .findElement(By.cssSelector("input[name='plans-form:copy-source'][value='false']"))
        .click();
    click("plans-form:copy");

    assertThat(browser.findElement(By.id("plans-form:messages")).getText())
        .contains("Đã chép 2 ô vào bảng");
    assertThat(cell("CBCS-XOSO").getAttribute("value")).isEqualTo("4");
    assertThat(cell("DBCS-DIENLUC").getAttribute("value")).isEqualTo("12");
    assertThat(browser.findElement(By.cssSelector("span.plan-given[data-org='DUK']")).getText())
        .isEqualTo("16");
    assertThat(exported("2164")).as("copied, not saved").isEmpty();
  }

  @Test
  void anUploadedWorkbookIsSavedWholeOrItsWrongRowsAreNamed() throws Exception {
    assertThat(
            post("api/v1/plans", "org,period,indicator,value\nCBCS-XOSO,2165,NEW_MEMBERS,4\n")
                .statusCode())
        .isEqualTo(200);
    openPlans("bantochuc", 2165);
    PlanGrid grid =
        new PlanGrid(
            "2165",
            List.of(new PlanGrid.Column(NM, "Kết nạp đảng viên mới")),
            List.of(
                new PlanGrid.Row("CBCS-XOSO", "Xổ số", 1, "DUK", false, Map.of(NM, 4L)),
                new PlanGrid.Row("CBCS-HIEPHOI", "Hiệp hội", 1, "DUK", false, new HashMap<>())));
    Path bad = Files.createTempFile("plans-bad", ".xlsx");
    Files.write(bad, fill(PlanWorkbook.write(grid), "7", "2,5"));

    upload(bad);
    String messages = browser.findElement(By.id("plans-form:messages")).getText();
    assertThat(messages).contains("Dòng 3:", "Chưa có kế hoạch nào được ghi");
    assertThat(exported("2165")).containsExactly("CBCS-XOSO,2165,NEW_MEMBERS,4");

    Path good = Files.createTempFile("plans-good", ".xlsx");
    Files.write(good, fill(PlanWorkbook.write(grid), "7", "3"));
    upload(good);
    assertThat(browser.findElement(By.id("plans-form:messages")).getText())
        .contains("Đã lưu kế hoạch từ tệp Excel.");
    assertThat(exported("2165"))
        .containsExactly("CBCS-HIEPHOI,2165,NEW_MEMBERS,3", "CBCS-XOSO,2165,NEW_MEMBERS,7");
    assertThat(cell("CBCS-XOSO").getAttribute("value")).isEqualTo("7");
  }

  @Test
  void aReporterHasNoPlansMenuAndIsToldThePageIsForStaff() {
    LoginPage.open(browser, base.toString()).logInAs("dienluc", "Demo@2021");
    assertThat(browser.findElements(By.id("topbar:nav-plans"))).isEmpty();
    browser.get(base + "app/plans.xhtml");
    assertThat(browser.findElement(By.id("plans-form:messages")).getText())
        .contains("Chỉ Ban Tổ chức đặt kế hoạch.");
    assertThat(browser.findElements(By.id("plan-grid"))).isEmpty();
  }

  private void openPlans(String user, int year) {
    LoginPage.open(browser, base.toString()).logInAs(user, "Demo@2021");
    browser.findElement(By.id("topbar:nav-plans")).click();
    WebElement y =
        LoginPage.wait(browser)
            .until(ExpectedConditions.visibilityOfElementLocated(By.id("plans-form:year")));
    y.clear();
    y.sendKeys(Integer.toString(year));
    new Select(browser.findElement(By.id("plans-form:period"))).selectByIndex(0);
    click("plans-form:show");
    assertThat(browser.findElement(By.id("grid-period")).getText()).isEqualTo("Năm " + year);
  }

  private WebElement cell(String org) {
    return browser.findElement(
        By.cssSelector("input[data-org='" + org + "'][data-indicator='" + NM + "']"));
  }

  /** Types into a cell and leaves it, as a user would, so its change event fires. */
  private void type(String org, String value) {
    WebElement c = cell(org);
    c.clear();
    c.sendKeys(value);
    browser.findElement(By.id("grid-period")).click();
    LoginPage.wait(browser)
        .until(
            d ->
                Boolean.TRUE.equals(
                    ((org.openqa.selenium.JavascriptExecutor) d)
                        .executeScript(
                            "return (!window.jQuery || jQuery.active === 0)"
                                + " && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty());")));
  }

  private void click(String id) {
    WebElement button = browser.findElement(By.id(id));
    button.click();
    LoginPage.awaitGone(browser, button);
  }

  private void upload(Path file) {
    browser.findElement(By.cssSelector("#excel-form input[type=file]")).sendKeys(file.toString());
    click("excel-form:send");
  }

  /** Types two values into the value column of rows 2 and 3 of a template. */
  private static byte[] fill(byte[] xlsx, String second, String third) throws Exception {
    try (var wb =
            new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx));
        var out = new java.io.ByteArrayOutputStream()) {
      var sheet = wb.getSheetAt(0);
      sheet.getRow(1).getCell(3).setCellValue(second);
      sheet.getRow(2).getCell(3).setCellValue(third);
      wb.write(out);
      return out.toByteArray();
    }
  }

  private List<String> exported(String period) throws Exception {
    HttpResponse<String> r =
        send(
            auth(HttpRequest.newBuilder(uri("api/v1/plans?org=DUK&period=" + period)))
                .header("Accept", "text/csv")
                .GET());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return r.body().replace("\r\n", "\n").lines().skip(1).toList();
  }

  private Integer blocPlan(String period) throws Exception {
    JsonObject i = blocIndicator(period);
    return i.containsKey("plan") ? i.getInt("plan") : null;
  }

  private JsonObject blocIndicator(String period) throws Exception {
    HttpResponse<String> r =
        send(
            auth(HttpRequest.newBuilder(uri("api/v1/rollup?org=DUK&period=" + period)))
                .header("Accept", "application/json")
                .GET());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    try (JsonReader reader = Json.createReader(new StringReader(r.body()))) {
      return reader
          .readObject()
          .getJsonArray("nodes")
          .getJsonObject(0)
          .getJsonArray("indicators")
          .getValuesAs(JsonObject.class)
          .stream()
          .filter(o -> o.getString("code").equals(NM))
          .findFirst()
          .orElseThrow();
    }
  }

  private HttpResponse<String> post(String path, String csv) throws Exception {
    return send(
        auth(HttpRequest.newBuilder(uri(path)))
            .header("Content-Type", "text/csv")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static HttpRequest.Builder auth(HttpRequest.Builder b) {
    return b.header(
        "Authorization",
        "Basic "
            + Base64.getEncoder()
                .encodeToString("bantochuc:Demo@2021".getBytes(StandardCharsets.UTF_8)));
  }

  private URI uri(String path) {
    return URI.create(base.toString() + path);
  }
}
