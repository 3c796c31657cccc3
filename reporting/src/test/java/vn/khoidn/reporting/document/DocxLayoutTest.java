package vn.khoidn.reporting.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import vn.khoidn.reporting.model.Block;
import vn.khoidn.reporting.model.DocumentHeader;
import vn.khoidn.reporting.model.ReportDocument;
import vn.khoidn.reporting.model.Signature;

/**
 * Reads the DOCX back with Apache POI and checks the layout of Hướng dẫn 36-HD/VPTW: A4, the
 * margins, the font, and the size and weight of each element of the header and the end.
 */
class DocxLayoutTest {

  private static XWPFDocument doc;

  @BeforeAll
  static void render() throws IOException {
    ReportDocument report =
        new ReportDocument(
            new DocumentHeader(
                "ĐẢNG BỘ TỈNH LÂM ĐỒNG",
                "ĐẢNG ỦY KHỐI DOANH NGHIỆP",
                "Số 25-BC/ĐUK",
                "Lâm Đồng",
                LocalDate.of(2022, 1, 20)),
            "BÁO CÁO",
            "Sơ kết 01 năm thực hiện Nghị quyết 04-NQ/ĐUK",
            List.of(
                new Block.Heading(1, "1. Kết quả thực hiện"),
                new Block.Paragraph(
                    "Trong năm 2021, toàn Đảng bộ Khối kết nạp được 95 đảng viên mới.")),
            List.of("- Ban Thường vụ TU (b/c),", "- Lưu TC, VP."),
            new Signature("T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Hoàng Xuân Hường"));
    byte[] bytes = new DocxRenderer(HouseStyle.partyDocument2018()).render(report);
    doc = new XWPFDocument(new ByteArrayInputStream(bytes));
  }

  @Test
  void thePageIsA4WithTheMarginsOfTheStandard() {
    CTPageSz size = doc.getDocument().getBody().getSectPr().getPgSz();
    CTPageMar margins = doc.getDocument().getBody().getSectPr().getPgMar();
    assertThat(twips(size.getW())).isEqualTo(11906);
    assertThat(twips(size.getH())).isEqualTo(16838);
    assertThat(twips(margins.getTop())).as("20 mm").isEqualTo(1134);
    assertThat(twips(margins.getBottom())).as("20 mm").isEqualTo(1134);
    assertThat(twips(margins.getLeft())).as("30 mm").isEqualTo(1701);
    assertThat(twips(margins.getRight())).as("15 mm").isEqualTo(850);
  }

  @Test
  void theHeaderHasTheSizesAndWeightsOfTheStandard() {
    XWPFTable header = doc.getTables().get(0);
    XWPFTableCell left = header.getRow(0).getCell(0);
    XWPFTableCell right = header.getRow(0).getCell(1);

    XWPFRun party = run(right, DocumentHeader.PARTY);
    assertThat(party.getFontSizeAsDouble()).isEqualTo(15.0);
    assertThat(party.isBold()).isTrue();
    assertThat(party.getUnderline()).isEqualTo(UnderlinePatterns.SINGLE);
    XWPFRun superior = run(left, "ĐẢNG BỘ TỈNH LÂM ĐỒNG");
    assertThat(superior.getFontSizeAsDouble()).isEqualTo(14.0);
    assertThat(superior.isBold()).isFalse();
    XWPFRun issuing = run(left, "ĐẢNG ỦY KHỐI DOANH NGHIỆP");
    assertThat(issuing.getFontSizeAsDouble()).isEqualTo(14.0);
    assertThat(issuing.isBold()).isTrue();
    assertThat(paragraph(left, "*").getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
    assertThat(run(left, "Số 25-BC/ĐUK").getFontSizeAsDouble()).isEqualTo(14.0);
    XWPFRun date = run(right, "Lâm Đồng, ngày 20 tháng 01 năm 2022");
    assertThat(date.getFontSizeAsDouble()).isEqualTo(14.0);
    assertThat(date.isItalic()).isTrue();
    for (XWPFRun r : allRuns()) {
      assertThat(r.getFontFamily()).as(r.text()).isEqualTo("Times New Roman");
    }
  }

  @Test
  void theTitleBodyAndEndFollowTheStandard() {
    XWPFParagraph kind = body("BÁO CÁO");
    assertThat(kind.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
    assertThat(kind.getRuns().get(0).isBold()).isTrue();
    assertThat(kind.getRuns().get(0).getFontSizeAsDouble()).isBetween(15.0, 16.0);
    assertThat(body("Sơ kết 01 năm").getRuns().get(0).isBold()).isTrue();
    XWPFParagraph text = body("Trong năm 2021");
    assertThat(text.getAlignment()).isEqualTo(ParagraphAlignment.BOTH);
    assertThat(text.getIndentationFirstLine()).isPositive();
    assertThat(text.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(14.0);

    XWPFTable end = doc.getTables().get(1);
    XWPFRun to = run(end.getRow(0).getCell(0), "Nơi nhận:");
    assertThat(to.getUnderline()).isEqualTo(UnderlinePatterns.SINGLE);
    assertThat(run(end.getRow(0).getCell(0), "- Lưu TC, VP.").getFontSizeAsDouble())
        .isEqualTo(12.0);
    XWPFTableCell sign = end.getRow(0).getCell(1);
    assertThat(run(sign, "T/M BAN THƯỜNG VỤ").isBold()).isTrue();
    assertThat(run(sign, "Hoàng Xuân Hường").isBold()).isTrue();
  }

  private static long twips(Object value) {
    return ((BigInteger) value).longValue();
  }

  private static XWPFParagraph body(String start) {
    return doc.getParagraphs().stream()
        .filter(p -> p.getText().startsWith(start))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no paragraph " + start));
  }

  private static XWPFParagraph paragraph(XWPFTableCell cell, String text) {
    return cell.getParagraphs().stream()
        .filter(p -> p.getText().equals(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no paragraph " + text));
  }

  private static XWPFRun run(XWPFTableCell cell, String text) {
    return paragraph(cell, text).getRuns().get(0);
  }

  private static List<XWPFRun> allRuns() {
    List<XWPFRun> runs = new ArrayList<>();
    doc.getParagraphs().forEach(p -> runs.addAll(p.getRuns()));
    doc.getTables()
        .forEach(
            t ->
                t.getRows()
                    .forEach(
                        r ->
                            r.getTableCells()
                                .forEach(
                                    c ->
                                        c.getParagraphs().forEach(p -> runs.addAll(p.getRuns())))));
    return runs;
  }
}
