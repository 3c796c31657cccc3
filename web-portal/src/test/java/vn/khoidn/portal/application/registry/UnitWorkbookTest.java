package vn.khoidn.portal.application.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.khoidn.domain.registry.HostUnit;
import vn.khoidn.domain.registry.LegalForm;
import vn.khoidn.domain.registry.Sector;
import vn.khoidn.domain.registry.TaxCode;
import vn.khoidn.portal.application.InvalidInputException;

/** The registry as a workbook reads back as the same cells the API's CSV has. */
class UnitWorkbookTest {

  private static final RegisteredUnit DIENLUC =
      new RegisteredUnit(
          new HostUnit(
              "HU-DIENLUC",
              "Công ty Điện lực Lâm Đồng",
              LegalForm.STATE_OWNED,
              Sector.STATE,
              new TaxCode("0300942001023"),
              "Đà Lạt",
              780,
              210,
              6,
              140,
              760,
              false,
              List.of()),
          LocalDate.of(1998, 3, 26),
          null,
          4,
          "btc",
          Instant.parse("2023-03-01T03:00:00Z"));

  @Test
  void aWrittenWorkbookReadsBackAsTheExportedValuesTaxCodeLeadingZeroIncluded() {
    List<UnitFileRow> rows = UnitWorkbook.read(UnitWorkbook.write(List.of(DIENLUC)));

    assertThat(rows).hasSize(1);
    UnitFileRow row = rows.get(0);
    assertThat(row.line()).isEqualTo(2);
    List<Object> exported = UnitFile.values(DIENLUC);
    for (int c = 0; c < UnitFile.COLUMNS.size(); c++) {
      assertThat(row.get(UnitFile.COLUMNS.get(c)))
          .as(UnitFile.COLUMNS.get(c))
          .isEqualTo(String.valueOf(exported.get(c)));
    }
    assertThat(row.get("tax_code")).isEqualTo("0300942001023");
    assertThat(row.get("youth_union_established")).isEqualTo("1998-03-26");
  }

  @Test
  void aSheetWithoutTheRequiredColumnsOrNotAWorkbookIsRefusedInVietnamese() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Sheet sheet = workbook.createSheet();
      Row head = sheet.createRow(0);
      head.createCell(0).setCellValue("code");
      head.createCell(1).setCellValue("name");
      workbook.write(out);
    }

    assertThatThrownBy(() -> UnitWorkbook.read(out.toByteArray()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("Tệp không đúng mẫu: hàng đầu thiếu cột \"legal_form\"");
    assertThatThrownBy(() -> UnitWorkbook.read("code,name\n".getBytes()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("Tệp không đọc được như một tệp Excel (.xlsx)");
  }
}
