package vn.khoidn.portal.application.plan;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.khoidn.portal.application.InvalidInputException;

/**
 * The plans grid as an Excel template to fill in offline, and the filled-in workbook read back into
 * cells: the import's columns ({@code org,period,indicator,value}) with the names beside them and
 * the target each row held when it was downloaded (the optimistic check). The sheet is protected:
 * only the value column can be typed in.
 */
public final class PlanWorkbook {

  static final String[] HEADER = {
    "org", "period", "indicator", "value", "Tổ chức", "Chỉ tiêu", "Kế hoạch khi tải về"
  };

  private static final int VALUE = 3;
  private static final int SEEN = 6;

  private PlanWorkbook() {}

  /**
   * The template of a grid: one row per organization and planned indicator, holding the stored
   * target.
   *
   * @param grid the grid
   * @return the XLSX file
   */
  public static byte[] write(PlanGrid grid) {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XSSFSheet sheet = workbook.createSheet("Kế hoạch " + grid.periodCode());
      Font bold = workbook.createFont();
      bold.setBold(true);
      CellStyle header = workbook.createCellStyle();
      header.setFont(bold);
      CellStyle open = workbook.createCellStyle();
      open.setLocked(false);
      open.setDataFormat(workbook.createDataFormat().getFormat("0"));
      Row head = sheet.createRow(0);
      for (int c = 0; c < HEADER.length; c++) {
        Cell cell = head.createCell(c);
        cell.setCellValue(HEADER[c]);
        cell.setCellStyle(header);
      }
      int r = 1;
      for (PlanGrid.Row org : grid.rows()) {
        for (PlanGrid.Column indicator : grid.indicators()) {
          Row line = sheet.createRow(r++);
          Long target = org.targets().get(indicator.code());
          line.createCell(0).setCellValue(org.code());
          line.createCell(1).setCellValue(grid.periodCode());
          line.createCell(2).setCellValue(indicator.code());
          Cell value = line.createCell(VALUE);
          value.setCellStyle(open);
          if (target != null) {
            value.setCellValue(target);
          }
          line.createCell(4).setCellValue("    ".repeat(org.depth()) + org.name());
          line.createCell(5).setCellValue(indicator.label());
          Cell seen = line.createCell(SEEN);
          if (target != null) {
            seen.setCellValue(target);
          }
        }
      }
      for (int c = 0; c < HEADER.length; c++) {
        sheet.autoSizeColumn(c);
      }
      sheet.createFreezePane(0, 1);
      sheet.lockFormatColumns(false);
      sheet.protectSheet("");
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a filled-in template.
   *
   * @param xlsx the uploaded file
   * @return every row as a cell, numbered as the sheet's rows (the header is row 1)
   * @throws InvalidInputException in Vietnamese if the file is not such a workbook
   */
  public static List<PlanCell> read(byte[] xlsx) {
    List<PlanCell> cells = new ArrayList<>();
    DataFormatter formatter = new DataFormatter(Locale.ROOT);
    try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = workbook.getSheetAt(0);
      Row head = sheet.getRow(0);
      for (int c = 0; c < HEADER.length; c++) {
        if (head == null || !HEADER[c].equals(text(head.getCell(c), formatter))) {
          throw new InvalidInputException(
              "NOT_THE_PLAN_TEMPLATE",
              "Tệp không đúng mẫu kế hoạch: hàng đầu phải có các cột "
                  + String.join(", ", HEADER)
                  + ". Hãy tải lại mẫu Excel ở trang Kế hoạch.");
        }
      }
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        if (row == null || text(row.getCell(0), formatter).isEmpty()) {
          continue;
        }
        cells.add(
            new PlanCell(
                r + 1,
                text(row.getCell(0), formatter),
                text(row.getCell(1), formatter),
                text(row.getCell(2), formatter),
                text(row.getCell(SEEN), formatter),
                text(row.getCell(VALUE), formatter)));
      }
    } catch (InvalidInputException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      // An uploaded file is untrusted bytes: whatever POI throws on a damaged package means the
      // file cannot be read.
      throw new InvalidInputException(
          "UNREADABLE_EXCEL",
          "Tệp không đọc được như một tệp Excel (.xlsx): hãy tải mẫu về, điền kế hoạch và lưu ở"
              + " định dạng .xlsx.",
          e);
    }
    return cells;
  }

  /** A cell as text; a whole number without ".0", a fraction as typed, so the check refuses it. */
  private static String text(Cell cell, DataFormatter formatter) {
    if (cell == null) {
      return "";
    }
    if (cell.getCellType() == CellType.NUMERIC) {
      BigDecimal n = BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros();
      return n.scale() < 0 ? n.setScale(0).toPlainString() : n.toPlainString();
    }
    return formatter.formatCellValue(cell).strip();
  }
}
