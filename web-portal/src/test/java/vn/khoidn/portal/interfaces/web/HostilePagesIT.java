package vn.khoidn.portal.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.khoidn.portal.testsupport.Browser;
import vn.khoidn.portal.testsupport.LoginPage;
import vn.khoidn.portal.testsupport.PortalDeployment;

/**
 * The pages under hostile input, in Chromium: a script in an organization's name is shown as text
 * and never runs, no page breaks its Content-Security-Policy, an expired page sends the user back
 * with a message, a disabled user's open session ends at the next click, and an administrator lifts
 * a login lock.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostilePagesIT {

  private static final String PAYLOAD = "Chi bộ X</script><img src=x onerror=alert(1)>";

  /** Records every CSP violation of the page, before any of its own scripts run. */
  private static final String RECORD_VIOLATIONS =
      "window.__violations = [];"
          + "document.addEventListener('securitypolicyviolation', function (e) {"
          + "  window.__violations.push(e.violatedDirective + ' ' + e.blockedURI + ' '"
          + "    + (e.sample || ''));"
          + "});";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return PortalDeployment.asPackaged();
  }

  @ArquillianResource URL base;

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private WebDriver browser;

  @BeforeEach
  void startBrowser() {
    browser = Browser.start();
    ((ChromeDriver) browser)
        .executeCdpCommand(
            "Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_VIOLATIONS));
  }

  @AfterEach
  void quitBrowser() {
    browser.quit();
  }

  @Test
  void aScriptInAnOrganizationsNameIsShownAsTextAndNeverRuns() throws Exception {
    // Established in 2090, a year no other test reads, so that the demo's counts stay as they are.
    String rows =
        "[{\"code\":\"XSS-CHIBO-1\",\"name\":\"Chi bộ X</script><img src=x onerror=alert(1)>\","
            + "\"kind\":\"GRASSROOTS_CELL\",\"parent\":\"DUK\",\"sector\":\"NON_STATE\","
            + "\"host_unit\":\"\",\"established\":\"2090-01-01\"}]";
    HttpResponse<String> created = post("admin", "Admin@IT-2021", "api/v1/organizations", rows);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(200);

    LoginPage.open(browser, base.toString()).logInAs("btv", "Demo@2021");
    for (String page :
        List.of("app/rollup.xhtml?period=2090", "app/registry.xhtml", "app/report.xhtml")) {
      browser.get(base + page);
      waitForPage();
      assertThat(alert()).as(page + ": no dialog opened").isNull();
      assertThat(browser.findElements(By.cssSelector("img[src='x']"))).as(page).isEmpty();
      assertThat(violations()).as(page).isEmpty();
    }
    browser.get(base + "app/rollup.xhtml?period=2090");
    waitForPage();
    assertThat(browser.findElement(By.tagName("body")).getText()).contains(PAYLOAD);
  }

  @Test
  void noPageBreaksItsContentSecurityPolicyAndThePagesStillWork() {
    List<String> seen = new ArrayList<>();
    LoginPage.open(browser, base.toString());
    assertThat(violations()).as("login page").isEmpty();
    LoginPage.open(browser, base.toString()).logInAs("admin", "Admin@IT-2021");
    for (String page :
        List.of(
            "app/home.xhtml",
            "app/forms.xhtml",
            "app/rounds.xhtml",
            "app/plans.xhtml",
            "app/rollup.xhtml?period=2021",
            "app/registry.xhtml",
            "app/report.xhtml",
            "app/report-templates.xhtml",
            "app/admin/users.xhtml",
            "app/admin/organizations.xhtml",
            "app/admin/indicators.xhtml",
            "no-such-page.xhtml")) {
      browser.get(base + page);
      waitForPage();
      assertThat(violations()).as(page).isEmpty();
      if (page.startsWith("app/")) {
        assertThat(script("return typeof PrimeFaces")).as(page).isEqualTo("object");
      }
      assertThat(script("return document.documentElement.lang"))
          .as(page + ": lang")
          .isEqualTo("vi");
      if (page.endsWith("indicators.xhtml")) {
        assertThat(browser.findElement(By.id("indicators-form:indicators")).getText())
            .as("sources in words, not enum names")
            .contains("Đơn vị nhập", "Tính từ danh bạ")
            .doesNotContain("ENTERED", "REGISTRY");
      }
      seen.add(page);
    }
    // An Ajax round trip: PrimeFaces' scripts in the partial answer carry the nonce too.
    browser.get(base + "app/admin/users.xhtml");
    waitForPage();
    WebElement filter =
        browser.findElement(By.cssSelector("[id$='users'] th input.ui-column-filter"));
    filter.sendKeys("dienluc.dalat");
    wait(browser).until(d -> d.findElements(By.cssSelector("[id$='users_data'] tr")).size() == 1);
    assertThat(violations()).as("after an Ajax filter").isEmpty();

    // The review page and a form, as the staff and a reporter open them.
    browser.findElement(By.id("topbar:logout")).click();
    LoginPage.open(browser, base.toString()).logInAs("bantochuc", "Demo@2021");
    browser.get(base + "app/rounds.xhtml");
    List<WebElement> reviews = browser.findElements(By.cssSelector("a[id$=':review']"));
    if (!reviews.isEmpty()) {
      reviews.get(0).click();
      waitForPage();
      assertThat(violations()).as("review page").isEmpty();
    }
    browser.findElement(By.id("topbar:logout")).click();
    LoginPage.open(browser, base.toString()).logInAs("dienluc", "Demo@2021");
    browser.get(base + "app/forms.xhtml");
    List<WebElement> forms = browser.findElements(By.cssSelector("a.open-form"));
    assertThat(forms).as("the demo reporter has forms").isNotEmpty();
    forms.get(0).click();
    waitForPage();
    assertThat(violations()).as("form page").isEmpty();
    assertThat(seen).hasSize(12);
  }

  @Test
  void anExpiredPageSendsTheUserBackWithAMessageAndChangesNothing() {
    LoginPage.open(browser, base.toString()).logInAs("admin", "Admin@IT-2021");
    browser.get(base + "app/admin/users.xhtml");
    waitForPage();
    browser.findElement(By.cssSelector("input[id$='username']")).sendKeys("het.han");
    // The server no longer knows this page's state: as after a long pause or a restart.
    script(
        "document.querySelectorAll(\"input[name='jakarta.faces.ViewState']\")"
            + ".forEach(function (e) { e.value = '-1234567890:-987654321'; }); return null;");

    browser.findElement(By.cssSelector("button[id$='create']")).click();

    wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("expired-message")));
    assertThat(browser.getCurrentUrl()).contains("/app/admin/users.xhtml").contains("expired=true");
    assertThat(browser.findElement(By.id("expired-message")).getText())
        .isEqualTo(
            "Trang đã hết hạn do để lâu không thao tác; thao tác vừa rồi chưa được thực hiện."
                + " Hãy làm lại.");
    assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("het.han");
  }

  @Test
  void aDisabledUsersOpenSessionEndsAtTheNextClick() {
    WebDriver admin = Browser.start();
    try {
      LoginPage.open(browser, base.toString()).logInAs("langbiang", "Demo@2021");
      assertThat(browser.findElements(By.id("greeting"))).hasSize(1);

      LoginPage.open(admin, base.toString()).logInAs("admin", "Admin@IT-2021");
      pressInUserRow(admin, "langbiang", "Khóa", "Đã khóa tài khoản.");

      browser.get(base + "app/forms.xhtml");
      wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
      assertThat(browser.findElements(By.id("greeting"))).isEmpty();

      pressInUserRow(admin, "langbiang", "Mở khóa", "Đã mở khóa tài khoản.");
    } finally {
      admin.quit();
    }
  }

  @Test
  void anAdministratorLiftsALoginLockFromTheUsersPage() throws Exception {
    for (int i = 1; i <= 4; i++) {
      assertThat(guess("minhtien", "sai-" + i).statusCode()).isEqualTo(401);
    }
    assertThat(guess("minhtien", "sai-5").statusCode()).isEqualTo(429);
    assertThat(guess("minhtien", "Demo@2021").statusCode()).isEqualTo(429);

    LoginPage.open(browser, base.toString()).logInAs("admin", "Admin@IT-2021");
    WebElement row = userRow(browser, "minhtien");
    assertThat(row.getText()).contains("Tạm khóa (đăng nhập sai)");
    row.findElement(By.cssSelector("button[id$='unlock-login']")).click();
    wait(browser)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.tagName("body"), "Đã mở khóa đăng nhập."));

    assertThat(guess("minhtien", "Demo@2021").statusCode()).isEqualTo(200);
  }

  private void pressInUserRow(WebDriver driver, String user, String button, String message) {
    userRow(driver, user)
        .findElement(By.xpath(".//button[.//span[normalize-space()='" + button + "']]"))
        .click();
    wait(driver)
        .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), message));
  }

  private WebElement userRow(WebDriver driver, String user) {
    driver.get(base + "app/admin/users.xhtml");
    waitForPage(driver);
    WebElement filter =
        driver.findElement(By.cssSelector("[id$='users'] th input.ui-column-filter"));
    filter.sendKeys(user);
    By row =
        By.xpath("//tbody[contains(@id,'users_data')]/tr[td[normalize-space()='" + user + "']]");
    wait(driver)
        .until(
            d ->
                d.findElements(By.cssSelector("[id$='users_data'] tr")).size() == 1
                    && !d.findElements(row).isEmpty());
    return driver.findElement(row);
  }

  private HttpResponse<String> guess(String user, String password) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + "api/v1/organizations"))
            .header("Authorization", basic(user, password))
            .header("X-Forwarded-For", "203.0.113.41")
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> post(String user, String password, String path, String body)
      throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Authorization", basic(user, password))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  @SuppressWarnings("unchecked")
  private List<String> violations() {
    Object v = script("return window.__violations || [];");
    return v instanceof List<?> list ? (List<String>) list : List.of();
  }

  private String alert() {
    try {
      return browser.switchTo().alert().getText();
    } catch (NoAlertPresentException e) {
      return null;
    }
  }

  private Object script(String js) {
    return ((JavascriptExecutor) browser).executeScript(js);
  }

  private void waitForPage() {
    waitForPage(browser);
  }

  private static void waitForPage(WebDriver driver) {
    wait(driver)
        .until(
            d ->
                "complete"
                    .equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
  }

  private static WebDriverWait wait(WebDriver driver) {
    return new WebDriverWait(driver, Duration.ofSeconds(20));
  }
}
