package vn.khoidn.portal.interfaces.web;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A file chosen in a page's plain {@code <h:inputFile>}: the browser's own file input, which screen
 * readers and keyboards reach (PrimeFaces' simple upload hides it behind {@code aria-hidden}).
 */
public final class Uploads {

  private Uploads() {}

  /**
   * Whether a file was chosen and has content.
   *
   * @param part the uploaded part, or null
   * @return true if there is something to read
   */
  public static boolean present(Part part) {
    return part != null && part.getSize() > 0;
  }

  /**
   * The file's bytes (the servlet's multipart settings limit it to 10 MB).
   *
   * @param part the uploaded part
   * @return its content
   */
  public static byte[] bytes(Part part) {
    try (InputStream in = part.getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
