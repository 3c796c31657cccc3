package vn.khoidn.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import vn.khoidn.portal.testsupport.Browser;
import vn.khoidn.portal.testsupport.LoginPage;
import vn.khoidn.portal.testsupport.PortalProcess;

/** The README's run command: the runnable jar on the embedded database, with demo data. */
class EmbeddedDefaultIT {

  private static final Pattern GENERATED_PASSWORD =
      Pattern.compile("Đã tạo tài khoản quản trị \"admin\" với mật khẩu: (\\S+)");

  @Test
  void runsWithDemoDataOnTheEmbeddedDatabaseAndKeepsItAcrossRestarts(@TempDir Path folder) {
    String adminPassword;
    try (PortalProcess portal = PortalProcess.startIn(folder, "first-start.log")) {
      Matcher generated = GENERATED_PASSWORD.matcher(portal.output());
      assertThat(generated.find())
          .as("the generated admin password is printed to the log")
          .isTrue();
      adminPassword = generated.group(1);
      assertThat(portal.output())
          .contains("Đã nạp dữ liệu mẫu / demo data loaded: 21 organizations");
      assertThat(folder.resolve("data").resolve("portal.mv.db")).isRegularFile();

      assertThat(logInAndReadOrganization(portal, "admin", adminPassword))
          .isEqualTo("Đảng ủy Khối Doanh nghiệp tỉnh Lâm Đồng");
      assertThat(portal.output())
          .as("session state must be serializable, or it cannot be replicated across nodes")
          .doesNotContain("Cannot serialize session attribute");
    }

    try (PortalProcess restarted = PortalProcess.startIn(folder, "second-start.log")) {
      assertThat(restarted.output())
          .doesNotContain("Đã tạo tài khoản quản trị")
          .doesNotContain("Đã nạp dữ liệu mẫu");
      assertThat(logInAndReadOrganization(restarted, "admin", adminPassword))
          .isEqualTo("Đảng ủy Khối Doanh nghiệp tỉnh Lâm Đồng");
    }
  }

  private static String logInAndReadOrganization(
      PortalProcess portal, String user, String password) {
    WebDriver browser = Browser.start();
    try {
      LoginPage.open(browser, portal.baseUrl()).logInAs(user, password);
      return browser.findElement(By.id("organization-name")).getText().trim();
    } finally {
      browser.quit();
    }
  }
}
