package vn.khoidn.reporting.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import vn.khoidn.domain.indicator.IndicatorCatalogue;
import vn.khoidn.domain.registry.Sector;
import vn.khoidn.domain.rollup.IndicatorTotal;
import vn.khoidn.domain.rollup.NodeResult;
import vn.khoidn.domain.rollup.Ratio;
import vn.khoidn.domain.rollup.RegistryFigures;
import vn.khoidn.domain.rollup.RollupResult;

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
   * The annex's lines for a roll-up that asked for new members and trainees by sector: one line per
   * grassroots organization, and a line for what the issuing organization did itself (classes it
   * organized, say), so that the lines add up to the report's figures.
   *
   * @param result the roll-up of the issuing organization
   * @param created the party organizations established in its subtree during the period
   * @return the lines
   */
  public static List<Line> linesOf(
      RollupResult result, List<RegistryFigures.NewOrganization> created) {
    Map<String, Long> createdBy = new HashMap<>();
    created.forEach(o -> createdBy.merge(o.reportingOrganization(), 1L, Long::sum));
    List<Line> lines = new ArrayList<>();
    long plan = 0;
    long admitted = 0;
    long nonState = 0;
    long trainees = 0;
    long organizations = 0;
    for (NodeResult n : result.nodes()) {
      if (!n.kind().isGrassroots()) {
        continue;
      }
      IndicatorTotal members = n.indicator(IndicatorCatalogue.NEW_MEMBERS);
      Line line =
          new Line(
              n.name(),
              members.plan(),
              members.total(),
              members.part(Sector.NON_STATE),
              n.indicator(IndicatorCatalogue.AWARENESS_TRAINEES).total(),
              createdBy.getOrDefault(n.code(), 0L));
      lines.add(line);
      plan += line.plan().orElse(0);
      admitted += line.admitted();
      nonState += line.nonState();
      trainees += line.trainees();
      organizations += line.newOrganizations();
    }
    NodeResult top = result.root();
    IndicatorTotal members = top.indicator(IndicatorCatalogue.NEW_MEMBERS);
    Line own =
        new Line(
            top.name() + " (trực tiếp)",
            // The issuing organization's own target less what it gave out: its reserve, or a
            // negative part where more was given out, so the lines add up to its own target.
            members.plan().isPresent() && members.plan().getAsLong() != plan
                ? OptionalLong.of(members.plan().getAsLong() - plan)
                : OptionalLong.empty(),
            members.total() - admitted,
            members.part(Sector.NON_STATE) - nonState,
            top.indicator(IndicatorCatalogue.AWARENESS_TRAINEES).total() - trainees,
            createdBy.getOrDefault(top.code(), 0L)
                - (top.kind().isGrassroots() ? organizations : 0));
    if (!top.kind().isGrassroots()
        && (own.admitted() != 0
            || own.trainees() != 0
            || own.plan().isPresent()
            || own.newOrganizations() != 0)) {
      lines.add(own);
    }
    return lines;
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
