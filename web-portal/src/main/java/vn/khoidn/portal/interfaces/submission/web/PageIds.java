package vn.khoidn.portal.interfaces.submission.web;

/** Ids in page addresses ({@code form.xhtml?id=42}): a positive whole number, or none. */
final class PageIds {

  private PageIds() {}

  /**
   * Reads an id from an address.
   *
   * @param text what the address has
   * @return the id, or null when the text is missing or not a positive whole number of at most 18
   *     digits
   */
  static Long parse(String text) {
    if (text == null || !text.matches("[1-9][0-9]{0,17}")) {
      return null;
    }
    return Long.valueOf(text);
  }
}
