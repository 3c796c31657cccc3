package vn.khoidn.reporting.document;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import vn.khoidn.reporting.model.Block;
import vn.khoidn.reporting.model.DocumentHeader;
import vn.khoidn.reporting.model.ReportDocument;

/**
 * Draws a {@link ReportDocument} as PDF with OpenPDF, in the same layout as the DOCX. Times New
 * Roman is not free to ship, so the PDF embeds Liberation Serif 2 (SIL Open Font License), which
 * has the same metrics and every Vietnamese letter; only the glyphs used are embedded. Pages carry
 * their number centred in the top margin from the style's first numbered page on, and a draft
 * carries "DỰ THẢO" at the top right of every page, as in the DOCX.
 */
public final class PdfRenderer {

  private static final double INDENT_MM = 12.7;
  private static final String FONTS = "/vn/khoidn/reporting/fonts/LiberationSerif-";

  /** Where the top line's baseline sits, from the top edge: as the DOCX header at 10 mm. */
  private static final double TOP_LINE_MM = 14;

  private final HouseStyle style;
  private final BaseFont regular;
  private final BaseFont bold;
  private final BaseFont italic;
  private final BaseFont boldItalic;

  /**
   * A renderer for a house style.
   *
   * @param style the layout rules
   */
  public PdfRenderer(HouseStyle style) {
    this.style = Objects.requireNonNull(style, "style");
    this.regular = font("Regular");
    this.bold = font("Bold");
    this.italic = font("Italic");
    this.boldItalic = font("BoldItalic");
  }

  /**
   * The document as PDF bytes.
   *
   * @param report the document
   * @return the file
   */
  public byte[] render(ReportDocument report) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc =
        new Document(
            new Rectangle(
                HouseStyle.points(style.pageWidthMm()), HouseStyle.points(style.pageHeightMm())),
            HouseStyle.points(style.marginLeftMm()),
            HouseStyle.points(style.marginRightMm()),
            HouseStyle.points(style.marginTopMm()),
            HouseStyle.points(style.marginBottomMm()));
    try {
      PdfWriter writer = PdfWriter.getInstance(doc, out);
      writer.setPageEvent(new TopLine(report.draft()));
      doc.addTitle(report.kind() + " " + report.header().number());
      doc.addCreator("Cổng báo cáo công tác xây dựng Đảng");
      doc.open();
      doc.add(header(report.header()));
      Paragraph kind = centred(report.kind(), new Font(bold, (float) style.titlePt()));
      kind.setSpacingBefore(12);
      doc.add(kind);
      Paragraph summary = centred(report.summary(), new Font(bold, (float) style.bodyPt()));
      summary.setSpacingAfter(12);
      doc.add(summary);
      for (Block b : report.body()) {
        Font f = new Font(b instanceof Block.Heading ? bold : regular, (float) style.bodyPt());
        Paragraph p = new Paragraph(leading(), b.text(), f);
        p.setAlignment(Element.ALIGN_JUSTIFIED);
        p.setFirstLineIndent(HouseStyle.points(INDENT_MM));
        p.setSpacingAfter(6);
        doc.add(p);
      }
      doc.add(footer(report));
      doc.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("The PDF could not be drawn", e);
    }
    return out.toByteArray();
  }

  /** Draws each page's top line when the page is finished: its number, and the draft mark. */
  private final class TopLine extends PdfPageEventHelper {

    private final boolean draft;

    TopLine(boolean draft) {
      this.draft = draft;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
      float y = HouseStyle.points(style.pageHeightMm() - TOP_LINE_MM);
      float left = HouseStyle.points(style.marginLeftMm());
      float right = HouseStyle.points(style.pageWidthMm() - style.marginRightMm());
      int page = writer.getPageNumber();
      if (page >= style.firstNumberedPage()) {
        ColumnText.showTextAligned(
            writer.getDirectContent(),
            Element.ALIGN_CENTER,
            new Phrase(Integer.toString(page), new Font(regular, (float) style.pageNumberPt())),
            (left + right) / 2,
            y,
            0);
      }
      if (draft) {
        ColumnText.showTextAligned(
            writer.getDirectContent(),
            Element.ALIGN_RIGHT,
            new Phrase(ReportDocument.DRAFT_MARK, new Font(bold, (float) style.pageNumberPt())),
            right,
            y,
            0);
      }
    }
  }

  private PdfPTable header(DocumentHeader header) {
    PdfPTable table = twoColumns();
    PdfPCell left = cell();
    left.addElement(centred(header.superiorBody(), new Font(regular, (float) style.bodyPt())));
    left.addElement(centred(header.issuingBody(), new Font(bold, (float) style.bodyPt())));
    left.addElement(centred("*", new Font(regular, (float) style.bodyPt())));
    left.addElement(centred(header.number(), new Font(regular, (float) style.bodyPt())));
    PdfPCell right = cell();
    Chunk party = new Chunk(DocumentHeader.PARTY, new Font(bold, (float) style.partyNamePt()));
    party.setUnderline(0.8f, -2.5f);
    Paragraph partyLine = new Paragraph(party);
    partyLine.setAlignment(Element.ALIGN_CENTER);
    right.addElement(partyLine);
    Paragraph date = centred(header.placeAndDate(), new Font(italic, (float) style.bodyPt()));
    date.setSpacingBefore(6);
    right.addElement(date);
    table.addCell(left);
    table.addCell(right);
    return table;
  }

  private PdfPTable footer(ReportDocument report) {
    PdfPTable table = twoColumns();
    table.setSpacingBefore(12);
    PdfPCell left = cell();
    Chunk to = new Chunk("Nơi nhận:", new Font(boldItalic, (float) style.recipientsPt()));
    to.setUnderline(0.6f, -2f);
    left.addElement(new Paragraph(to));
    for (String r : report.recipients()) {
      left.addElement(new Paragraph(r, new Font(regular, (float) style.recipientsPt())));
    }
    PdfPCell right = cell();
    Font signature = new Font(bold, (float) style.bodyPt());
    right.addElement(centred(report.signature().onBehalfOf(), signature));
    right.addElement(centred(report.signature().position(), signature));
    Paragraph name = centred(report.signature().name(), signature);
    name.setSpacingBefore(60);
    right.addElement(name);
    table.addCell(left);
    table.addCell(right);
    table.setKeepTogether(true);
    return table;
  }

  private PdfPTable twoColumns() {
    PdfPTable table = new PdfPTable(new float[] {45, 55});
    table.setWidthPercentage(100);
    return table;
  }

  private static PdfPCell cell() {
    PdfPCell cell = new PdfPCell();
    cell.setBorder(Rectangle.NO_BORDER);
    cell.setPadding(0);
    return cell;
  }

  private Paragraph centred(String text, Font font) {
    Paragraph p = new Paragraph(leading(), text, font);
    p.setAlignment(Element.ALIGN_CENTER);
    return p;
  }

  private float leading() {
    return (float) (style.bodyPt() * 1.3);
  }

  private static BaseFont font(String face) {
    String name = FONTS + face + ".ttf";
    try (InputStream in = PdfRenderer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("Missing font " + name);
      }
      byte[] bytes = in.readAllBytes();
      return BaseFont.createFont(
          "LiberationSerif-" + face + ".ttf",
          BaseFont.IDENTITY_H,
          BaseFont.EMBEDDED,
          true,
          bytes,
          null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (DocumentException e) {
      throw new IllegalStateException("The font " + name + " could not be read", e);
    }
  }
}
