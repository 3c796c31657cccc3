package vn.khoidn.portal.interfaces.organization.web;

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
import java.util.Base64;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.khoidn.portal.testsupport.Browser;
import vn.khoidn.portal.testsupport.LoginPage;
import vn.khoidn.portal.testsupport.PortalDeployment;

/**
 * The 2025 reorganization through the API and on the organizations page (issue #13): a merger on
 * 01/07/2025 in the organizations file (refused rows name their column), the roll-up's {@code tree}
 * choice, and the history the administrator reads in the page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReorganizationPageIT {

  private static final String CSV = "text/csv; charset=UTF-8";
  private static final String HEADER =
      "code,name,kind,parent,sector,host_unit,established,dissolved,effective,successor\n";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return PortalDeployment.asPackaged();
  }

  @ArquillianResource URL base;

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @Test
  void aMergerInTheFileIsInTheOrganizationsHistoryOnThePage() throws Exception {
    HttpResponse<String> created =
        importFile(
            HEADER
                + "REORG-H-BLOC,Đảng ủy Khối Lịch sử Tái tổ chức,BLOC,,OTHER,,2010-01-01,,,\n"
                + "REORG-H-DB-A,Đảng bộ Công ty Hòa Bình,GRASSROOTS_COMMITTEE,REORG-H-BLOC,NON_STATE,,2010-01-01,,,\n"
                + "REORG-H-DB-B,Đảng bộ Công ty Bảo Lộc,GRASSROOTS_COMMITTEE,REORG-H-BLOC,NON_STATE,,2010-01-01,,,\n"
                + "REORG-H-CB-B1,Chi bộ Nhà máy Chè,SUBORDINATE_CELL,REORG-H-DB-B,NON_STATE,,2012-03-15,,,\n");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(200);

    HttpResponse<String> refused =
        importFile(
            HEADER
                + "REORG-H-DB-B,Đảng bộ Công ty Bảo Lộc,GRASSROOTS_COMMITTEE,REORG-H-BLOC,NON_STATE,,2010-01-01,2025-07-01,,\n");
    assertThat(refused.statusCode()).isEqualTo(422);
    JsonObject orphan = json(refused.body()).getJsonArray("errors").getJsonObject(0);
    assertThat(orphan.getInt("line")).isEqualTo(2);
    assertThat(orphan.getString("code")).isEqualTo("HAS_CHILDREN");
    assertThat(orphan.getString("column")).isEqualTo("dissolved");
    assertThat(orphan.getString("message")).contains("REORG-H-CB-B1", "kế thừa");
    HttpResponse<String> unknown =
        importFile(
            HEADER
                + "REORG-H-DB-B,Đảng bộ Công ty Bảo Lộc,GRASSROOTS_COMMITTEE,REORG-H-BLOC,NON_STATE,,2010-01-01,,2025-07-01,KHONG-CO\n");
    JsonObject successor = json(unknown.body()).getJsonArray("errors").getJsonObject(0);
    assertThat(successor.getString("code")).isEqualTo("UNKNOWN_SUCCESSOR");
    assertThat(successor.getString("column")).isEqualTo("successor");

    HttpResponse<String> merged =
        importFile(
            HEADER
                + "REORG-H-DB-B,Đảng bộ Công ty Bảo Lộc,GRASSROOTS_COMMITTEE,REORG-H-BLOC,NON_STATE,,2010-01-01,,2025-07-01,REORG-H-DB-A\n");
    assertThat(merged.statusCode()).as(merged.body()).isEqualTo(200);
    assertThat(json(merged.body()).getInt("updated")).isEqualTo(1);

    HttpResponse<String> current = get("api/v1/rollup?org=DUK&period=2099&tree=current");
    assertThat(current.statusCode()).as(current.body()).isEqualTo(200);
    assertThat(json(current.body()).getString("tree")).isEqualTo("current");
    HttpResponse<String> bogus = get("api/v1/rollup?org=DUK&period=2099&tree=tomorrow");
    assertThat(bogus.statusCode()).isEqualTo(400);
    assertThat(json(bogus.body()).getString("code")).isEqualTo("INVALID_PARAMETER");

    WebDriver browser = Browser.start();
    try {
      LoginPage.open(browser, base.toString()).logInAs("admin", "Admin@IT-2021");
      browser.get(base + "app/admin/organizations.xhtml");
      assertThat(browser.findElements(By.id("orgs-form:orgs")))
          .as("the organizations page shows its table: %s", browser.getPageSource())
          .hasSize(1);
      WebElement codeFilter =
          browser
              .findElements(By.cssSelector("[id='orgs-form:orgs'] input.ui-column-filter"))
              .get(0);
      codeFilter.sendKeys("REORG-H-CB-B1");
      LoginPage.wait(browser)
          .until(
              ExpectedConditions.numberOfElementsToBe(
                  By.cssSelector("[id='orgs-form:orgs_data'] > tr"), 1));
      browser.findElement(By.cssSelector("[id$=':show-history']")).click();
      LoginPage.wait(browser)
          .until(ExpectedConditions.visibilityOfElementLocated(By.id("orgs-form:history-dialog")));
      LoginPage.wait(browser)
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("orgs-form:history"), "01/07/2025"));
      String history = browser.findElement(By.id("orgs-form:history")).getText();
      assertThat(history)
          .contains("15/03/2012")
          .contains(
              "Thành lập với tên Chi bộ Nhà máy Chè, trực thuộc Đảng bộ Công ty Bảo Lộc (REORG-H-DB-B)")
          .contains("01/07/2025")
          .contains("Chuyển về trực thuộc Đảng bộ Công ty Hòa Bình (REORG-H-DB-A)");
      assertThat(browser.findElement(By.id("orgs-form:history-dialog")).getText())
          .contains("Lịch sử của Chi bộ Nhà máy Chè");
    } finally {
      browser.quit();
    }
  }

  private HttpResponse<String> importFile(String csv) throws Exception {
    return http.send(
        auth(HttpRequest.newBuilder(URI.create(base + "api/v1/organizations"))
                .header("Content-Type", CSV)
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)))
            .build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString("btv:Demo@2021".getBytes(StandardCharsets.UTF_8)))
            .header("Accept", "application/json")
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static HttpRequest.Builder auth(HttpRequest.Builder b) {
    return b.header(
        "Authorization",
        "Basic "
            + Base64.getEncoder()
                .encodeToString("admin:Admin@IT-2021".getBytes(StandardCharsets.UTF_8)));
  }

  private static JsonObject json(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }
}
