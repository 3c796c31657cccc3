package vn.khoidn.portal.interfaces.login.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.khoidn.portal.testsupport.Browser;
import vn.khoidn.portal.testsupport.LoginPage;
import vn.khoidn.portal.testsupport.PortalDeployment;

/** A user logs in with headless Chromium against the portal on Payara Micro and MariaDB. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginPageIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return PortalDeployment.asPackaged();
  }

  @ArquillianResource URL base;

  WebDriver browser;

  @BeforeEach
  void startBrowser() {
    browser = Browser.start();
  }

  @AfterEach
  void quitBrowser() {
    browser.quit();
  }

  @Test
  void aReporterLogsInAndSeesTheirOrganizationAndItsCells() {
    LoginPage.open(browser, base.toString()).logInAs("dienluc", "Demo@2021");

    assertThat(browser.getCurrentUrl()).endsWith("/app/home.xhtml");
    assertThat(text("greeting")).isEqualTo("Xin chào, Phạm Quốc Việt");
    assertThat(text("organization-name")).isEqualTo("Đảng bộ Công ty Điện lực Lâm Đồng");
    assertThat(text("organization-kind")).isEqualTo("Đảng bộ cơ sở");
    assertThat(text("roles")).isEqualTo("Cán bộ báo cáo");
    assertThat(text("children-form:children"))
        .contains("Chi bộ Điện lực Đà Lạt", "Chi bộ Điện lực Bảo Lộc");
  }

  @Test
  void aWrongPasswordIsRefusedWithAVietnameseMessage() {
    LoginPage login = LoginPage.open(browser, base.toString());

    login.logInAs("dienluc", "sai-mat-khau");

    assertThat(login.error()).isEqualTo("Tên đăng nhập hoặc mật khẩu không đúng.");
    assertThat(browser.findElements(By.id("greeting"))).isEmpty();
  }

  @Test
  void fiveWrongPasswordsLockTheAccountEvenForTheRightOne() {
    for (int attempt = 1; attempt <= 5; attempt++) {
      LoginPage login = LoginPage.open(browser, base.toString());
      login.logInAs("thanhthanhcong", "sai-lan-" + attempt);
    }

    LoginPage login = LoginPage.open(browser, base.toString());
    login.logInAs("thanhthanhcong", "Demo@2021");

    assertThat(login.error())
        .isEqualTo(
            "Tên đăng nhập này hoặc máy này tạm bị khóa 1 phút vì đăng nhập sai nhiều lần. Vui"
                + " lòng thử lại sau, hoặc nhờ quản trị viên mở khóa.");
    assertThat(browser.findElements(By.id("greeting"))).isEmpty();
  }

  @Test
  void loggingInIssuesANewSessionId() {
    LoginPage login = LoginPage.open(browser, base.toString());
    String before = browser.manage().getCookieNamed("JSESSIONID").getValue();

    login.logInAs("btv", "Demo@2021");

    assertThat(text("organization-name")).isEqualTo("Đảng ủy Khối Doanh nghiệp tỉnh Lâm Đồng");
    assertThat(browser.manage().getCookieNamed("JSESSIONID").getValue()).isNotEqualTo(before);
  }

  @Test
  void thePagesCanBeReadInEnglish() {
    LoginPage.open(browser, base.toString());

    browser.findElement(By.id("topbar:lang-en")).click();
    LoginPage.wait(browser).until(ExpectedConditions.textToBe(By.tagName("h1"), "Log in"));
    LoginPage.open(browser, base.toString()).logInAs("agribank", "Demo@2021");

    assertThat(text("greeting")).isEqualTo("Hello, Hoàng Thị Thu Hà");
    assertThat(text("organization-kind")).isEqualTo("Grassroots party committee");
  }

  @Test
  void afterLoginTheUserLandsOnThePageTheyAskedFor() {
    browser.get(base + "app/forms.xhtml");
    LoginPage.wait(browser)
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
    browser.findElement(By.id("login:username")).sendKeys("agribank");
    browser.findElement(By.id("login:password")).sendKeys("Demo@2021");
    browser.findElement(By.id("login:submit")).click();

    LoginPage.wait(browser).until(ExpectedConditions.urlContains("/app/forms.xhtml"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Biểu mẫu của tôi");
  }

  @Test
  void afterLogoutTheHomePageAsksForLoginAgain() {
    LoginPage.open(browser, base.toString()).logInAs("bantochuc", "Demo@2021");

    browser.findElement(By.id("topbar:logout")).click();
    LoginPage.wait(browser)
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
    browser.get(base + "app/home.xhtml");

    assertThat(browser.findElements(By.id("login:username"))).hasSize(1);
    assertThat(browser.findElements(By.id("greeting"))).isEmpty();
  }

  private String text(String id) {
    return browser.findElement(By.id(id)).getText().trim();
  }
}
