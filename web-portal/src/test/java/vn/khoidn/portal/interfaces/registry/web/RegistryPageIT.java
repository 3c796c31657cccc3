package vn.khoidn.portal.interfaces.registry.web;

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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.khoidn.portal.testsupport.Browser;
import vn.khoidn.portal.testsupport.LoginPage;
import vn.khoidn.portal.testsupport.PortalDeployment;

/** Staff filter the registry, see the pipeline and add a unit; reporters are kept out. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegistryPageIT {

  private static final String TABLE = "#registry-form\\:tabs\\:units_data tr";

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
  void staffFilterByDistrictAndSeeWhoMayEstablishAPartyOrganization() {
    LoginPage.open(browser, base.toString()).logInAs("bantochuc", "Demo@2021");
    browser.get(base + "app/registry.xhtml");

    assertThat(browser.findElement(By.id("coverage")).getText()).isEqualTo("61,54%");
    assertThat(browser.findElement(By.id("coverage-status")).getText()).isEqualTo("dưới chỉ tiêu");
    filterByDistrict("Bảo Lộc");

    List<WebElement> rows = browser.findElements(By.cssSelector(TABLE));
    assertThat(rows).isNotEmpty().allMatch(r -> r.getText().contains("Bảo Lộc"));
    assertThat(rows).anyMatch(r -> r.getText().contains("Công ty Cổ phần Chè Thiên Phước"));
    assertThat(rows).noneMatch(r -> r.getText().contains("Đà Lạt"));

    browser.findElement(By.partialLinkText("Đủ điều kiện thành lập tổ chức đảng")).click();
    WebElement party =
        LoginPage.wait(browser)
            .until(
                ExpectedConditions.visibilityOfElementLocated(
                    By.id("registry-form:tabs:party-table")));
    assertThat(party.getText())
        .contains("Công ty TNHH Hoàng Anh Lâm Hà", "Công ty Cổ phần Chè Thiên Phước")
        .doesNotContain("Công ty TNHH An Thịnh Lâm Đồng");
  }

  @Test
  void staffAddAUnitAfterCorrectingItsTaxCode() {
    LoginPage.open(browser, base.toString()).logInAs("bantochuc", "Demo@2021");
    browser.get(base + "app/registry.xhtml");
    click("registry-form:new-unit");
    browser.findElement(By.id("registry-form:code")).sendKeys("IT-HU-PAGE");
    browser.findElement(By.id("registry-form:name")).sendKeys("Công ty TNHH Cà phê Đồi Mây");
    browser.findElement(By.id("registry-form:tax-code")).sendKeys("58012");
    browser.findElement(By.id("registry-form:district")).sendKeys("Di Linh");
    WebElement official = browser.findElement(By.id("registry-form:official_input"));
    official.clear();
    official.sendKeys("4");

    click("registry-form:save");
    assertThat(browser.findElement(By.id("registry-form:messages")).getText())
        .contains("Mã số thuế \"58012\" không hợp lệ");
    assertThat(browser.findElement(By.id("registry-form:name")).getAttribute("value"))
        .as("what was typed stays")
        .isEqualTo("Công ty TNHH Cà phê Đồi Mây");

    WebElement tax = browser.findElement(By.id("registry-form:tax-code"));
    tax.clear();
    tax.sendKeys("5801999888");
    click("registry-form:save");

    assertThat(browser.findElement(By.id("registry-form:messages")).getText())
        .contains("Đã lưu đơn vị Công ty TNHH Cà phê Đồi Mây.");
    browser.findElement(By.partialLinkText("Đủ điều kiện thành lập tổ chức đảng")).click();
    assertThat(
            LoginPage.wait(browser)
                .until(
                    ExpectedConditions.visibilityOfElementLocated(
                        By.id("registry-form:tabs:party-table")))
                .getText())
        .contains("Công ty TNHH Cà phê Đồi Mây", "Di Linh");
  }

  @Test
  void aReporterIsToldTheRegistryIsNotForThem() {
    LoginPage.open(browser, base.toString()).logInAs("dienluc", "Demo@2021");
    browser.get(base + "app/registry.xhtml");

    assertThat(browser.findElement(By.id("registry-form:messages")).getText())
        .contains("Chỉ Ban Thường vụ, Ban Tổ chức và quản trị viên được xem danh bạ đơn vị.");
    assertThat(browser.findElements(By.cssSelector(TABLE))).isEmpty();
  }

  private void click(String id) {
    WebElement button = browser.findElement(By.id(id));
    button.click();
    LoginPage.awaitGone(browser, button);
  }

  /**
   * Chooses a district in the column filter and waits for the table to be drawn again; under load
   * the first click can land while the menu's panel is still opening, so it is tried up to three
   * times, each time until the rows the filter replaces are gone.
   */
  private void filterByDistrict(String district) {
    for (int attempt = 1; ; attempt++) {
      WebElement first = browser.findElement(By.cssSelector(TABLE));
      browser.findElement(By.id("registry-form:tabs:units:district-filter")).click();
      LoginPage.wait(browser)
          .until(
              ExpectedConditions.elementToBeClickable(
                  By.cssSelector(
                      "#registry-form\\:tabs\\:units\\:district-filter_panel li[data-label='"
                          + district
                          + "']")))
          .click();
      try {
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
            .until(
                d -> {
                  try {
                    first.isEnabled();
                    return false;
                  } catch (org.openqa.selenium.WebDriverException gone) {
                    return true;
                  }
                });
        return;
      } catch (org.openqa.selenium.TimeoutException e) {
        if (attempt == 3) {
          throw e;
        }
      }
    }
  }
}
