package vn.khoidn.domain.format;

import vn.khoidn.domain.validation.InvalidValueException;

/**
 * A name as the portal takes it, at every edge (files, requests, pages): NFC-normalized (so "Hòa"
 * typed with a combining accent is the same name as "Hòa" typed precomposed), trimmed, 1 to {@link
 * #MAX_LENGTH} characters, with no control characters and no bidirectional overrides (which can
 * make a name read differently from what it is).
 */
public final class NameInput {

  /** The longest name, in characters (the database's column). */
  public static final int MAX_LENGTH = 255;

  private NameInput() {}

  /**
   * Checks and normalizes a name.
   *
   * @param text the name as typed
   * @param what what it is, in Vietnamese ("tên tổ chức")
   * @return the name, NFC-normalized and trimmed
   * @throws IllegalArgumentException if it is empty, too long or holds a control character
   */
  public static String check(String text, String what) {
    String name = VietnameseText.nfc(text == null ? "" : text).strip();
    if (name.isEmpty()) {
      throw new InvalidValueException("MISSING_NAME", capitalize(what) + " là bắt buộc.");
    }
    int length = name.codePointCount(0, name.length());
    if (length > MAX_LENGTH) {
      throw new InvalidValueException(
          "NAME_TOO_LONG",
          capitalize(what) + " dài " + length + " ký tự, quá giới hạn " + MAX_LENGTH + " ký tự.");
    }
    int position = 1;
    for (int i = 0; i < name.length(); ) {
      int c = name.codePointAt(i);
      if (forbidden(c)) {
        throw new InvalidValueException(
            "INVALID_NAME",
            capitalize(what)
                + " chứa ký tự điều khiển không được phép (U+"
                + String.format("%04X", c)
                + ", ở vị trí "
                + position
                + ").");
      }
      i += Character.charCount(c);
      position++;
    }
    return name;
  }

  private static boolean forbidden(int c) {
    int type = Character.getType(c);
    return type == Character.CONTROL
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR
        || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069)
        || type == Character.SURROGATE
        || type == Character.UNASSIGNED;
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
