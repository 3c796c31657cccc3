package vn.khoidn.portal.application.startup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The demo installation's files under {@code demo/} on the class path. */
public final class DemoFiles {

  private DemoFiles() {}

  /**
   * The non-blank lines of a demo file that are not comments.
   *
   * @param resource the file on the class path
   * @return the lines
   */
  public static List<String> lines(String resource) {
    InputStream in = DemoFiles.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("Missing demo resource " + resource);
    }
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader.lines().filter(l -> !l.isBlank() && !l.startsWith("# ")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A date cell.
   *
   * @param text the cell
   * @return the date, or null if empty
   */
  public static LocalDate date(String text) {
    return text.isEmpty() ? null : LocalDate.parse(text);
  }

  /**
   * The rows of a demo CSV file after its header.
   *
   * @param resource the file on the class path
   * @param columns the number of columns of every row
   * @return the rows
   */
  public static List<String[]> read(String resource, int columns) {
    InputStream in = DemoFiles.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("Missing demo resource " + resource);
    }
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      reader.readLine();
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank()) {
          String[] cells = line.split(",", -1);
          if (cells.length != columns) {
            throw new IllegalStateException(
                resource + ": expected " + columns + " columns in: " + line);
          }
          rows.add(cells);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
