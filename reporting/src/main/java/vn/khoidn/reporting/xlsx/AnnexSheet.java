package vn.khoidn.reporting.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.khoidn.domain.format.VietnameseFormat;
import vn.khoidn.domain.rollup.Ratio;

/**
 * The statistical annex of a report: one row per grassroots organization with its plan, admitted
 * members, of whom in non-state enterprises, percent of plan, people trained and new organizations,
 * and a totals row that is the sum of the rows above it.
 *
 * @param title the annex's title, e.g. "Phụ lục: Kết quả phát triển đảng viên năm 2021"
 * @param rows the organizations' lines
 */
public record AnnexSheet(String title, List<Line> rows) {

  private static final String[] HEADERS = {
    "STT",
    "Tổ chức cơ sở đảng",
    "Kế hoạch kết nạp",
    "Đã kết nạp",
    "Trong đó ngoài khu vực Nhà nước",
    "% kế hoạch",
    "Quần chúng được bồi dưỡng",
    "Tổ chức đảng thành lập mới"
  };

  /** Copies the rows. */
  public AnnexSheet {
    Objects.requireNonNull(title, "title");
    rows = List.copyOf(rows);
  }

  /**
   * One organization's line.
   *
   * @param name its name
   * @param plan its admission target, if any
   * @param admitted members admitted
   * @param nonState of them, in non-state enterprises
   * @param trainees people trained
   * @param newOrganizations grassroots party organizations established
   */
  public record Line(
      String name,
      OptionalLong plan,
      long admitted,
      long nonState,
      long trainees,
      long newOrganizations)
      implements Serializable {}

  /** The totals row: the sum of every line. */
  public Line totals() {
    long plan = 0;
    boolean anyPlan = false;
    long admitted = 0;
    long nonState = 0;
    long trainees = 0;
    long created = 0;
    for (Line l : rows) {
      if (l.plan().isPresent()) {
        anyPlan = true;
        plan += l.plan().getAsLong();
      }
      admitted += l.admitted();
      nonState += l.nonState();
      trainees += l.trainees();
      created += l.newOrganizations();
    }
    return new Line(
        "Tổng cộng",
        anyPlan ? OptionalLong.of(plan) : OptionalLong.empty(),
        admitted,
        nonState,
        trainees,
        created);
  }

  /** The annex as XLSX bytes. */
  public byte[] toXlsx() {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("Phụ lục");
      Font boldFont = workbook.createFont();
      boldFont.setBold(true);
      boldFont.setFontName("Times New Roman");
      Font plainFont = workbook.createFont();
      plainFont.setFontName("Times New Roman");
      CellStyle titleStyle = workbook.createCellStyle();
      titleStyle.setFont(boldFont);
      titleStyle.setAlignment(HorizontalAlignment.CENTER);
      CellStyle header = bordered(workbook, boldFont, HorizontalAlignment.CENTER);
      header.setWrapText(true);
      header.setVerticalAlignment(VerticalAlignment.CENTER);
      CellStyle text = bordered(workbook, plainFont, HorizontalAlignment.LEFT);
      CellStyle number = bordered(workbook, plainFont, HorizontalAlignment.RIGHT);
      CellStyle boldText = bordered(workbook, boldFont, HorizontalAlignment.LEFT);
      CellStyle boldNumber = bordered(workbook, boldFont, HorizontalAlignment.RIGHT);
      Cell titleCell = sheet.createRow(0).createCell(0);
      titleCell.setCellValue(title);
      titleCell.setCellStyle(titleStyle);
      sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADERS.length - 1));
      Row head = sheet.createRow(2);
      head.setHeightInPoints(48);
      for (int c = 0; c < HEADERS.length; c++) {
        Cell cell = head.createCell(c);
        cell.setCellValue(HEADERS[c]);
        cell.setCellStyle(header);
      }
      int r = 3;
      for (int i = 0; i < rows.size(); i++) {
        write(sheet.createRow(r++), Integer.toString(i + 1), rows.get(i), text, number);
      }
      write(sheet.createRow(r), "", totals(), boldText, boldNumber);
      sheet.setColumnWidth(0, 6 * 256);
      sheet.setColumnWidth(1, 52 * 256);
      for (int c = 2; c < HEADERS.length; c++) {
        sheet.setColumnWidth(c, 14 * 256);
      }
      sheet.createFreezePane(0, 3);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Row row, String index, Line l, CellStyle text, CellStyle number) {
    cell(row, 0, index, number);
    cell(row, 1, l.name(), text);
    if (l.plan().isPresent()) {
      cell(row, 2, l.plan().getAsLong(), number);
    } else {
      cell(row, 2, "", number);
    }
    cell(row, 3, l.admitted(), number);
    cell(row, 4, l.nonState(), number);
    Ratio ofPlan = new Ratio(l.admitted(), l.plan().orElse(0));
    cell(row, 5, ofPlan.isDefined() ? VietnameseFormat.percent(ofPlan) : "", number);
    cell(row, 6, l.trainees(), number);
    cell(row, 7, l.newOrganizations(), number);
  }

  private static void cell(Row row, int column, Object value, CellStyle style) {
    Cell cell = row.createCell(column);
    if (value instanceof Long n) {
      cell.setCellValue(n);
    } else {
      cell.setCellValue(value.toString());
    }
    cell.setCellStyle(style);
  }

  private static CellStyle bordered(XSSFWorkbook workbook, Font font, HorizontalAlignment align) {
    CellStyle s = workbook.createCellStyle();
    s.setFont(font);
    s.setAlignment(align);
    s.setBorderTop(BorderStyle.THIN);
    s.setBorderBottom(BorderStyle.THIN);
    s.setBorderLeft(BorderStyle.THIN);
    s.setBorderRight(BorderStyle.THIN);
    return s;
  }
}
