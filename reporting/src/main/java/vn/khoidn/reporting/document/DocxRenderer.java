package vn.khoidn.reporting.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Objects;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import vn.khoidn.reporting.model.Block;
import vn.khoidn.reporting.model.DocumentHeader;
import vn.khoidn.reporting.model.ReportDocument;

/**
 * Draws a {@link ReportDocument} as DOCX with Apache POI, in the house style: page and margins, the
 * two-column header, the title, justified body with a first-line indent, recipients and signature
 * side by side at the end.
 */
public final class DocxRenderer {

  private static final double INDENT_MM = 12.7;
  private static final double LEFT_SHARE = 0.45;

  private final HouseStyle style;

  /**
   * A renderer for a house style.
   *
   * @param style the layout rules
   */
  public DocxRenderer(HouseStyle style) {
    this.style = Objects.requireNonNull(style, "style");
  }

  /**
   * The document as DOCX bytes.
   *
   * @param report the document
   * @return the file
   */
  public byte[] render(ReportDocument report) {
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      page(doc);
      header(doc, report.header());
      XWPFParagraph kind = paragraph(doc, ParagraphAlignment.CENTER);
      kind.setSpacingBefore(240);
      run(kind, report.kind(), style.titlePt(), true, false);
      XWPFParagraph summary = paragraph(doc, ParagraphAlignment.CENTER);
      summary.setSpacingAfter(240);
      run(summary, report.summary(), style.bodyPt(), true, false);
      for (Block b : report.body()) {
        XWPFParagraph p = paragraph(doc, ParagraphAlignment.BOTH);
        p.setIndentationFirstLine((int) HouseStyle.twips(INDENT_MM));
        p.setSpacingAfter(120);
        run(p, b.text(), style.bodyPt(), b instanceof Block.Heading, false);
      }
      footer(doc, report);
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void page(XWPFDocument doc) {
    CTSectPr section = doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = section.addNewPgSz();
    size.setW(BigInteger.valueOf(HouseStyle.twips(style.pageWidthMm())));
    size.setH(BigInteger.valueOf(HouseStyle.twips(style.pageHeightMm())));
    CTPageMar margins = section.addNewPgMar();
    margins.setTop(BigInteger.valueOf(HouseStyle.twips(style.marginTopMm())));
    margins.setBottom(BigInteger.valueOf(HouseStyle.twips(style.marginBottomMm())));
    margins.setLeft(BigInteger.valueOf(HouseStyle.twips(style.marginLeftMm())));
    margins.setRight(BigInteger.valueOf(HouseStyle.twips(style.marginRightMm())));
    CTFonts fonts = CTFonts.Factory.newInstance();
    fonts.setAscii(style.fontFamily());
    fonts.setHAnsi(style.fontFamily());
    fonts.setCs(style.fontFamily());
    fonts.setEastAsia(style.fontFamily());
    doc.createStyles().setDefaultFonts(fonts);
  }

  private void header(XWPFDocument doc, DocumentHeader header) {
    XWPFTable table = twoColumns(doc);
    XWPFTableCell left = table.getRow(0).getCell(0);
    XWPFTableCell right = table.getRow(0).getCell(1);
    run(first(left), header.superiorBody(), style.bodyPt(), false, false);
    run(next(left), header.issuingBody(), style.bodyPt(), true, false);
    run(next(left), "*", style.bodyPt(), false, false);
    run(next(left), header.number(), style.bodyPt(), false, false);
    XWPFRun party = run(first(right), DocumentHeader.PARTY, style.partyNamePt(), true, false);
    party.setUnderline(UnderlinePatterns.SINGLE);
    XWPFParagraph date = next(right);
    date.setSpacingBefore(120);
    run(date, header.placeAndDate(), style.bodyPt(), false, true);
  }

  private void footer(XWPFDocument doc, ReportDocument report) {
    paragraph(doc, ParagraphAlignment.LEFT);
    XWPFTable table = twoColumns(doc);
    XWPFTableCell left = table.getRow(0).getCell(0);
    XWPFTableCell right = table.getRow(0).getCell(1);
    XWPFParagraph to = first(left);
    to.setAlignment(ParagraphAlignment.LEFT);
    XWPFRun label = run(to, "Nơi nhận:", style.recipientsPt(), true, true);
    label.setUnderline(UnderlinePatterns.SINGLE);
    for (String r : report.recipients()) {
      XWPFParagraph p = next(left);
      p.setAlignment(ParagraphAlignment.LEFT);
      run(p, r, style.recipientsPt(), false, false);
    }
    run(first(right), report.signature().onBehalfOf(), style.bodyPt(), true, false);
    run(next(right), report.signature().position(), style.bodyPt(), true, false);
    for (int i = 0; i < 3; i++) {
      next(right);
    }
    run(next(right), report.signature().name(), style.bodyPt(), true, false);
  }

  private XWPFTable twoColumns(XWPFDocument doc) {
    XWPFTable table = doc.createTable(1, 2);
    table.removeBorders();
    long width = HouseStyle.twips(style.textWidthMm());
    CTTblWidth w = table.getCTTbl().getTblPr().addNewTblW();
    w.setType(STTblWidth.DXA);
    w.setW(BigInteger.valueOf(width));
    long left = Math.round(width * LEFT_SHARE);
    table.getRow(0).getCell(0).setWidth(Long.toString(left));
    table.getRow(0).getCell(1).setWidth(Long.toString(width - left));
    return table;
  }

  private static XWPFParagraph first(XWPFTableCell cell) {
    XWPFParagraph p = cell.getParagraphs().get(0);
    p.setAlignment(ParagraphAlignment.CENTER);
    p.setSpacingAfter(0);
    return p;
  }

  private static XWPFParagraph next(XWPFTableCell cell) {
    XWPFParagraph p = cell.addParagraph();
    p.setAlignment(ParagraphAlignment.CENTER);
    p.setSpacingAfter(0);
    return p;
  }

  private static XWPFParagraph paragraph(XWPFDocument doc, ParagraphAlignment alignment) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(alignment);
    return p;
  }

  private XWPFRun run(XWPFParagraph p, String text, double size, boolean bold, boolean italic) {
    XWPFRun r = p.createRun();
    r.setText(text);
    r.setFontFamily(style.fontFamily());
    r.setFontSize(size);
    r.setBold(bold);
    r.setItalic(italic);
    return r;
  }
}
