package vn.khoidn.portal.interfaces.account.web;

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

/**
 * The administrator adds a user in the browser, and that user can log in; others cannot reach the
 * page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdministrationPagesIT {

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
  void anAdministratorAddsAUserWhoCanThenLogIn() {
    LoginPage.open(browser, base.toString()).logInAs("admin", "Admin@IT-2021");
    browser.get(base + "app/admin/users.xhtml");
    browser.findElement(By.id("users-form:username")).sendKeys("it.trang");
    browser.findElement(By.id("users-form:display-name")).sendKeys("Phạm Thu Trang");
    browser.findElement(By.id("users-form:password")).sendKeys("Mat-khau-2021");
    chooseOrganization("Sữa Đà Lạt", "Chi bộ Công ty Cổ phần Sữa Đà Lạt");
    browser.findElement(By.id("users-form:create")).click();
    LoginPage.wait(browser)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("users-form:messages"), "Đã thêm người dùng."));
    browser.findElement(By.id("topbar:logout")).click();

    LoginPage.open(browser, base.toString()).logInAs("it.trang", "Mat-khau-2021");

    assertThat(browser.findElement(By.id("greeting")).getText())
        .isEqualTo("Xin chào, Phạm Thu Trang");
    assertThat(browser.findElement(By.id("organization-name")).getText())
        .isEqualTo("Chi bộ Công ty Cổ phần Sữa Đà Lạt");
    assertThat(browser.findElement(By.id("roles")).getText()).isEqualTo("Cán bộ báo cáo");
  }

  @Test
  void aRefusedNewUserKeepsEverythingTypedAndTicked() {
    LoginPage.open(browser, base.toString()).logInAs("admin", "Admin@IT-2021");
    browser.get(base + "app/admin/users.xhtml");
    browser.findElement(By.id("users-form:username")).sendKeys("it.ngan");
    browser.findElement(By.id("users-form:display-name")).sendKeys("Lê Văn Ngắn");
    browser.findElement(By.id("users-form:password")).sendKeys("ngan");
    tickRole("STAFF");
    browser.findElement(By.id("users-form:create")).click();

    LoginPage.wait(browser)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("users-form:messages"), "Mật khẩu phải có ít nhất 8 ký tự."));
    assertThat(browser.findElement(By.id("users-form:username")).getAttribute("value"))
        .isEqualTo("it.ngan");
    assertThat(browser.findElement(By.id("users-form:display-name")).getAttribute("value"))
        .isEqualTo("Lê Văn Ngắn");
    assertThat(tickedRoles()).containsExactly("Ban Tổ chức", "Cán bộ báo cáo");
  }

  @Test
  void aOneTimePasswordIsShownOnceAndOpensOnlyTheChangePasswordPage() throws Exception {
    LoginPage.open(browser, base.toString()).logInAs("admin", "Admin@IT-2021");
    browser.get(base + "app/admin/users.xhtml");
    browser.findElement(By.id("users-form:username")).sendKeys("it.motlan");
    browser.findElement(By.id("users-form:display-name")).sendKeys("Trần Một Lần");
    browser.findElement(By.id("users-form:password")).sendKeys("Mat-khau-cu-2021");
    chooseOrganization("Sữa Đà Lạt", "Chi bộ Công ty Cổ phần Sữa Đà Lạt");
    browser.findElement(By.id("users-form:create")).click();
    LoginPage.wait(browser)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("users-form:messages"), "Đã thêm người dùng."));
    browser.findElement(By.id("users-form:users:username:filter")).sendKeys("it.motlan");
    LoginPage.wait(browser)
        .until(
            ExpectedConditions.numberOfElementsToBe(
                By.cssSelector("#users-form\\:users_data button[id$='reset-password']"), 1))
        .get(0)
        .click();
    String message =
        LoginPage.wait(browser)
            .until(
                ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#users-form\\:messages .ui-messages-info-summary")))
            .getText();
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("Mật khẩu một lần của it\\.motlan: (\\S+)\\.")
            .matcher(message);
    assertThat(m.find()).as(message).isTrue();
    String oneTime = m.group(1);
    browser.get(base + "app/admin/users.xhtml");
    assertThat(browser.getPageSource()).doesNotContain(oneTime);
    browser.findElement(By.id("topbar:logout")).click();

    LoginPage oldPassword = LoginPage.open(browser, base.toString());
    oldPassword.logInAs("it.motlan", "Mat-khau-cu-2021");
    assertThat(oldPassword.error()).contains("không đúng");
    LoginPage.open(browser, base.toString()).logInAs("it.motlan", oneTime);
    assertThat(browser.getCurrentUrl()).contains("/app/password.xhtml");
    assertThat(browser.findElement(By.id("one-time")).getText()).contains("mật khẩu một lần");
    browser.get(base + "app/forms.xhtml");
    assertThat(browser.getCurrentUrl()).contains("/app/password.xhtml");
    java.net.http.HttpResponse<String> api =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(base + "api/v1/organizations"))
                    .header(
                        "Authorization",
                        "Basic "
                            + java.util.Base64.getEncoder()
                                .encodeToString(
                                    ("it.motlan:" + oneTime)
                                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(api.statusCode()).isEqualTo(403);
    assertThat(api.body()).contains("PASSWORD_CHANGE_REQUIRED");

    browser.findElement(By.id("password-form:current")).sendKeys(oneTime);
    browser.findElement(By.id("password-form:chosen")).sendKeys("Mat-khau-rieng-2021");
    browser.findElement(By.id("password-form:repeated")).sendKeys("Mat-khau-rieng-2O21");
    browser.findElement(By.id("password-form:change")).click();
    LoginPage.wait(browser)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("password-form:messages"), "Hai lần nhập mật khẩu mới không giống nhau."));
    browser.findElement(By.id("password-form:current")).sendKeys(oneTime);
    browser.findElement(By.id("password-form:chosen")).sendKeys("Mat-khau-rieng-2021");
    browser.findElement(By.id("password-form:repeated")).sendKeys("Mat-khau-rieng-2021");
    browser.findElement(By.id("password-form:change")).click();
    LoginPage.wait(browser).until(ExpectedConditions.urlContains("/app/home.xhtml"));
    browser.get(base + "app/forms.xhtml");
    assertThat(browser.getCurrentUrl()).contains("/app/forms.xhtml");
    browser.findElement(By.id("topbar:logout")).click();
    LoginPage.open(browser, base.toString()).logInAs("it.motlan", "Mat-khau-rieng-2021");
    assertThat(browser.getCurrentUrl()).contains("/app/home.xhtml");
  }

  private void chooseOrganization(String typed, String name) {
    browser.findElement(By.id("users-form:organization")).click();
    LoginPage.wait(browser)
        .until(
            ExpectedConditions.visibilityOfElementLocated(By.id("users-form:organization_filter")))
        .sendKeys(typed);
    LoginPage.wait(browser)
        .until(
            ExpectedConditions.elementToBeClickable(By.xpath("//li[@data-label='" + name + "']")))
        .click();
    LoginPage.wait(browser)
        .until(ExpectedConditions.textToBe(By.id("users-form:organization_label"), name));
  }

  private void tickRole(String role) {
    java.util.List<org.openqa.selenium.WebElement> inputs =
        browser.findElements(By.cssSelector("#users-form\\:roles input[type=checkbox]"));
    for (org.openqa.selenium.WebElement input : inputs) {
      if (input.getAttribute("value").equals(role)) {
        browser
            .findElement(By.cssSelector("label[for='" + input.getAttribute("id") + "']"))
            .click();
      }
    }
  }

  private java.util.List<String> tickedRoles() {
    return browser.findElements(By.cssSelector("#users-form\\:roles input[type=checkbox]")).stream()
        .filter(org.openqa.selenium.WebElement::isSelected)
        .map(
            i ->
                browser
                    .findElement(By.cssSelector("label[for='" + i.getAttribute("id") + "']"))
                    .getText())
        .toList();
  }

  @Test
  void aReporterCannotOpenTheAdministrationPages() {
    LoginPage.open(browser, base.toString()).logInAs("dienluc", "Demo@2021");

    for (String page : new String[] {"users", "organizations", "indicators"}) {
      browser.get(base + "app/admin/" + page + ".xhtml");
      assertThat(browser.findElement(By.id("forbidden")).getText())
          .isEqualTo("Không có quyền truy cập");
    }
    assertThat(browser.findElements(By.id("topbar:nav-users"))).isEmpty();
  }
}
