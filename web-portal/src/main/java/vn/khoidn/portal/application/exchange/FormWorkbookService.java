package vn.khoidn.portal.application.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.khoidn.domain.registry.Sector;
import vn.khoidn.portal.application.InvalidInputException;
import vn.khoidn.portal.application.submission.EntryInput;
import vn.khoidn.portal.application.submission.FormInput;
import vn.khoidn.portal.application.submission.FormView;
import vn.khoidn.portal.application.submission.SubmissionService;

/**
 * A form as an Excel template to fill in offline, and the filled-in workbook read back into rows:
 * the same columns as the import ({@code org,period,indicator,sector,value}) with the names beside
 * them, one row per figure the user may fill in, already holding the form's current values.
 */
@ApplicationScoped
public class FormWorkbookService {

  private static final String[] HEADER = {
    "org", "period", "indicator", "sector", "value", "Tổ chức", "Chỉ tiêu", "Khu vực"
  };

  @Inject private SubmissionService submissions;

  /**
   * The template of a form.
   *
   * @param username the user
   * @param formId the form
   * @return the XLSX file
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public byte[] template(String username, long formId) {
    FormView view = submissions.form(formId, username);
    FormInput input = submissions.input(formId, username);
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("Số liệu");
      Font bold = workbook.createFont();
      bold.setBold(true);
      CellStyle header = workbook.createCellStyle();
      header.setFont(bold);
      Row head = sheet.createRow(0);
      for (int c = 0; c < HEADER.length; c++) {
        Cell cell = head.createCell(c);
        cell.setCellValue(HEADER[c]);
        cell.setCellStyle(header);
      }
      int r = 1;
      for (FormView.Block block : view.blocks()) {
        if (!block.editable()) {
          continue;
        }
        for (FormView.Row row : block.rows()) {
          EntryInput entry = input.entry(block.organizationCode(), row.indicatorCode());
          r = line(sheet, r, view, block, row, null, entry.getTotal());
          if (row.bySector()) {
            for (Sector s : Sector.values()) {
              r = line(sheet, r, view, block, row, s, entry.parts().get(s));
            }
          }
        }
      }
      for (int c = 0; c < HEADER.length; c++) {
        sheet.autoSizeColumn(c);
      }
      sheet.createFreezePane(0, 1);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int line(
      Sheet sheet,
      int r,
      FormView view,
      FormView.Block block,
      FormView.Row row,
      Sector sector,
      BigDecimal value) {
    Row line = sheet.createRow(r);
    line.createCell(0).setCellValue(block.organizationCode());
    line.createCell(1).setCellValue(view.periodCode());
    line.createCell(2).setCellValue(row.indicatorCode());
    line.createCell(3).setCellValue(sector == null ? "" : sector.name());
    Cell v = line.createCell(4);
    if (value != null) {
      v.setCellValue(value.doubleValue());
    }
    line.createCell(5).setCellValue(block.organizationName());
    line.createCell(6).setCellValue(row.label());
    line.createCell(7).setCellValue(sector == null ? "Tổng số" : sector.vietnameseLabel());
    return r + 1;
  }

  /**
   * Reads a filled-in template. Rows whose value is empty are skipped.
   *
   * @param xlsx the uploaded file
   * @return the rows, numbered as the sheet's rows (the header is row 1)
   * @throws IllegalArgumentException in Vietnamese if the file is not such a workbook
   */
  public List<ValueRow> read(byte[] xlsx) {
    List<ValueRow> rows = new ArrayList<>();
    DataFormatter formatter = new DataFormatter(Locale.ROOT);
    try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = workbook.getSheetAt(0);
      Row head = sheet.getRow(0);
      for (int c = 0; c < 5; c++) {
        if (head == null || !HEADER[c].equals(text(head.getCell(c), formatter))) {
          throw new InvalidInputException(
              "NOT_THE_FORM_TEMPLATE",
              "Tệp không đúng mẫu: hàng đầu phải có các cột org, period, indicator, sector, value."
                  + " Hãy tải lại mẫu Excel của biểu mẫu.");
        }
      }
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        if (row == null) {
          continue;
        }
        String value = text(row.getCell(4), formatter);
        if (value.isEmpty()) {
          continue;
        }
        rows.add(
            new ValueRow(
                r + 1,
                text(row.getCell(0), formatter),
                text(row.getCell(1), formatter),
                text(row.getCell(2), formatter),
                text(row.getCell(3), formatter),
                value));
      }
    } catch (IllegalArgumentException e) {
      if (e.getMessage() != null && e.getMessage().startsWith("Tệp")) {
        throw e;
      }
      throw unreadable(e);
    } catch (IOException | RuntimeException e) {
      // An uploaded file is untrusted bytes: whatever POI throws on a damaged package (POIXML-,
      // OpenXML4J-, XmlBeans' exceptions, a record out of range) means the file cannot be read.
      throw unreadable(e);
    }
    return rows;
  }

  private static IllegalArgumentException unreadable(Exception e) {
    return new InvalidInputException(
        "UNREADABLE_EXCEL",
        "Tệp không đọc được như một tệp Excel (.xlsx): hãy tải mẫu về, điền số liệu và lưu ở"
            + " định dạng .xlsx.",
        e);
  }

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
