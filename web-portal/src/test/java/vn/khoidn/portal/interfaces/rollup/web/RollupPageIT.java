package vn.khoidn.portal.interfaces.rollup.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.khoidn.portal.testsupport.Browser;
import vn.khoidn.portal.testsupport.LoginPage;
import vn.khoidn.portal.testsupport.PortalDeployment;

/**
 * The standing committee opens the live roll-up of 2021; a reporter sees only their own subtree.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RollupPageIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return PortalDeployment.asPackaged();
  }

  @ArquillianResource URL base;

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
  void theStandingCommitteeSeesTheBlocsYearAgainstItsPlan() {
    LoginPage.open(browser, base.toString()).logInAs("btv", "Demo@2021");

    WebElement top = showYear("2021");

    assertThat(top.getText())
        .contains(
            "Đảng ủy Khối Doanh nghiệp tỉnh Lâm Đồng",
            "95",
            "80",
            "118,75%",
            "11/95 (11,58%)",
            "110");
    assertThat(rows()).anyMatch(r -> r.getText().contains("Đảng bộ Công ty Điện lực Lâm Đồng"));
  }

  @Test
  void aYearShowsFormsSentTheBlocsOwnFiguresAsARowThatAddsUpAndLongNamesOnOneLine() {
    LoginPage.open(browser, base.toString()).logInAs("btv", "Demo@2021");

    WebElement top = showYear("2021");

    List<WebElement> cells = top.findElements(By.cssSelector("td"));
    assertThat(cells.get(cells.size() - 1).getText())
        .as("the bloc's four quarterly rounds: 11 + 12 + 13 + 13 forms, all sent")
        .isEqualTo("49/49");
    assertThat(last(row("Đảng bộ Công ty Điện lực Lâm Đồng"))).isEqualTo("4/4");

    WebElement own = row("Trực tiếp: Đảng ủy Khối Doanh nghiệp tỉnh Lâm Đồng");
    assertThat(own.findElement(By.cssSelector(".org-name")).getAttribute("title"))
        .contains("Số liệu nhập trực tiếp");
    String topKey = top.getAttribute("data-rk");
    List<WebElement> children =
        browser.findElements(
            By.cssSelector("#rollup-form\\:tree tbody tr[data-prk='" + topKey + "']"));
    assertThat(children).contains(own);
    for (int column : new int[] {1, 5, 6, 7}) {
      long sum = 0;
      for (WebElement child : children) {
        sum += Long.parseLong(child.findElements(By.cssSelector("td")).get(column).getText());
      }
      assertThat(sum)
          .as("column %d: the children and the bloc's own row add up to the bloc's total", column)
          .isEqualTo(Long.parseLong(cells.get(column).getText()));
    }
    assertThat(own.findElements(By.cssSelector("td")).get(5).getText())
        .as("the bloc's own awareness-training classes")
        .isEqualTo("5");

    WebElement name =
        row("Đảng bộ Công ty Cổ phần Cấp thoát nước").findElement(By.cssSelector(".org-name"));
    assertThat(name.getAttribute("title"))
        .isEqualTo("Đảng bộ Công ty Cổ phần Cấp thoát nước Lâm Đồng");
    org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) browser;
    assertThat(js.executeScript("return getComputedStyle(arguments[0]).textOverflow;", name))
        .isEqualTo("ellipsis");
    assertThat(
            (Boolean)
                js.executeScript(
                    "return arguments[0].scrollWidth > arguments[0].clientWidth;", name))
        .as("the long name is cut, not wrapped")
        .isTrue();
    assertThat(name.getSize().getHeight()).as("one line").isLessThan(30);
  }

  private static String last(WebElement row) {
    List<WebElement> cells = row.findElements(By.cssSelector("td"));
    return cells.get(cells.size() - 1).getText();
  }

  @Test
  void aFigureSentAgainOrAsAYearBesideItsQuartersIsCountedOnceOnThePage() throws Exception {
    LoginPage.open(browser, base.toString()).logInAs("bantochuc", "Demo@2021");

    // A second round for a period that has one is refused on the page.
    browser.get(base + "app/rounds.xhtml");
    browser.findElement(By.id("rounds-form:period")).sendKeys("2021Q1");
    browser.findElement(By.id("rounds-form:title")).sendKeys("Báo cáo quý I/2021 (lần hai)");
    browser.findElement(By.id("rounds-form:deadline_input")).sendKeys("30/04/2099");
    WebElement open = browser.findElement(By.id("rounds-form:open"));
    open.click();
    LoginPage.awaitGone(browser, open);
    assertThat(browser.findElement(By.id("rounds-form:messages")).getText())
        .contains("Kỳ 2021Q1 đã có đợt báo cáo", "mỗi kỳ chỉ mở một đợt báo cáo");

    // A staffer's script back-loads the figure the accepted form holds, then a year's figure.
    java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
    for (String row : List.of("CBCS-XOSO,2021Q1,NEW_MEMBERS,,5", "CBCS-XOSO,2021,NEW_MEMBERS,,7")) {
      java.net.http.HttpResponse<String> answer =
          http.send(
              java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "api/v1/data-values"))
                  .header(
                      "Authorization",
                      "Basic "
                          + java.util.Base64.getEncoder()
                              .encodeToString(
                                  "bantochuc:Demo@2021"
                                      .getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                  .header("Content-Type", "text/csv; charset=UTF-8")
                  .POST(
                      java.net.http.HttpRequest.BodyPublishers.ofString(
                          "org,period,indicator,sector,value\n" + row + "\n",
                          java.nio.charset.StandardCharsets.UTF_8))
                  .build(),
              java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(409);
    }

    // The page counts each figure once: the year is still its quarters' sum.
    WebElement top = showYear("2021");
    assertThat(top.findElements(By.cssSelector("td")).get(1).getText()).isEqualTo("95");
    WebElement quarter = showYear("2021Q1");
    String q1 = quarter.findElements(By.cssSelector("td")).get(1).getText();
    assertThat(Integer.parseInt(q1)).as("2021Q1 has the form's figures only").isLessThan(95);
  }

  @Test
  void theStandingCommitteeExpandsACommitteeDrillsIntoAFormAndSwitchesPeriod() {
    LoginPage.open(browser, base.toString()).logInAs("btv", "Demo@2021");
    showYear("2021");

    WebElement dienluc = row("Đảng bộ Công ty Điện lực Lâm Đồng");
    assertThat(rows()).noneMatch(r -> r.getText().contains("Chi bộ Điện lực Đà Lạt"));
    dienluc.findElement(By.cssSelector(".ui-treetable-toggler")).click();
    LoginPage.wait(browser)
        .until(d -> rows().stream().anyMatch(r -> r.getText().contains("Chi bộ Điện lực Đà Lạt")));

    WebElement formLink = row("Chi bộ Công ty TNHH Minh Tiến").findElement(By.linkText("2021Q3"));
    formLink.click();
    LoginPage.awaitGone(browser, formLink);
    assertThat(browser.findElement(By.id("form-organization")).getText())
        .isEqualTo("Chi bộ Công ty TNHH Minh Tiến");
    assertThat(browser.findElement(By.id("form-title")).getText()).contains("quý III/2021");

    WebElement top = showYear("2021Q4");
    assertThat(top.getText()).contains("13/13");
    assertThat(browser.findElement(By.id("rollup-form:rounds")).getText())
        .contains("Quý IV/2021", "15/01/2022", "13 (100,00%)");
    assertThat(browser.getCurrentUrl()).contains("period=2021Q4");

    browser.get(base + "app/rollup.xhtml?period=2021Q4&compare=PREVIOUS&sector=NON_STATE");
    WebElement filtered =
        LoginPage.wait(browser)
            .until(
                ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#rollup-form\\:tree tbody tr")));
    assertThat(browser.findElement(By.id("rollup-form:tree")).getText())
        .contains("Kết nạp kỳ 2021Q3", "Tăng/giảm");
    assertThat(browser.findElements(By.cssSelector("#rollup-form\\:tree th")))
        .noneMatch(th -> th.getText().contains("Kế hoạch"));
    assertThat(filtered.findElements(By.cssSelector("td")).get(1).getText())
        .as("the bloc's non-state admissions in 2021Q4")
        .isEqualTo("2");
    assertThat(browser.findElements(By.cssSelector("#rollup-form\\:charts canvas"))).isNotEmpty();
    Object chartQ4 =
        LoginPage.wait(browser)
            .until(
                d ->
                    ((org.openqa.selenium.JavascriptExecutor) d)
                        .executeScript(
                            "var canvas = document.querySelector('[id$=\"trend-chart\"] canvas');"
                                + " var chart = canvas && window.Chart && Chart.getChart(canvas);"
                                + " return chart ? chart.data.datasets[1].data[3] : null;"));
    assertThat(((Number) chartQ4).longValue())
        .as("the trend chart shows the table's non-state figure for 2021Q4")
        .isEqualTo(2);
  }

  @Test
  void theTableDownloadsAsAnXlsxWithTheSameTotals(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path folder) throws Exception {
    browser.quit();
    browser = Browser.start(folder);
    String local = Browser.downloadableBase(base);
    LoginPage.open(browser, local).logInAs("btv", "Demo@2021");
    showYear(local, "2021");

    browser.findElement(By.id("rollup-form:export")).click();

    java.nio.file.Path file = folder.resolve("tong-hop-2021.xlsx");
    LoginPage.wait(browser)
        .until(d -> java.nio.file.Files.exists(file) && file.toFile().length() > 0);
    try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(java.nio.file.Files.newInputStream(file))) {
      org.apache.poi.ss.usermodel.Row top = workbook.getSheetAt(0).getRow(3);
      assertThat(top.getCell(0).getStringCellValue())
          .isEqualTo("Đảng ủy Khối Doanh nghiệp tỉnh Lâm Đồng");
      assertThat(top.getCell(1).getNumericCellValue()).isEqualTo(95.0);
      assertThat(top.getCell(2).getNumericCellValue()).isEqualTo(80.0);
      assertThat(top.getCell(3).getNumericCellValue())
          .as("the percent of plan is a number Excel recomputes")
          .isEqualTo(1.1875);
      assertThat(top.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0.00%");
      assertThat(top.getCell(6).getNumericCellValue()).isEqualTo(110.0);
    }
  }

  @Test
  void aReporterSeesOnlyTheirOwnSubtree() {
    LoginPage.open(browser, base.toString()).logInAs("dienluc", "Demo@2021");

    WebElement top = showYear("2021");

    assertThat(top.getText()).contains("Đảng bộ Công ty Điện lực Lâm Đồng");
    assertThat(rows()).noneMatch(r -> r.getText().contains("Đảng ủy Khối"));
    assertThat(rows()).noneMatch(r -> r.getText().contains("Agribank"));
  }

  private WebElement showYear(String period) {
    return showYear(base.toString(), period);
  }

  private WebElement showYear(String site, String period) {
    browser.get(site + "app/rollup.xhtml");
    WebElement input = browser.findElement(By.id("rollup-form:period"));
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, period);
    WebElement show = browser.findElement(By.id("rollup-form:show"));
    show.click();
    LoginPage.awaitGone(browser, show);
    return LoginPage.wait(browser)
        .until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#rollup-form\\:tree tbody tr")));
  }

  private WebElement row(String name) {
    return rows().stream()
        .filter(r -> r.getText().contains(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row for " + name));
  }

  private java.util.List<WebElement> rows() {
    return browser.findElements(By.cssSelector("#rollup-form\\:tree tbody tr"));
  }
}
