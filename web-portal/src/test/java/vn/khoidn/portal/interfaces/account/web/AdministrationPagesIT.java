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
    browser.findElement(By.id("users-form:organization")).click();
    LoginPage.wait(browser)
        .until(
            ExpectedConditions.visibilityOfElementLocated(By.id("users-form:organization_filter")))
        .sendKeys("Sữa Đà Lạt");
    LoginPage.wait(browser)
        .until(
            ExpectedConditions.elementToBeClickable(
                By.xpath("//li[@data-label='Chi bộ Công ty Cổ phần Sữa Đà Lạt']")))
        .click();
    LoginPage.wait(browser)
        .until(
            ExpectedConditions.textToBe(
                By.id("users-form:organization_label"), "Chi bộ Công ty Cổ phần Sữa Đà Lạt"));
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
