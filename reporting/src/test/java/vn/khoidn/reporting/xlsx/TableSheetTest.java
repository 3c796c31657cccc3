package vn.khoidn.reporting.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TableSheetTest {

  @Test
  void aTableOpensInExcelWithNumbersAsNumbersAndVietnameseIntact() throws Exception {
    TableSheet table =
        new TableSheet(
            "Tổng hợp",
            "Tổng hợp số liệu năm 2021",
            List.of("Tổ chức", "Kết nạp", "% kế hoạch"),
            List.of(
                List.of(
                    "Đảng ủy Khối Doanh nghiệp tỉnh Lâm Đồng",
                    95L,
                    new TableSheet.Percent(new java.math.BigDecimal("1.1875"))),
                List.of("  Chi bộ Công ty TNHH Minh Tiến", 2L, "")));

    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(table.toXlsx()))) {
      Sheet sheet = workbook.getSheet("Tổng hợp");
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("Tổng hợp số liệu năm 2021");
      assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Kết nạp");
      assertThat(sheet.getRow(3).getCell(0).getStringCellValue())
          .isEqualTo("Đảng ủy Khối Doanh nghiệp tỉnh Lâm Đồng");
      assertThat(sheet.getRow(3).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(sheet.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(95.0);
      assertThat(sheet.getRow(3).getCell(2).getNumericCellValue()).isEqualTo(1.1875);
      assertThat(sheet.getRow(3).getCell(2).getCellStyle().getDataFormatString())
          .isEqualTo("0.00%");
      assertThat(sheet.getLastRowNum()).isEqualTo(4);
    }
  }

  @Test
  void aRowWithTheWrongNumberOfCellsIsRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new TableSheet("s", "t", List.of("a", "b"), List.of(List.of("x"))));
  }
}
