package vn.khoidn.portal.interfaces.home.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
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
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.khoidn.domain.format.VietnameseFormat;
import vn.khoidn.domain.period.CalendarPeriod;
import vn.khoidn.portal.testsupport.Browser;
import vn.khoidn.portal.testsupport.LoginPage;
import vn.khoidn.portal.testsupport.PortalDeployment;

/**
 * Each role's home says what to do next and leads there in one click: a reporter's form due,
 * staff's open round to review, the standing committee's headline figure and latest report. Reads
 * the demo data only. The screenshots go to {@code target/screenshots} (copied into {@code docs/}
 * by hand).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HomePageIT {

  /** The demo opens a round for the quarter of the day it loads, due 15 days after it ends. */
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

  private static final CalendarPeriod QUARTER =
      CalendarPeriod.quarter(TODAY.getYear(), (TODAY.getMonthValue() + 2) / 3);

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
  void aReporterSeesTheFormDueWithItsDeadlineAndDaysLeftAndOpensItInOneClick() throws Exception {
    LoginPage.open(browser, base.toString()).logInAs("capnuoc", "Demo@2021");
    screenshot("home-reporter.png");

    LocalDate deadline = QUARTER.end().plusDays(15);
    WebElement due = browser.findElement(By.cssSelector("#due li"));
    assertThat(due.getText())
        .contains(
            VietnameseFormat.periodLabel(QUARTER),
            "Đảng bộ Công ty Cổ phần Cấp thoát nước Lâm Đồng",
            "hạn nộp " + deadline.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")),
            "còn " + ChronoUnit.DAYS.between(TODAY, deadline) + " ngày");
    assertThat(browser.findElement(By.id("last-accepted")).getText()).contains("Quý IV/2021");
    assertThat(browser.findElements(By.id("due-empty"))).isEmpty();
    assertThat(browser.findElements(By.id("staff-desk"))).isEmpty();
    assertThat(browser.findElements(By.id("committee-desk"))).isEmpty();

    WebElement open = due.findElement(By.cssSelector("a.home-link"));
    open.click();
    LoginPage.awaitGone(browser, open);
    assertThat(browser.getCurrentUrl()).contains("form.xhtml?id=");
    assertThat(browser.findElement(By.id("form-organization")).getText())
        .isEqualTo("Đảng bộ Công ty Cổ phần Cấp thoát nước Lâm Đồng");
    assertThat(browser.findElement(By.cssSelector(".form-meta")).getText())
        .contains(VietnameseFormat.periodLabel(QUARTER));
  }

  @Test
  void staffSeeTheOpenRoundsCompletenessAndReviewItInOneClick() throws Exception {
    LoginPage.open(browser, base.toString()).logInAs("bantochuc", "Demo@2021");
    screenshot("home-staff.png");

    WebElement round =
        browser.findElements(By.cssSelector("#open-rounds li")).stream()
            .filter(li -> li.getText().startsWith(VietnameseFormat.periodLabel(QUARTER) + " · "))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no open round of " + QUARTER.code()));
    assertThat(round.findElement(By.cssSelector(".round-sent")).getText())
        .matches("đã gửi \\d+/13");
    assertThat(round.getText()).contains("Chưa có đơn vị nào quá hạn.");
    assertThat(
            browser.findElements(By.cssSelector("#waiting li")).size()
                + browser.findElements(By.id("waiting-empty")).size())
        .as("the forms waiting for review, or a sentence that none is")
        .isPositive();
    assertThat(browser.findElements(By.id("reporter-desk"))).isEmpty();

    WebElement review = round.findElement(By.cssSelector("a.home-link"));
    review.click();
    LoginPage.awaitGone(browser, review);
    assertThat(browser.getCurrentUrl()).contains("review.xhtml?round=");
    assertThat(browser.findElement(By.id("review-form:forms")).getText())
        .contains("Đảng bộ Công ty Cổ phần Cấp thoát nước Lâm Đồng");
  }

  @Test
  void theStandingCommitteeSeesTheYearAgainstPlanAndReachesTheRollupAndTheReport()
      throws Exception {
    LoginPage.open(browser, base.toString()).logInAs("btv", "Demo@2021");
    screenshot("home-committee.png");

    WebElement headline = browser.findElement(By.cssSelector("#headline a.home-link"));
    assertThat(headline.getText()).isEqualTo("Kết nạp 95 đảng viên mới / kế hoạch 80 (118,75%)");
    assertThat(browser.findElement(By.id("committee-desk")).getText())
        .contains("Kết quả kết nạp đảng viên: Năm 2021");
    WebElement report = browser.findElement(By.cssSelector("#latest-report a.home-link"));
    String reportLabel = report.getText();
    assertThat(browser.findElement(By.id("latest-report")).getText())
        .containsPattern("(Dự thảo|Đã ban hành)")
        .contains("cập nhật lúc");

    headline.click();
    LoginPage.awaitGone(browser, headline);
    assertThat(browser.getCurrentUrl()).contains("rollup.xhtml?period=2021");
    WebElement top =
        LoginPage.wait(browser)
            .until(
                ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#rollup-form\\:tree tbody tr")));
    assertThat(top.findElements(By.cssSelector("td")).get(1).getText()).isEqualTo("95");

    browser.navigate().back();
    report = browser.findElement(By.cssSelector("#latest-report a.home-link"));
    report.click();
    LoginPage.awaitGone(browser, report);
    assertThat(browser.getCurrentUrl()).contains("report.xhtml?org=DUK&period=");
    assertThat(browser.findElement(By.id("report-period")).getText()).isEqualTo(reportLabel);
  }

  private void screenshot(String name) throws Exception {
    Path folder = Path.of("target", "screenshots");
    Files.createDirectories(folder);
    Files.write(
        folder.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }
}
