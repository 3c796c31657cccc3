package vn.khoidn.portal.interfaces.report.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.khoidn.portal.testsupport.Browser;
import vn.khoidn.portal.testsupport.LoginPage;
import vn.khoidn.portal.testsupport.PortalDeployment;

/**
 * The standing committee previews the demo year's review report and downloads it as DOCX and PDF;
 * staff write a narrative and issue a report.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportPageIT {

  private static final String FIGURES =
      "Trong năm 2021, toàn Đảng bộ Khối kết nạp được 95 đảng viên mới (118,75% kế hoạch), trong"
          + " đó có 11/95 (11,58%) đảng viên trong doanh nghiệp ngoài khu vực nhà nước;";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return PortalDeployment.asPackaged();
  }

  @ArquillianResource URL base;

  WebDriver browser;

  @AfterEach
  void quit() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void theStandingCommitteePreviewsAndDownloadsTheReviewReport(@TempDir Path folder)
      throws IOException {
    browser = Browser.start(folder);
    String local = Browser.downloadableBase(base);
    LoginPage.open(browser, local).logInAs("btv", "Demo@2021");
    browser.get(local + "app/report.xhtml");
    click("report-form:open");

    WebElement preview =
        LoginPage.wait(browser)
            .until(ExpectedConditions.visibilityOfElementLocated(By.id("preview")));
    assertThat(flat(preview.getText()))
        .contains(FIGURES, "Số 25-BC/ĐUK", "Lâm Đồng, ngày 20 tháng 01 năm 2022")
        .contains("(1) Chi bộ Công ty TNHH Minh Tiến (Công ty TNHH).");
    assertThat(browser.findElement(By.id("report-form:draft-mark")).getText()).isEqualTo("DỰ THẢO");
    assertThat(browser.getCurrentUrl()).contains("period=04-NQ");
    assertThat(browser.findElements(By.id("report-form:issue"))).as("not staff").isEmpty();

    browser.findElement(By.id("report-form:docx")).click();
    Path docx = awaitDownload(folder, ".docx");
    try (InputStream in = Files.newInputStream(docx);
        XWPFDocument doc = new XWPFDocument(in);
        XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
      assertThat(flat(text.getText())).contains(FIGURES, "ĐẢNG CỘNG SẢN VIỆT NAM", "DỰ THẢO");
    }
    browser.findElement(By.id("report-form:pdf")).click();
    Path pdf = awaitDownload(folder, ".pdf");
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      assertThat(flat(new PDFTextStripper().getText(doc)))
          .contains(FIGURES, "Hoàng Xuân Hường", "DỰ THẢO");
    }
  }

  @Test
  void staffWriteANarrativeAndIssueAReport() {
    browser = Browser.start();
    LoginPage.open(browser, base.toString()).logInAs("bantochuc", "Demo@2021");
    browser.get(base + "app/report.xhtml?org=DUK&period=2021Q4");
    // Opening the link makes no draft; the button does.
    assertThat(browser.findElement(By.id("no-report")).getText()).contains("Chưa có báo cáo");
    browser.navigate().refresh();
    assertThat(browser.findElements(By.id("report-form:number"))).as("still no draft").isEmpty();
    click("report-form:create-draft");
    WebElement number = browser.findElement(By.id("report-form:number"));
    number.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, "41");
    WebElement strengths = browser.findElements(By.cssSelector("textarea[id$=':section']")).get(3);
    strengths.sendKeys(
        Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, "Các chi bộ hoàn thành tốt kế hoạch quý IV.");
    click("report-form:save");
    assertThat(browser.findElement(By.id("report-form:messages")).getText())
        .contains("Đã lưu dự thảo.");
    assertThat(browser.findElement(By.id("preview")).getText())
        .contains("Các chi bộ hoàn thành tốt kế hoạch quý IV.", "Số 41-BC/ĐUK", "quý IV năm 2021");

    browser.findElement(By.id("report-form:issue")).click();
    WebElement yes =
        LoginPage.wait(browser)
            .until(
                ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")));
    yes.click();
    LoginPage.wait(browser)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("report-form:messages"), "Đã ban hành báo cáo số 41."));
    assertThat(browser.findElement(By.id("report-status")).getText())
        .isEqualTo("Đã ban hành (nội dung cố định)");
    assertThat(browser.findElements(By.id("report-form:save"))).isEmpty();
    assertThat(browser.findElement(By.id("report-form:issued-table")).getText()).contains("41");
    assertThat(browser.findElements(By.id("report-form:draft-mark"))).as("issued").isEmpty();
  }

  @Test
  void aGrassrootsReportIsHeadedByItsOwnNamesUntilStaffSaveItsIssuingBody() {
    browser = Browser.start();
    LoginPage.open(browser, base.toString()).logInAs("bantochuc", "Demo@2021");
    browser.get(base + "app/report.xhtml?org=DBCS-LADOFOODS&period=2021S1");
    click("report-form:create-draft");
    assertThat(browser.findElement(By.id("preview")).getText())
        .contains(
            "ĐẢNG ỦY KHỐI DOANH NGHIỆP TỈNH LÂM ĐỒNG",
            "ĐẢNG BỘ CÔNG TY CỔ PHẦN THỰC PHẨM LÂM ĐỒNG",
            "Lâm Đồng, ngày");

    browser.findElement(By.id("report-form:settings_toggler")).click();
    By fields = By.cssSelector("[id='report-form:settings'] textarea[id$=':setting']");
    LoginPage.wait(browser).until(ExpectedConditions.visibilityOfElementLocated(fields));
    // The settings in their order: the signer's name is the tenth.
    WebElement signer = browser.findElements(fields).get(9);
    signer.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, "Trần Thị Thực Phẩm");
    click("report-form:save-settings");

    assertThat(browser.findElement(By.id("report-form:messages")).getText())
        .contains("Đã lưu thông tin cơ quan ban hành.");
    assertThat(browser.findElement(By.id("preview")).getText()).contains("Trần Thị Thực Phẩm");
    browser.get(base + "app/report.xhtml?org=DUK&period=04-NQ/ĐUK%2B1Y");
    assertThat(browser.findElement(By.id("preview")).getText())
        .contains("Hoàng Xuân Hường", "ĐẢNG BỘ TỈNH LÂM ĐỒNG")
        .doesNotContain("Trần Thị Thực Phẩm");
  }

  private void click(String id) {
    WebElement button = browser.findElement(By.id(id));
    button.click();
    LoginPage.awaitGone(browser, button);
  }

  private Path awaitDownload(Path folder, String suffix) {
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

  private static String flat(String text) {
    return text.replaceAll("\\s+", " ");
  }
}
