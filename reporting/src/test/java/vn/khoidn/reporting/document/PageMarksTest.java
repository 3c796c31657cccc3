package vn.khoidn.reporting.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.khoidn.reporting.model.Block;
import vn.khoidn.reporting.model.DocumentHeader;
import vn.khoidn.reporting.model.ReportDocument;
import vn.khoidn.reporting.model.Signature;

/**
 * The marks in the top margin of every page (Hướng dẫn 36-HD/VPTW): the page number centred from
 * the second page on, and "DỰ THẢO" on every page of a draft and on none of an issued report.
 */
class PageMarksTest {

  private static final HouseStyle STYLE = HouseStyle.partyDocument2018();

  /** A document of three pages or more. */
  static ReportDocument longDraft() {
    List<Block> body = new ArrayList<>();
    for (int section = 1; section <= 3; section++) {
      body.add(new Block.Heading(1, section + ". Kết quả thực hiện"));
      for (int i = 0; i < 8; i++) {
        body.add(
            new Block.Paragraph(
                "Ban Thường vụ Đảng ủy Khối đã nghiêm túc triển khai thực hiện Nghị quyết với quyết"
                    + " tâm cao, các cấp ủy tổ chức cơ sở đảng đã tổ chức phổ biến, quán triệt nội"
                    + " dung nghị quyết tới tất cả các đảng viên trong Chi bộ, tạo sự thống nhất,"
                    + " đồng thuận trong triển khai thực hiện."));
      }
    }
    return new ReportDocument(
        new DocumentHeader(
            "ĐẢNG BỘ TỈNH LÂM ĐỒNG",
            "ĐẢNG ỦY KHỐI DOANH NGHIỆP",
            "Số 25-BC/ĐUK",
            "Lâm Đồng",
            LocalDate.of(2022, 1, 20)),
        "BÁO CÁO",
        "Sơ kết 01 năm thực hiện Nghị quyết 04-NQ/ĐUK",
        body,
        List.of("- Ban Thường vụ TU (b/c),", "- Lưu TC, VP."),
        new Signature("T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Hoàng Xuân Hường"));
  }

  @Nested
  class InTheDocx {

    @Test
    void pagesAreNumberedByAPageFieldCentredAtTheTopFromPageTwo() throws IOException {
      try (XWPFDocument doc = docx(longDraft())) {
        XWPFHeaderFooterPolicy policy = doc.getHeaderFooterPolicy();

        assertThat(doc.getDocument().getBody().getSectPr().isSetTitlePg())
            .as("the first page has a header of its own")
            .isTrue();
        assertThat(xml(policy.getDefaultHeader())).contains("<w:instrText>PAGE</w:instrText>");
        assertThat(xml(policy.getDefaultHeader())).contains("w:val=\"center\"");
        assertThat(xml(policy.getFirstPageHeader()))
            .as("no number on the first page")
            .doesNotContain("PAGE");
      }
    }

    @Test
    void aDraftCarriesTheMarkOnEveryPage() throws IOException {
      try (XWPFDocument doc = docx(longDraft())) {
        XWPFHeaderFooterPolicy policy = doc.getHeaderFooterPolicy();

        assertThat(policy.getFirstPageHeader().getText()).contains("DỰ THẢO");
        assertThat(policy.getDefaultHeader().getText()).contains("DỰ THẢO");
      }
    }

    @Test
    void anIssuedReportCarriesNoDraftMarkAnywhere() throws IOException {
      try (XWPFDocument doc = docx(longDraft().issued());
          XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
        assertThat(text.getText()).doesNotContain("DỰ THẢO");
        assertThat(xml(doc.getHeaderFooterPolicy().getDefaultHeader())).contains("PAGE");
      }
    }

    private XWPFDocument docx(ReportDocument report) throws IOException {
      return new XWPFDocument(new ByteArrayInputStream(new DocxRenderer(STYLE).render(report)));
    }

    private String xml(XWPFHeader header) {
      return header._getHdrFtr().xmlText();
    }
  }

  @Nested
  class InThePdf {

    @Test
    void pageTwoOnwardsCarryTheirNumberCentredAtTheTopAndPageOneNone() throws IOException {
      try (PDDocument pdf = pdf(longDraft().issued())) {
        assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(3);

        assertThat(topCentre(pdf, 1)).isEmpty();
        assertThat(topCentre(pdf, 2)).isEqualTo("2");
        assertThat(topCentre(pdf, 3)).isEqualTo("3");
      }
    }

    @Test
    void aDraftCarriesTheMarkAtTheTopRightOfEveryPage() throws IOException {
      try (PDDocument pdf = pdf(longDraft())) {
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
          assertThat(topRight(pdf, page)).as("page " + page).isEqualTo("DỰ THẢO");
        }
        assertThat(topCentre(pdf, 2)).isEqualTo("2");
      }
    }

    @Test
    void anIssuedReportCarriesNoDraftMarkAnywhere() throws IOException {
      try (PDDocument pdf = pdf(longDraft().issued())) {
        assertThat(new PDFTextStripper().getText(pdf)).doesNotContain("DỰ THẢO");
        assertThat(topRight(pdf, 1)).isEmpty();
      }
    }

    private PDDocument pdf(ReportDocument report) throws IOException {
      return Loader.loadPDF(new PdfRenderer(STYLE).render(report));
    }

    /** The text in the middle of the top margin (20 mm) of a page. */
    private String topCentre(PDDocument pdf, int page) throws IOException {
      return area(pdf, page, 90, 60);
    }

    /** The text at the right of the top margin of a page. */
    private String topRight(PDDocument pdf, int page) throws IOException {
      return area(pdf, page, 150, 60);
    }

    private String area(PDDocument pdf, int page, double fromMm, double widthMm)
        throws IOException {
      PDFTextStripperByArea stripper = new PDFTextStripperByArea();
      stripper.addRegion(
          "top",
          new Rectangle2D.Float(
              HouseStyle.points(fromMm),
              0,
              HouseStyle.points(widthMm),
              HouseStyle.points(STYLE.marginTopMm())));
      stripper.extractRegions(pdf.getPage(page - 1));
      return stripper.getTextForRegion("top").strip();
    }
  }
}
