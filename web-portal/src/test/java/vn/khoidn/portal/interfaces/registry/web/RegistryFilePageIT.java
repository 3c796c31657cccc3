package vn.khoidn.portal.interfaces.registry.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import vn.khoidn.portal.testsupport.Browser;
import vn.khoidn.portal.testsupport.LoginPage;
import vn.khoidn.portal.testsupport.PortalDeployment;

/**
 * Staff upload the registry as an Excel workbook: a wrong row is listed in Vietnamese with its
 * column and nothing is stored; the corrected workbook is. Units are coded REGF-X.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegistryFilePageIT {

  private static final List<String> HEADER =
      List.of(
          "code",
          "name",
          "legal_form",
          "sector",
          "tax_code",
          "district",
          "employees",
          "party_members",
          "owner_party_member");

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
  void aWrongRowIsListedInVietnameseAndNothingIsStoredUntilTheWorkbookIsRight() throws Exception {
    LoginPage.open(browser, base.toString()).logInAs("bantochuc", "Demo@2021");
    browser.get(base + "app/registry.xhtml");
    int before = total();
    Path bad = Files.createTempFile("registry", ".xlsx");
    workbook(
        bad,
        List.of(
            List.of(
                "REGF-XOK",
                "Công ty TNHH REGF Excel",
                "LIMITED_LIABILITY",
                "NON_STATE",
                "7770000101",
                "Lâm Hà",
                "25",
                "1",
                "false"),
            List.of(
                "REGF-XBAD",
                "Công ty REGF Sai Loại Hình",
                "TNHH",
                "NON_STATE",
                "",
                "Lâm Hà",
                "hai mươi",
                "0",
                "false")));

    upload(bad, "file-form:import-upload");

    WebElement errors = browser.findElement(By.id("file-form:upload-errors"));
    assertThat(errors.getText())
        .contains(
            "Dòng 3, cột legal_form: loại hình \"TNHH\" không có trong danh mục",
            "Dòng 3, cột employees:");
    assertThat(browser.findElement(By.id("registry-form:messages")).getText())
        .contains("Tệp có 1 dòng không hợp lệ; không có đơn vị nào được ghi.");
    assertThat(total()).as("nothing stored").isEqualTo(before);

    Path good = Files.createTempFile("registry", ".xlsx");
    workbook(
        good,
        List.of(
            List.of(
                "REGF-XOK",
                "Công ty TNHH REGF Excel",
                "LIMITED_LIABILITY",
                "NON_STATE",
                "7770000101",
                "Lâm Hà",
                "25",
                "1",
                "false")));
    upload(good, "file-form:import-upload");

    assertThat(browser.findElement(By.id("registry-form:messages")).getText())
        .contains("Đã nhập: 1 đơn vị thêm mới, 0 được sửa, 0 giữ nguyên.");
    assertThat(browser.findElements(By.id("file-form:upload-errors"))).isEmpty();
    assertThat(total()).isEqualTo(before + 1);
  }

  private int total() {
    return Integer.parseInt(browser.findElement(By.id("units-total")).getText());
  }

  private void upload(Path file, String button) {
    browser.findElement(By.cssSelector("#file-form input[type=file]")).sendKeys(file.toString());
    WebElement go = browser.findElement(By.id(button));
    go.click();
    LoginPage.awaitGone(browser, go);
  }

  private static void workbook(Path to, List<List<String>> rows) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(to)) {
      Sheet sheet = workbook.createSheet();
      Row head = sheet.createRow(0);
      for (int c = 0; c < HEADER.size(); c++) {
        head.createCell(c).setCellValue(HEADER.get(c));
      }
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r + 1);
        for (int c = 0; c < rows.get(r).size(); c++) {
          row.createCell(c).setCellValue(rows.get(r).get(c));
        }
      }
      workbook.write(out);
    }
  }
}
