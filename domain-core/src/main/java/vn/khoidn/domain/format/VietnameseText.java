package vn.khoidn.domain.format;

import java.text.Collator;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;

/**
 * Vietnamese text as people read and compare it.
 *
 * <ul>
 *   <li>{@link #nfc}: one spelling per letter. "ộ" typed as o + circumflex + dot below (as some
 *       keyboards and Word files send it) and "ộ" as one character are the same name; every input
 *       edge stores the composed form (Unicode NFC).
 *   <li>{@link #order}: names sorted as a Vietnamese reader expects, with the JDK's Vietnamese
 *       collation rules: a &lt; ă &lt; â, d &lt; đ, e &lt; ê, o &lt; ô &lt; ơ, u &lt; ư, and the
 *       tones after the letters ("Hoa" &lt; "Hòa" &lt; "Hóa"). {@code String.compareTo} puts "Đà
 *       Lạt" after "Zeta". Picked over ICU4J because the JDK's rules give exactly that (tested in
 *       {@code VietnameseTextTest}) without a 13 MB dependency.
 *   <li>{@link #sameName}: two names are the same when they differ only in case, in spaces or in
 *       the Unicode form of their letters; "Hòa" and "Hoa" stay different names.
 * </ul>
 *
 * Codes (organization, unit, indicator) are compared exactly and never through these.
 */
public final class VietnameseText {

  /** Vietnamese as spoken in Vietnam. */
  public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

  private VietnameseText() {}

  /**
   * The composed (NFC) form of a text.
   *
   * @param text a text, or null
   * @return its NFC form, or null
   */
  public static String nfc(String text) {
    if (text == null || Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
      return text;
    }
    return Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  /**
   * The order of names in Vietnamese: letters first, then tones, then case.
   *
   * @return a comparator of names
   */
  public static Comparator<String> order() {
    Collator collator = Collator.getInstance(VIETNAMESE);
    collator.setStrength(Collator.TERTIARY);
    collator.setDecomposition(Collator.CANONICAL_DECOMPOSITION);
    return (a, b) -> collator.compare(a, b);
  }

  /**
   * Whether two names are the same name: equal apart from case, runs of spaces and the Unicode form
   * of their letters. Tones and marks count: "Hòa" is not "Hoa".
   *
   * @param a a name
   * @param b another
   * @return true if a person would call them the same name
   */
  public static boolean sameName(String a, String b) {
    if (a == null || b == null) {
      return a == b;
    }
    return nameKey(a).equals(nameKey(b));
  }

  /**
   * The form of a name that {@link #sameName} compares: NFC, lower case in Vietnamese, single
   * spaces, no spaces at the ends. Usable as a key for finding a name.
   *
   * @param name a name
   * @return its key
   */
  public static String nameKey(String name) {
    return nfc(name).strip().replaceAll("\\s+", " ").toLowerCase(VIETNAMESE);
  }
}
