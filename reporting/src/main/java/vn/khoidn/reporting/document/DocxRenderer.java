package vn.khoidn.reporting.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Objects;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabs;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import vn.khoidn.reporting.model.Block;
import vn.khoidn.reporting.model.DocumentHeader;
import vn.khoidn.reporting.model.ReportDocument;

/**
 * Draws a {@link ReportDocument} as DOCX with Apache POI, in the house style: page and margins, the
 * two-column header, the title, justified body with a first-line indent, recipients and signature
 * side by side at the end. Pages are numbered by a PAGE field centred in the top margin from the
 * style's first numbered page on, so that Word and LibreOffice count the pages themselves; a draft
 * carries "DỰ THẢO" at the top right of every page.
 */
public final class DocxRenderer {

  private static final double INDENT_MM = 12.7;
  private static final double LEFT_SHARE = 0.45;
  private static final double HEADER_DISTANCE_MM = 10;

  /** Lines 1,3 times the body size apart, exactly, as in the PDF: both break pages alike. */
  private static final double LEADING = 1.3;

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
      pageHeaders(doc, report.draft());
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
    margins.setHeader(BigInteger.valueOf(HouseStyle.twips(HEADER_DISTANCE_MM)));
    margins.setFooter(BigInteger.valueOf(HouseStyle.twips(HEADER_DISTANCE_MM)));
    CTFonts fonts = CTFonts.Factory.newInstance();
    fonts.setAscii(style.fontFamily());
    fonts.setHAnsi(style.fontFamily());
    fonts.setCs(style.fontFamily());
    fonts.setEastAsia(style.fontFamily());
    doc.createStyles().setDefaultFonts(fonts);
  }

  /**
   * The top margin of every page: the page number centred (from the first numbered page on) and, on
   * a draft, the draft mark at the right. Pages before the first numbered one use Word's first-page
   * header, which never holds the number.
   */
  private void pageHeaders(XWPFDocument doc, boolean draft) {
    if (style.firstNumberedPage() > 1) {
      topLine(doc.createHeader(HeaderFooterType.FIRST), false, draft);
    }
    topLine(doc.createHeader(HeaderFooterType.DEFAULT), true, draft);
  }

  private void topLine(XWPFHeader header, boolean numbered, boolean draft) {
    XWPFParagraph p =
        header.getParagraphs().isEmpty() ? header.createParagraph() : header.getParagraphs().get(0);
    p.setAlignment(ParagraphAlignment.LEFT);
    p.setSpacingAfter(0);
    long width = HouseStyle.twips(style.textWidthMm());
    CTTabs tabs =
        p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetTabs()
            ? p.getCTP().getPPr().getTabs()
            : p.getCTP().addNewPPr().addNewTabs();
    var centre = tabs.addNewTab();
    centre.setVal(STTabJc.CENTER);
    centre.setPos(BigInteger.valueOf(width / 2));
    var right = tabs.addNewTab();
    right.setVal(STTabJc.RIGHT);
    right.setPos(BigInteger.valueOf(width));
    run(p, "", style.pageNumberPt(), false, false).addTab();
    if (numbered) {
      pageField(p);
    }
    run(p, "", style.pageNumberPt(), false, false).addTab();
    if (draft) {
      run(p, ReportDocument.DRAFT_MARK, style.pageNumberPt(), true, false);
    }
  }

  /** A PAGE field: Word and LibreOffice put each page's number in its place. */
  private void pageField(XWPFParagraph p) {
    run(p, "", style.pageNumberPt(), false, false)
        .getCTR()
        .addNewFldChar()
        .setFldCharType(STFldCharType.BEGIN);
    XWPFRun instruction = run(p, "", style.pageNumberPt(), false, false);
    instruction.getCTR().addNewInstrText().setStringValue("PAGE");
    run(p, "", style.pageNumberPt(), false, false)
        .getCTR()
        .addNewFldChar()
        .setFldCharType(STFldCharType.SEPARATE);
    run(p, Integer.toString(style.firstNumberedPage()), style.pageNumberPt(), false, false);
    run(p, "", style.pageNumberPt(), false, false)
        .getCTR()
        .addNewFldChar()
        .setFldCharType(STFldCharType.END);
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

  private XWPFParagraph first(XWPFTableCell cell) {
    XWPFParagraph p = cell.getParagraphs().get(0);
    p.setAlignment(ParagraphAlignment.CENTER);
    p.setSpacingAfter(0);
    leading(p);
    return p;
  }

  private XWPFParagraph next(XWPFTableCell cell) {
    XWPFParagraph p = cell.addParagraph();
    p.setAlignment(ParagraphAlignment.CENTER);
    p.setSpacingAfter(0);
    leading(p);
    return p;
  }

  private XWPFParagraph paragraph(XWPFDocument doc, ParagraphAlignment alignment) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(alignment);
    leading(p);
    return p;
  }

  private void leading(XWPFParagraph p) {
    p.setSpacingBetween(style.bodyPt() * LEADING, LineSpacingRule.EXACT);
  }

  private XWPFRun run(XWPFParagraph p, String text, double size, boolean bold, boolean italic) {
    XWPFRun r = p.createRun();
    if (!text.isEmpty()) {
      r.setText(text);
    }
    r.setFontFamily(style.fontFamily());
    r.setFontSize(size);
    r.setBold(bold);
    r.setItalic(italic);
    return r;
  }
}
