package vn.khoidn.portal.interfaces.submission.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import vn.khoidn.portal.testsupport.Browser;
import vn.khoidn.portal.testsupport.LoginPage;
import vn.khoidn.portal.testsupport.PortalDeployment;

/**
 * A reporter downloads their form as an Excel template, fills it in offline, uploads it, sees each
 * row checked, corrects a bad row, and saves the figures into the draft.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExcelRoundTripIT {

  private static final Pattern OPEN_FORM =
      Pattern.compile(
          "status-(?:NOT_STARTED|DRAFT|RETURNED)\">.*?href=\"[^\"]*form\\.xhtml\\?id=(\\d+)\"",
          Pattern.DOTALL);

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
  void aReporterFillsTheTemplateOfflineAndSavesItIntoTheDraft(@TempDir Path folder)
      throws IOException {
    Path downloads = Files.createDirectories(folder.resolve("downloads"));
    browser = Browser.start(downloads);
    String local = Browser.downloadableBase(base);
    LoginPage.open(browser, local).logInAs("suadalat", "Demo@2021");
    browser.get(local + "app/forms.xhtml");
    Matcher open = OPEN_FORM.matcher(browser.getPageSource());
    assertThat(open.find()).as("the reporter has a form due").isTrue();
    browser.get(local + "app/form.xhtml?id=" + open.group(1));

    browser.findElement(By.id("excel-form:template")).click();
    Path template =
        LoginPage.wait(browser)
            .until(
                d -> {
                  try (var files = Files.list(downloads)) {
                    return files
                        .filter(f -> f.toString().endsWith(".xlsx") && f.toFile().length() > 0)
                        .findFirst()
                        .orElse(null);
                  } catch (IOException e) {
                    return null;
                  }
                });

    Path filled = folder.resolve("filled.xlsx");
    fill(template, filled, "3", "-2");
    upload(filled);
    WebElement table = browser.findElement(By.id("excel-form:preview-table"));
    assertThat(table.getText()).contains("✓", "Giá trị không được âm: -2.");
    assertThat(browser.findElements(By.id("excel-form:apply"))).as("not with a bad row").isEmpty();

    fill(template, filled, "3", "2");
    upload(filled);
    assertThat(browser.findElement(By.id("excel-form:preview-table")).getText())
        .doesNotContain("không được âm");
    WebElement apply = browser.findElement(By.id("excel-form:apply"));
    apply.click();
    LoginPage.awaitGone(browser, apply);

    assertThat(browser.findElement(By.id("form:messages")).getText())
        .contains("Đã ghi số liệu từ tệp Excel vào bản nháp.");
    assertThat(browser.findElement(By.id("form:blocks:0:rows:0:total")).getAttribute("value"))
        .isEqualTo("3");
  }

  /** Writes the new-members total and the classes total of the template's first organization. */
  private static void fill(Path template, Path to, String members, String classes)
      throws IOException {
    try (InputStream in = Files.newInputStream(template);
        XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      Sheet sheet = workbook.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("org");
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        String org = row.getCell(0).getStringCellValue();
        String indicator = row.getCell(2).getStringCellValue();
        String sector = row.getCell(3).getStringCellValue();
        if (org.equals("CBCS-SUADALAT") && sector.isEmpty()) {
          if (indicator.equals("NEW_MEMBERS")) {
            row.getCell(4).setCellValue(Double.parseDouble(members));
          } else if (indicator.equals("AWARENESS_CLASSES")) {
            row.getCell(4).setCellValue(Double.parseDouble(classes));
          }
        }
      }
      try (OutputStream out = Files.newOutputStream(to)) {
        workbook.write(out);
      }
    }
  }

  private void upload(Path file) {
    browser.findElement(By.cssSelector("#excel-form input[type=file]")).sendKeys(file.toString());
    WebElement preview = browser.findElement(By.id("excel-form:preview"));
    preview.click();
    LoginPage.awaitGone(browser, preview);
    List<WebElement> tables = browser.findElements(By.id("excel-form:preview-table"));
    assertThat(tables).as("the preview").isNotEmpty();
  }
}
