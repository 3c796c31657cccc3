package vn.khoidn.portal.interfaces.submission.web;

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
 * The whole story in a browser: staff open a round; a reporter finds the form due, gets a
 * Vietnamese validation message, fixes it and submits; staff return it with a comment; the reporter
 * sees the comment and resubmits; staff accept; the figures show as locked. And another
 * organization's reporter cannot open it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SubmissionStoryIT {

  private static final String TOTAL = "form:blocks:0:rows:0:total";
  private static final String NON_STATE = "form:blocks:0:rows:0:part-nonstate";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return PortalDeployment.asPackaged();
  }

  @ArquillianResource URL base;

  WebDriver staff;
  WebDriver reporter;

  @BeforeEach
  void startBrowsers() {
    staff = Browser.start();
    reporter = Browser.start();
  }

  @AfterEach
  void quitBrowsers() {
    staff.quit();
    reporter.quit();
  }

  @Test
  void aFormGoesFromTheReporterToStaffAndBackUntilAccepted() {
    String title = "Báo cáo quý II/2060 – kiểm thử " + System.nanoTime();
    LoginPage.open(staff, base.toString()).logInAs("bantochuc", "Demo@2021");
    staff.get(base + "app/rounds.xhtml");
    type(staff, "rounds-form:period", "2060Q2");
    type(staff, "rounds-form:title", title);
    type(staff, "rounds-form:deadline_input", "31/12/2099");
    press(staff, "rounds-form:open");
    assertThat(message(staff)).contains("Đã mở đợt báo cáo");

    LoginPage.open(reporter, base.toString()).logInAs("agribank", "Demo@2021");
    reporter.get(base + "app/forms.xhtml");
    WebElement row = rowContaining(reporter, title);
    assertThat(row.getText()).contains("Chưa nhập").contains("Đảng bộ Agribank");
    row.findElement(By.cssSelector("a.open-form")).click();
    waitFor(reporter, TOTAL);
    String formUrl = reporter.getCurrentUrl();

    // What is typed is read exactly as typed, or refused with a reason: never changed silently.
    type(reporter, TOTAL, "-3");
    press(reporter, "form:save");
    assertThat(message(reporter)).contains("không được âm (-3)");
    assertThat(value(reporter, TOTAL)).isEqualTo("-3");
    type(reporter, TOTAL, "2,5");
    press(reporter, "form:save");
    assertThat(message(reporter)).contains("nhập số nguyên", "(2,5)");
    type(reporter, TOTAL, "123456789");
    press(reporter, "form:save");
    assertThat(message(reporter)).contains("số quá lớn");
    assertThat(reporter.findElement(By.id("form-status")).getText())
        .as("nothing was saved")
        .isEqualTo("Chưa nhập");

    type(reporter, TOTAL, "2");
    type(reporter, NON_STATE, "3");
    press(reporter, "form:save");
    assertThat(message(reporter)).contains("Chưa lưu: biểu mẫu còn 1 lỗi");
    assertThat(reporter.findElement(By.cssSelector(".issue-ERROR")).getText())
        .isEqualTo("Tổng các khu vực (3) lớn hơn tổng số \"đảng viên mới được kết nạp\" (2).");
    assertThat(value(reporter, TOTAL)).isEqualTo("2");

    type(reporter, NON_STATE, "1");
    press(reporter, "form:submit");
    assertThat(message(reporter)).contains("Đã gửi báo cáo");
    assertThat(reporter.findElement(By.id("form-status")).getText()).isEqualTo("Đã gửi");

    // The value's history opens: who, when (dd/MM/yyyy HH:mm in the bloc's zone), old and new.
    reporter.findElement(By.id("form:blocks:0:rows:0:history")).click();
    LoginPage.wait(reporter)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(By.id("history-table"), "agribank"));
    assertThat(reporter.findElement(By.id("history-table")).getText())
        .containsPattern("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}")
        .contains("DBCS-AGRIBANK/NEW_MEMBERS");
    reporter.navigate().refresh();

    staff.get(base + "app/rounds.xhtml");
    rowContaining(staff, title).findElement(By.linkText("Xem xét")).click();
    LoginPage.wait(staff)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("review-form:forms")));
    rowContaining(staff, "Đảng bộ Agribank").findElement(By.linkText("Mở")).click();
    waitFor(staff, "form:return-comment-input");
    type(
        staff,
        "form:return-comment-input",
        "Số kết nạp ngoài khu vực nhà nước chưa khớp danh sách.");
    press(staff, "form:return");
    assertThat(message(staff)).contains("Đã trả lại biểu mẫu");

    reporter.get(formUrl);
    assertThat(reporter.findElement(By.id("form-status")).getText()).isEqualTo("Bị trả lại");
    assertThat(reporter.findElement(By.id("return-comment")).getText())
        .contains("Số kết nạp ngoài khu vực nhà nước chưa khớp danh sách.");
    type(reporter, TOTAL, "3");
    press(reporter, "form:submit");
    assertThat(reporter.findElement(By.id("form-status")).getText()).isEqualTo("Đã gửi");

    assertThat(staff.getCurrentUrl()).isEqualTo(formUrl);
    staff.navigate().refresh();
    waitFor(staff, "form:accept");
    press(staff, "form:accept");
    assertThat(message(staff)).contains("Đã duyệt biểu mẫu");

    reporter.get(formUrl);
    assertThat(reporter.findElement(By.id("form-status")).getText()).isEqualTo("Đã duyệt");
    assertThat(reporter.findElement(By.id("locked")).getText()).contains("Biểu mẫu đã khóa");
    assertThat(reporter.findElement(By.id(TOTAL)).isEnabled()).isFalse();
    assertThat(value(reporter, TOTAL)).isEqualTo("3");
    assertThat(reporter.findElements(By.id("form:submit"))).isEmpty();

    // Accepting many at once names each form it leaves out, and why.
    staff.get(base + "app/rounds.xhtml");
    rowContaining(staff, title).findElement(By.linkText("Xem xét")).click();
    LoginPage.wait(staff)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("review-form:forms")));
    rowContaining(staff, "Đảng bộ Agribank").findElement(By.cssSelector(".ui-chkbox-box")).click();
    press(staff, "review-form:accept-selected");
    assertThat(message(staff))
        .contains("Bỏ qua Đảng bộ Agribank", "(đã duyệt): chỉ duyệt được biểu mẫu đã gửi.")
        .contains("Chưa chọn biểu mẫu nào đang chờ duyệt.");

    WebDriver other = Browser.start();
    try {
      LoginPage.open(other, base.toString()).logInAs("dienluc", "Demo@2021");
      other.get(formUrl);
      assertThat(other.findElement(By.id("forbidden")).getText())
          .isEqualTo("Không có quyền truy cập");
      assertThat(other.findElements(By.id(TOTAL))).isEmpty();
      other.get(base + "app/review.xhtml?round=0");
      assertThat(other.findElements(By.id("review-form:accept-selected")))
          .as("a reporter is not offered the accept button")
          .isEmpty();
    } finally {
      other.quit();
    }
  }

  /** Presses a button that loads a new page, and waits until the old page is gone. */
  private static void press(WebDriver driver, String id) {
    WebElement page = driver.findElement(By.tagName("html"));
    driver.findElement(By.id(id)).click();
    LoginPage.awaitGone(driver, page);
  }

  private static void type(WebDriver driver, String id, String text) {
    WebElement input = driver.findElement(By.id(id));
    input.click();
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    input.sendKeys(text);
  }

  private static String value(WebDriver driver, String id) {
    return driver.findElement(By.id(id)).getAttribute("value");
  }

  private static void waitFor(WebDriver driver, String id) {
    LoginPage.wait(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
  }

  private static String message(WebDriver driver) {
    LoginPage.wait(driver)
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ui-messages div")));
    List<WebElement> messages = driver.findElements(By.cssSelector(".ui-messages div"));
    return messages.stream().map(WebElement::getText).reduce("", (a, b) -> a + " " + b).trim();
  }

  private static WebElement rowContaining(WebDriver driver, String text) {
    return LoginPage.wait(driver)
        .until(
            ExpectedConditions.presenceOfElementLocated(
                By.xpath("//tr[td[contains(normalize-space(.), \"" + text + "\")]]")));
  }
}
