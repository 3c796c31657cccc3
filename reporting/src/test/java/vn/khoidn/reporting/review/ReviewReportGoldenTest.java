package vn.khoidn.reporting.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.khoidn.domain.period.CalendarPeriod;
import vn.khoidn.reporting.document.DocxRenderer;
import vn.khoidn.reporting.document.HouseStyle;
import vn.khoidn.reporting.document.PdfRenderer;
import vn.khoidn.reporting.model.ReportDocument;
import vn.khoidn.reporting.text.SentenceTemplates;

/**
 * Writes reports from rolled-up trees, renders them as DOCX and PDF, reads their text back with
 * Apache POI and PDFBox, and checks the figure sentences word for word.
 */
class ReviewReportGoldenTest {

  private static final String REFERENCE_DEVELOPMENT =
      "Trong năm 2021, toàn Đảng bộ Khối kết nạp được 95 đảng viên mới (118,75% kế hoạch), trong"
          + " đó có 11/95 (11,58%) đảng viên trong doanh nghiệp ngoài khu vực nhà nước; mở 05 lớp"
          + " bồi dưỡng nhận thức về Đảng cho 110 quần chúng ưu tú, trong đó có 13 quần chúng"
          + " trong các doanh nghiệp ngoài khu vực Nhà nước; thành lập mới 02 chi bộ cơ sở cụ thể"
          + " như sau:";

  private final ReviewReportWriter writer = new ReviewReportWriter(SentenceTemplates.builtIn());
  private final HouseStyle style = HouseStyle.partyDocument2018();

  @Test
  void theReferenceYearReadsAsTheReferenceReportInDocxAndPdf() throws IOException {
    ReportDocument report = reference();

    for (String text : List.of(docxText(report), pdfText(report))) {
      String flat = flat(text);
      assertThat(flat)
          .contains(REFERENCE_DEVELOPMENT)
          .contains("(1) Chi bộ Hiệp hội Doanh nghiệp tỉnh.")
          .contains("(2) Chi bộ Công ty Cổ phần Hana Đà Lạt (Công ty cổ phần).")
          .contains(
              "Thành lập mới 01 Chi đoàn cơ sở trong Công ty TNHH An Thịnh Lâm Đồng (đơn vị chưa"
                  + " có tổ chức đảng).")
          .contains(
              "Thực hiện Nghị quyết 04-NQ/ĐUK, ngày 22/01/2021 của Ban Chấp hành Đảng bộ Khối"
                  + " Doanh nghiệp tỉnh về tăng cường công tác phát triển đảng viên, tổ chức đảng,"
                  + " các đoàn thể chính trị-xã hội trong doanh nghiệp ngoài khu vực Nhà nước và các"
                  + " tổ chức tín dụng; Ban Thường vụ Đảng ủy Khối báo cáo kết quả qua 01 năm triển"
                  + " khai thực hiện như sau:")
          .contains(
              "Sơ kết 01 năm thực hiện Nghị quyết 04-NQ/ĐUK của Ban Chấp hành Đảng bộ Khối về")
          .contains("ĐẢNG CỘNG SẢN VIỆT NAM", "ĐẢNG ỦY KHỐI DOANH NGHIỆP", "Số 25-BC/ĐUK")
          .contains("Lâm Đồng, ngày 20 tháng 01 năm 2022")
          .contains("Nơi nhận:", "- Lưu TC, VP.", "T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Hoàng Xuân Hường")
          .contains("Kịp thời nắm bắt những khó khăn");
    }
  }

  @Test
  void anotherYearWithOtherNumbersSaysWhatDidNotHappen() throws IOException {
    ReportDocument report =
        writer.write(
            ReportFixtures.LAM_DONG,
            CalendarPeriod.parse("2022"),
            "07",
            LocalDate.of(2023, 1, 15),
            ReportFixtures.otherYear(),
            Narratives.none());

    String expected =
        "Trong năm 2022, toàn Đảng bộ Khối kết nạp được 07 đảng viên mới, trong đó chưa có đảng"
            + " viên nào trong doanh nghiệp ngoài khu vực nhà nước; mở 01 lớp bồi dưỡng nhận thức"
            + " về Đảng cho 12 quần chúng ưu tú; chưa thành lập mới tổ chức cơ sở đảng nào.";
    for (String text : List.of(docxText(report), pdfText(report))) {
      assertThat(flat(text))
          .contains(expected)
          .contains("Trong năm 2022, chưa thành lập mới tổ chức đoàn thanh niên nào.")
          .contains("Trong năm 2022, chưa thành lập mới công đoàn cơ sở nào.")
          .contains(
              "Kết quả công tác phát triển đảng viên, tổ chức đảng và các đoàn thể chính trị - xã"
                  + " hội trong doanh nghiệp năm 2022")
          .contains("Số 07-BC/ĐUK")
          .doesNotContain("00 ")
          .doesNotContain("(0,00%");
    }
  }

  @Test
  void aYearWithNothingNeverWritesAZero() {
    ReportDocument report =
        writer.write(
            ReportFixtures.LAM_DONG,
            CalendarPeriod.parse("2023"),
            "01",
            LocalDate.of(2024, 1, 10),
            ReportFixtures.nothingHappened(),
            Narratives.none());

    assertThat(report.plainText())
        .contains(
            "Trong năm 2023, toàn Đảng bộ Khối chưa kết nạp được đảng viên mới nào; chưa mở lớp"
                + " bồi dưỡng nhận thức về Đảng nào; chưa thành lập mới tổ chức cơ sở đảng nào.")
        .doesNotContain(" 0 ")
        .doesNotContain("00");
  }

  @Test
  void staffWordingReplacesTheBuiltInSentence() {
    SentenceTemplates edited =
        SentenceTemplates.builtIn()
            .with(Map.of("members", "đã kết nạp ${admitted} quần chúng ưu tú vào Đảng"));

    String text =
        new ReviewReportWriter(edited)
            .write(
                ReportFixtures.LAM_DONG,
                ReportFixtures.NQ04.review(1),
                "25",
                LocalDate.of(2022, 1, 20),
                ReportFixtures.reference(),
                Narratives.none())
            .plainText();

    assertThat(text).contains("toàn Đảng bộ Khối đã kết nạp 95 quần chúng ưu tú vào Đảng (118,75%");
  }

  @Test
  void thePdfEmbedsItsFontsAndHasEveryVietnameseLetter() throws IOException {
    byte[] pdf = new PdfRenderer(style).render(reference());

    try (PDDocument doc = Loader.loadPDF(pdf)) {
      List<PDFont> fonts = new ArrayList<>();
      for (PDPage page : doc.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          fonts.add(page.getResources().getFont(name));
        }
      }
      assertThat(fonts).isNotEmpty().allMatch(PDFont::isEmbedded);
      assertThat(fonts).allMatch(f -> f.getName().contains("LiberationSerif"));
      String text = new PDFTextStripper().getText(doc);
      assertThat(text).doesNotContain("\uFFFD").doesNotContain("?");
      assertThat(flat(text))
          .contains("Ưu điểm", "Những hạn chế, tồn tại", "Nguyên nhân của những hạn chế nêu trên");
    }
  }

  private ReportDocument reference() {
    return writer.write(
        ReportFixtures.LAM_DONG,
        ReportFixtures.NQ04.review(1),
        "25",
        LocalDate.of(2022, 1, 20),
        ReportFixtures.reference(),
        new Narratives(
            Map.of(
                Narratives.Section.DISSEMINATION,
                "Ban Thường vụ Đảng ủy Khối đã nghiêm túc triển khai thực hiện Nghị quyết.",
                Narratives.Section.TASKS,
                "3.1. Thực hiện tốt việc nắm bắt, khảo sát các doanh nghiệp tư nhân.\n"
                    + "3.4. Kịp thời nắm bắt những khó khăn nổi cộm của doanh nghiệp.")));
  }

  private String docxText(ReportDocument report) throws IOException {
    byte[] docx = new DocxRenderer(style).render(report);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
      return extractor.getText();
    }
  }

  private String pdfText(ReportDocument report) throws IOException {
    byte[] pdf = new PdfRenderer(style).render(report);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  private static String flat(String text) {
    return text.replaceAll("\\s+", " ");
  }
}
