package vn.khoidn.portal.interfaces.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads request bodies: at most 10 MB, UTF-8 only, CSV with a header row (Apache Commons CSV) or a
 * JSON array of objects; each a list of rows of named cells with their line numbers.
 */
final class Bodies {

  /** The largest body the API reads. */
  static final int MAX_BYTES = 10 * 1024 * 1024;

  private static final Logger LOG = Logger.getLogger(Bodies.class.getName());

  private Bodies() {}

  /** Where Commons CSV stopped, as its message says it ("(line 3)"), in words; or nothing. */
  private static String near(Exception e) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("line (\\d+)").matcher(String.valueOf(e.getMessage()));
    return m.find() ? " (gần dòng " + m.group(1) + ")" : "";
  }

  /** A row of named cells and the line it came from. */
  record Row(int line, java.util.Map<String, String> cells) {
    /** A cell, in Unicode NFC: a name typed with combining marks is the composed name. */
    String get(String column) {
      String v = cells.get(column);
      return v == null ? "" : vn.khoidn.domain.format.VietnameseText.nfc(v);
    }
  }

  /**
   * Reads the body within the size limit.
   *
   * @param body the stream
   * @param declaredLength the Content-Length header, or -1
   * @return the bytes
   */
  static byte[] read(InputStream body, long declaredLength) {
    if (declaredLength > MAX_BYTES) {
      throw tooLarge();
    }
    try (body) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[64 * 1024];
      int n;
      long total = 0;
      while ((n = body.read(buffer)) > 0) {
        total += n;
        if (total > MAX_BYTES) {
          throw tooLarge();
        }
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a request body as rows: CSV with the given header columns, or a JSON array of objects.
   *
   * @param contentType the Content-Type header
   * @param length the Content-Length header, or null
   * @param body the body
   * @param columns the columns a CSV header must have
   * @return the rows
   */
  static List<Row> rows(String contentType, Long length, InputStream body, List<String> columns) {
    String text = utf8(read(body, length == null ? -1 : length));
    return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("text/csv")
        ? csv(text, columns)
        : json(text);
  }

  /**
   * Decodes strict UTF-8, without a byte-order mark.
   *
   * @param bytes the body
   * @return the text
   */
  static String utf8(byte[] bytes) {
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new ApiException(
          400,
          "NOT_UTF8",
          "Tệp không phải UTF-8 (Excel trên Windows thường lưu CSV bằng bảng mã Windows-1258). Trong"
              + " Excel, chọn Tệp → Lưu thành → kiểu \"CSV UTF-8 (Comma delimited) (*.csv)\" rồi gửi"
              + " lại.");
    }
  }

  /**
   * Reads CSV with a header row; the required columns must be there.
   *
   * @param text the file
   * @param required the columns that must be in the header
   * @return the rows, numbered as lines of the file (the header is line 1)
   */
  static List<Row> csv(String text, List<String> required) {
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();
    List<Row> rows = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      List<String> header =
          parser.getHeaderNames().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
      for (String column : required) {
        if (!header.contains(column)) {
          throw new ApiException(
              400,
              "MALFORMED_CSV",
              "Dòng tiêu đề của tệp CSV thiếu cột \""
                  + column
                  + "\"; cần các cột: "
                  + String.join(",", required)
                  + ".");
        }
      }
      for (CSVRecord record : parser) {
        if (record.size() != header.size()) {
          throw new ApiException(
              400,
              "MALFORMED_CSV",
              "Dòng "
                  + (record.getRecordNumber() + 1)
                  + " có "
                  + record.size()
                  + " cột, trong khi dòng tiêu đề có "
                  + header.size()
                  + " cột.");
        }
        java.util.Map<String, String> cells = new java.util.HashMap<>();
        for (int i = 0; i < header.size(); i++) {
          cells.put(header.get(i), record.get(i));
        }
        rows.add(new Row((int) record.getRecordNumber() + 1, cells));
      }
    } catch (IllegalArgumentException e) {
      // Commons CSV's own words (in English) go to the log, not to the user.
      LOG.fine(() -> "Unreadable CSV header: " + e);
      throw new ApiException(
          400,
          "MALFORMED_CSV",
          "Dòng tiêu đề của tệp CSV không đọc được: có tên cột để trống hoặc bị trùng.");
    } catch (IOException | IllegalStateException | UncheckedIOException e) {
      LOG.fine(() -> "Unreadable CSV: " + e);
      throw new ApiException(
          400,
          "MALFORMED_CSV",
          "Tệp CSV không đọc được"
              + near(e)
              + ": có ô mở dấu ngoặc kép (\") mà không đóng, hoặc có ký tự ngay sau dấu ngoặc"
              + " kép đóng.");
    }
    return rows;
  }

  /**
   * Reads a JSON array of objects.
   *
   * @param text the body
   * @return the rows, numbered from 1
   */
  static List<Row> json(String text) {
    requireFlat(text);
    JsonArray array;
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      JsonValue value = reader.readValue();
      if (value.getValueType() != JsonValue.ValueType.ARRAY) {
        throw new ApiException(
            400, "MALFORMED_JSON", "Nội dung JSON phải là một mảng các đối tượng.");
      }
      array = value.asJsonArray();
    } catch (JsonParsingException e) {
      LOG.fine(() -> "Unreadable JSON: " + e);
      String where =
          e.getLocation() == null
              ? ""
              : " ở dòng "
                  + e.getLocation().getLineNumber()
                  + ", cột "
                  + e.getLocation().getColumnNumber();
      throw new ApiException(
          400,
          "MALFORMED_JSON",
          "Nội dung JSON không đọc được"
              + where
              + ": cần một mảng các đối tượng, ví dụ"
              + " [{\"org\":\"DUK\", ...}].");
    } catch (JsonException e) {
      LOG.fine(() -> "Unreadable JSON: " + e);
      throw new ApiException(
          400,
          "MALFORMED_JSON",
          "Nội dung JSON không đọc được: cần một mảng các đối tượng, ví dụ"
              + " [{\"org\":\"DUK\", ...}].");
    }
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      if (array.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
        throw new ApiException(
            400, "MALFORMED_JSON", "Phần tử thứ " + (i + 1) + " của mảng không phải là đối tượng.");
      }
      JsonObject o = array.getJsonObject(i);
      java.util.Map<String, String> cells = new java.util.HashMap<>();
      for (var e : o.entrySet()) {
        JsonValue v = e.getValue();
        String s =
            switch (v.getValueType()) {
              case STRING -> ((JsonString) v).getString();
              case NULL -> "";
              default -> v.toString();
            };
        cells.put(e.getKey().toLowerCase(Locale.ROOT), s);
      }
      rows.add(new Row(i + 1, cells));
    }
    return rows;
  }

  /** How deep rows nest: an array (1) of objects (2) whose values are plain. */
  static final int MAX_DEPTH = 2;

  /**
   * Refuses JSON nested deeper than rows can be, before any parser sees it: ten thousand opening
   * brackets cost the parser's stack, not a 400.
   */
  static void requireFlat(String text) {
    int depth = 0;
    boolean inString = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '[' || c == '{') {
        depth++;
        if (depth > MAX_DEPTH) {
          throw new ApiException(
              400,
              "MALFORMED_JSON",
              "Nội dung JSON lồng quá sâu (ký tự thứ "
                  + (i + 1)
                  + "): cần một mảng các đối tượng, mỗi giá trị là chữ hoặc số.");
        }
      } else if (c == ']' || c == '}') {
        depth--;
      }
    }
  }

  private static ApiException tooLarge() {
    return new ApiException(
        413, "PAYLOAD_TOO_LARGE", "Tệp lớn hơn 10 MB; hãy chia thành nhiều tệp nhỏ hơn.");
  }

  /**
   * Rows as the client asked: CSV ({@code Accept: text/csv}) with a header, or JSON objects with
   * the columns as keys, in the columns' order. The import of the same resource reads them back.
   *
   * @param headers the request's headers
   * @param columns the column names
   * @param rows the rows, one value per column (text or a number)
   * @return the response
   */
  static jakarta.ws.rs.core.Response table(
      jakarta.ws.rs.core.HttpHeaders headers, List<String> columns, List<List<Object>> rows) {
    boolean csv =
        headers.getAcceptableMediaTypes().stream()
            .findFirst()
            .map(m -> m.getSubtype().equals("csv"))
            .orElse(false);
    if (!csv) {
      List<java.util.Map<String, Object>> json = new ArrayList<>();
      for (List<Object> row : rows) {
        java.util.Map<String, Object> object = new java.util.LinkedHashMap<>();
        for (int c = 0; c < columns.size(); c++) {
          object.put(columns.get(c), row.get(c));
        }
        json.add(object);
      }
      return jakarta.ws.rs.core.Response.ok(
              json, jakarta.ws.rs.core.MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
          .build();
    }
    java.io.StringWriter out = new java.io.StringWriter();
    try (org.apache.commons.csv.CSVPrinter printer =
        new org.apache.commons.csv.CSVPrinter(
            out, CSVFormat.DEFAULT.builder().setHeader(columns.toArray(String[]::new)).get())) {
      for (List<Object> row : rows) {
        printer.printRecord(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return jakarta.ws.rs.core.Response.ok(out.toString(), "text/csv;charset=UTF-8").build();
  }
}
