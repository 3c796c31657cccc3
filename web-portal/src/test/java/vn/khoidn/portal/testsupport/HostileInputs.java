package vn.khoidn.portal.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Seeded hostile and careless variations of a valid import file, for the fuzzers: cells replaced by
 * values people and attackers send (huge exponents, overflowing counts, "1.000", full-width digits,
 * impossible dates and periods, control characters, very long names, deep JSON), characters and
 * bytes flipped, lines cut, duplicated or dropped. The same seed gives the same inputs.
 */
public final class HostileInputs {

  /** Values that have broken, or could break, an importer. */
  public static final List<String> TOKENS =
      List.of(
          "1E10000000",
          "1e3",
          "1000000000000000",
          "9223372036854775808",
          "-1",
          "1.000",
          "1,5",
          "５",
          "٣",
          "0x10",
          "NaN",
          "Infinity",
          "",
          " ",
          "\u0000",
          "\u202eXOSO",
          "\uFEFF",
          "\"",
          "\"\"\"",
          "'; DROP TABLE data_value; --",
          "<script>alert(1)</script>",
          "+999999999-12-31",
          "0000-01-01",
          "2021-02-30",
          "2021Q9",
          "2021Q0",
          "202113",
          "99999",
          "10000",
          "2021S3",
          "04-NQ/ĐUK+999999999Y",
          "Đ".repeat(300),
          "x".repeat(70_000),
          "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[",
          "{\"a\":{\"b\":{\"c\":[1,[2,[3]]]}}",
          "null",
          "true",
          "Ho\u0300a",
          "NON_STATE",
          "GRASSROOTS_CELL",
          "DUK",
          "CBCS-XOSO",
          "NEW_MEMBERS",
          "2091",
          "2091Q1");

  private HostileInputs() {}

  /**
   * A variation of a valid text file.
   *
   * @param random the seeded source
   * @param valid the valid file
   * @return the hostile or careless file
   */
  public static String mutate(Random random, String valid) {
    String text = valid;
    int edits = 1 + random.nextInt(4);
    for (int e = 0; e < edits; e++) {
      text = edit(random, text);
    }
    return text;
  }

  private static String edit(Random random, String text) {
    String[] lines = text.split("\n", -1);
    switch (random.nextInt(8)) {
      case 0, 1, 2 -> {
        // Replace one cell (CSV) or one value (JSON) by a hostile token.
        String token = token(random);
        int line = random.nextInt(lines.length);
        String l = lines[line];
        int comma = nthIndex(l, ',', random.nextInt(6));
        if (l.contains("\":\"")) {
          int q = nthIndex(l, ':', random.nextInt(5));
          if (q >= 0) {
            int end = l.indexOf(',', q);
            end = end < 0 ? l.length() : end;
            lines[line] = l.substring(0, q + 1) + jsonString(token) + l.substring(end);
          }
        } else if (comma >= 0) {
          int end = l.indexOf(',', comma + 1);
          end = end < 0 ? l.length() : end;
          lines[line] = l.substring(0, comma + 1) + token + l.substring(end);
        } else {
          lines[line] = token + l;
        }
        return String.join("\n", lines);
      }
      case 3 -> {
        // Flip one character.
        if (text.isEmpty()) {
          return token(random);
        }
        int at = random.nextInt(text.length());
        char c = (char) (random.nextBoolean() ? random.nextInt(128) : random.nextInt(0x3000));
        return text.substring(0, at) + c + text.substring(at + 1);
      }
      case 4 -> {
        // Cut the file anywhere.
        return text.substring(0, random.nextInt(text.length() + 1));
      }
      case 5 -> {
        // Duplicate a line (the same key twice).
        int line = random.nextInt(lines.length);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
          b.append(lines[i]).append('\n');
          if (i == line) {
            b.append(lines[i]).append('\n');
          }
        }
        return b.toString();
      }
      case 6 -> {
        // Drop a line, perhaps the header.
        int line = random.nextInt(lines.length);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
          if (i != line) {
            b.append(lines[i]).append('\n');
          }
        }
        return b.toString();
      }
      default -> {
        // Insert a token anywhere.
        int at = random.nextInt(text.length() + 1);
        return text.substring(0, at) + token(random) + text.substring(at);
      }
    }
  }

  /**
   * A variation of a valid binary file: bytes flipped, cut, or garbage appended.
   *
   * @param random the seeded source
   * @param valid the valid file
   * @return the damaged file
   */
  public static byte[] mutate(Random random, byte[] valid) {
    byte[] bytes = valid.clone();
    switch (random.nextInt(4)) {
      case 0 -> {
        int flips = 1 + random.nextInt(8);
        for (int i = 0; i < flips && bytes.length > 0; i++) {
          bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
        return bytes;
      }
      case 1 -> {
        return java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
      }
      case 2 -> {
        byte[] garbage = new byte[random.nextInt(2048)];
        random.nextBytes(garbage);
        return garbage;
      }
      default -> {
        byte[] tail = token(random).getBytes(StandardCharsets.UTF_8);
        byte[] longer = java.util.Arrays.copyOf(bytes, bytes.length + tail.length);
        System.arraycopy(tail, 0, longer, bytes.length, tail.length);
        return longer;
      }
    }
  }

  /**
   * One hostile token.
   *
   * @param random the seeded source
   * @return the token
   */
  public static String token(Random random) {
    return TOKENS.get(random.nextInt(TOKENS.size()));
  }

  private static String jsonString(String token) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : token.toCharArray()) {
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20) {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.append('"').toString();
  }

  private static int nthIndex(String s, char c, int n) {
    int at = -1;
    for (int i = 0; i <= n; i++) {
      at = s.indexOf(c, at + 1);
      if (at < 0) {
        return i == 0 ? -1 : s.lastIndexOf(c);
      }
    }
    return at;
  }
}
