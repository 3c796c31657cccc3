package vn.khoidn.reporting.document;

import java.util.Objects;

/**
 * The layout rules of a party document, kept as data so that a newer standard can replace them.
 *
 * @param standard the instruction the rules come from, e.g. "Hướng dẫn 36-HD/VPTW"
 * @param pageWidthMm the page width in millimetres
 * @param pageHeightMm the page height in millimetres
 * @param marginTopMm the top margin in millimetres
 * @param marginBottomMm the bottom margin in millimetres
 * @param marginLeftMm the left margin in millimetres
 * @param marginRightMm the right margin in millimetres
 * @param fontFamily the font family of the whole document
 * @param bodyPt the size of the body text in points
 * @param partyNamePt the size of the line "ĐẢNG CỘNG SẢN VIỆT NAM" in points
 * @param titlePt the size of the document title ("BÁO CÁO") in points
 * @param recipientsPt the size of the recipients list in points
 * @param pageNumberPt the size of the page numbers in points: upright Arabic numerals, centred in
 *     the top margin
 * @param firstNumberedPage the first page that carries its number (the first page never does in
 *     party documents, so 2)
 */
public record HouseStyle(
    String standard,
    double pageWidthMm,
    double pageHeightMm,
    double marginTopMm,
    double marginBottomMm,
    double marginLeftMm,
    double marginRightMm,
    String fontFamily,
    double bodyPt,
    double partyNamePt,
    double titlePt,
    double recipientsPt,
    double pageNumberPt,
    int firstNumberedPage) {

  private static final double MM_PER_INCH = 25.4;
  private static final int TWIPS_PER_INCH = 1440;
  private static final int POINTS_PER_INCH = 72;

  /** Checks that every length is positive and the margins leave room for text. */
  public HouseStyle {
    Objects.requireNonNull(standard, "The standard the house style follows is required.");
    Objects.requireNonNull(fontFamily, "The font family is required.");
    requirePositive(pageWidthMm, "page width");
    requirePositive(pageHeightMm, "page height");
    requirePositive(bodyPt, "body size");
    requirePositive(partyNamePt, "party name size");
    requirePositive(titlePt, "title size");
    requirePositive(recipientsPt, "recipients size");
    requirePositive(pageNumberPt, "page number size");
    if (firstNumberedPage < 1) {
      throw new IllegalArgumentException(
          "The first numbered page is 1 or later, was " + firstNumberedPage + ".");
    }
    if (marginLeftMm < 0 || marginRightMm < 0 || marginTopMm < 0 || marginBottomMm < 0) {
      throw new IllegalArgumentException("Margins cannot be negative.");
    }
    if (marginLeftMm + marginRightMm >= pageWidthMm
        || marginTopMm + marginBottomMm >= pageHeightMm) {
      throw new IllegalArgumentException("The margins leave no room for text on the page.");
    }
  }

  /**
   * The house style of Hướng dẫn 36-HD/VPTW (2018): A4, margins 20/20/30/15 mm, Times New Roman,
   * body 14 pt; pages numbered in upright Arabic numerals, 14 pt, centred in the top margin, from
   * the second page on (the first page carries no number).
   *
   * @return the style party documents use today
   */
  public static HouseStyle partyDocument2018() {
    return new HouseStyle(
        "Hướng dẫn 36-HD/VPTW", 210, 297, 20, 20, 30, 15, "Times New Roman", 14, 15, 15, 12, 14, 2);
  }

  /** The width left for text between the left and right margins, in millimetres. */
  public double textWidthMm() {
    return pageWidthMm - marginLeftMm - marginRightMm;
  }

  /**
   * Converts millimetres to twentieths of a point, the unit of page measures in DOCX.
   *
   * @param mm a length in millimetres
   * @return the same length in twips, rounded to the nearest twip
   */
  public static long twips(double mm) {
    return Math.round(mm / MM_PER_INCH * TWIPS_PER_INCH);
  }

  /**
   * Converts millimetres to PostScript points, the unit of page measures in PDF.
   *
   * @param mm a length in millimetres
   * @return the same length in points
   */
  public static float points(double mm) {
    return (float) (mm / MM_PER_INCH * POINTS_PER_INCH);
  }

  private static void requirePositive(double value, String what) {
    if (!(value > 0)) {
      throw new IllegalArgumentException("The " + what + " must be positive, was " + value + ".");
    }
  }
}
