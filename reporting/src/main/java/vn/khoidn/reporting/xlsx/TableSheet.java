package vn.khoidn.reporting.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A table as one XLSX sheet: a title line, a bold header, then the rows. Numbers become numeric
 * cells and {@link Percent}s numeric cells with a percent format, so that Excel sums, recomputes
 * and charts them; everything else stays text exactly as shown on screen ("11/95 (11,58%)").
 *
 * @param sheetName the sheet's name
 * @param title the line above the table
 * @param headers the column headers
 * @param rows the rows; each cell a {@link Number}, a {@link Percent} or text
 */
public record TableSheet(
    String sheetName, String title, List<String> headers, List<List<Object>> rows) {

  /** Copies the lists and checks every row has one cell per header. */
  public TableSheet {
    Objects.requireNonNull(sheetName, "sheetName");
    Objects.requireNonNull(title, "title");
    headers = List.copyOf(headers);
    rows =
        rows.stream()
            .map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r)))
            .toList();
    for (List<Object> row : rows) {
      if (row.size() != headers.size()) {
        throw new IllegalArgumentException(
            "Every row needs " + headers.size() + " cells, one had " + row.size());
      }
    }
  }

  /**
   * A share shown as a percentage: 1.1875 is shown as 118.75% (in the reader's own separators).
   *
   * @param fraction the share, 1 for 100%
   */
  public record Percent(java.math.BigDecimal fraction) {
    /** Checks the share is given. */
    public Percent {
      Objects.requireNonNull(fraction, "fraction");
    }
  }

  /** The workbook as XLSX bytes. */
  public byte[] toXlsx() {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet(sheetName);
      Font bold = workbook.createFont();
      bold.setBold(true);
      CellStyle titleStyle = workbook.createCellStyle();
      titleStyle.setFont(bold);
      CellStyle headerStyle = workbook.createCellStyle();
      headerStyle.setFont(bold);
      headerStyle.setWrapText(true);
      CellStyle textRight = workbook.createCellStyle();
      textRight.setAlignment(HorizontalAlignment.RIGHT);
      CellStyle percent = workbook.createCellStyle();
      percent.setDataFormat(workbook.createDataFormat().getFormat("0.00%"));
      Cell titleCell = sheet.createRow(0).createCell(0);
      titleCell.setCellValue(title);
      titleCell.setCellStyle(titleStyle);
      Row header = sheet.createRow(2);
      for (int c = 0; c < headers.size(); c++) {
        Cell cell = header.createCell(c);
        cell.setCellValue(headers.get(c));
        cell.setCellStyle(headerStyle);
      }
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(3 + r);
        List<Object> values = rows.get(r);
        for (int c = 0; c < values.size(); c++) {
          Object v = values.get(c);
          Cell cell = row.createCell(c);
          if (v instanceof Number n) {
            cell.setCellValue(n.doubleValue());
          } else if (v instanceof Percent p) {
            cell.setCellValue(p.fraction().doubleValue());
            cell.setCellStyle(percent);
          } else if (v != null) {
            cell.setCellValue(v.toString());
            if (c > 0) {
              cell.setCellStyle(textRight);
            }
          }
        }
      }
      for (int c = 0; c < headers.size(); c++) {
        sheet.autoSizeColumn(c);
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
