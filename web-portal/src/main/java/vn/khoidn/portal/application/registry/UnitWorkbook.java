package vn.khoidn.portal.application.registry;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.khoidn.portal.application.InvalidInputException;

/**
 * The registry as an Excel workbook (Apache POI): one sheet, a header row of {@link
 * UnitFile#COLUMNS}, one unit per row; the registry page downloads it and reads it back.
 */
public final class UnitWorkbook {

  private UnitWorkbook() {}

  /**
   * The units as a workbook: counts as numbers, every other cell as text (a tax code keeps its
   * leading zero, a date its yyyy-MM-dd).
   *
   * @param units the units
   * @return the .xlsx bytes
   */
  public static byte[] write(List<RegisteredUnit> units) {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("Danh bạ đơn vị");
      Row head = sheet.createRow(0);
      for (int c = 0; c < UnitFile.COLUMNS.size(); c++) {
        head.createCell(c).setCellValue(UnitFile.COLUMNS.get(c));
      }
      int r = 1;
      for (RegisteredUnit u : units) {
        Row row = sheet.createRow(r++);
        List<Object> values = UnitFile.values(u);
        for (int c = 0; c < values.size(); c++) {
          Object v = values.get(c);
          if (v instanceof Number n) {
            row.createCell(c).setCellValue(n.doubleValue());
          } else {
            row.createCell(c).setCellValue(String.valueOf(v));
          }
        }
      }
      sheet.createFreezePane(0, 1);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a workbook of units: the first sheet, its first row naming the columns.
   *
   * @param xlsx the uploaded file
   * @return the rows that have anything in them, numbered as the sheet's rows (the header is 1)
   * @throws InvalidInputException in Vietnamese if it is not such a workbook
   */
  public static List<UnitFileRow> read(byte[] xlsx) {
    List<UnitFileRow> rows = new ArrayList<>();
    DataFormatter formatter = new DataFormatter(Locale.ROOT);
    try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = workbook.getSheetAt(0);
      Row head = sheet.getRow(sheet.getFirstRowNum());
      List<String> columns = new ArrayList<>();
      if (head != null) {
        for (int c = 0; c < head.getLastCellNum(); c++) {
          columns.add(text(head.getCell(c), formatter).toLowerCase(Locale.ROOT));
        }
      }
      for (String required : UnitFile.REQUIRED) {
        if (!columns.contains(required)) {
          throw new InvalidInputException(
              "NOT_THE_REGISTRY_SHEET",
              "Tệp không đúng mẫu: hàng đầu thiếu cột \""
                  + required
                  + "\"; cần ít nhất các cột "
                  + String.join(", ", UnitFile.REQUIRED)
                  + ". Hãy tải danh bạ về dạng Excel để có mẫu.");
        }
      }
      for (int r = head.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        if (row == null) {
          continue;
        }
        Map<String, String> cells = new HashMap<>();
        boolean blank = true;
        for (int c = 0; c < columns.size(); c++) {
          if (columns.get(c).isEmpty()) {
            continue;
          }
          String v = text(row.getCell(c), formatter);
          blank &= v.isEmpty();
          cells.put(columns.get(c), v);
        }
        if (!blank) {
          rows.add(new UnitFileRow(r + 1, cells));
        }
      }
    } catch (InvalidInputException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      // An uploaded file is untrusted bytes: whatever POI throws on a damaged package means the
      // file cannot be read.
      throw new InvalidInputException(
          "UNREADABLE_EXCEL",
          "Tệp không đọc được như một tệp Excel (.xlsx): hãy tải danh bạ về dạng Excel, sửa và lưu"
              + " ở định dạng .xlsx.",
          e);
    }
    return rows;
  }

  private static String text(Cell cell, DataFormatter formatter) {
    if (cell == null) {
      return "";
    }
    CellType type =
        cell.getCellType() == CellType.FORMULA
            ? cell.getCachedFormulaResultType()
            : cell.getCellType();
    if (type == CellType.NUMERIC) {
      if (DateUtil.isCellDateFormatted(cell)) {
        return cell.getLocalDateTimeCellValue().toLocalDate().toString();
      }
      BigDecimal n = BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros();
      return n.scale() < 0 ? n.setScale(0).toPlainString() : n.toPlainString();
    }
    if (type == CellType.BOOLEAN) {
      return cell.getBooleanCellValue() ? "true" : "false";
    }
    return formatter.formatCellValue(cell).strip();
  }
}
