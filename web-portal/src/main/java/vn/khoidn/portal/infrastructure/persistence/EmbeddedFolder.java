package vn.khoidn.portal.infrastructure.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The embedded database's folder, readable by the portal's user alone: the folder is created (or
 * corrected) as {@code rwx------} and the files already in it as {@code rw-------}, before the
 * database opens them. With the folder closed to others, files H2 creates later cannot be read by
 * other users of the machine either. On a file system without POSIX permissions nothing changes.
 */
final class EmbeddedFolder {

  static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
  static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

  private EmbeddedFolder() {}

  /**
   * The folder of an embedded file database's URL ({@code jdbc:h2:./data/portal;...}).
   *
   * @param url the JDBC URL
   * @return the folder, or empty for a server or in-memory database
   */
  static Optional<Path> of(String url) {
    if (!url.startsWith("jdbc:h2:") || url.startsWith("jdbc:h2:mem:")) {
      return Optional.empty();
    }
    String rest = url.substring("jdbc:h2:".length());
    if (rest.startsWith("tcp:") || rest.startsWith("ssl:")) {
      return Optional.empty();
    }
    if (rest.startsWith("file:")) {
      rest = rest.substring("file:".length());
    }
    int options = rest.indexOf(';');
    String file = options < 0 ? rest : rest.substring(0, options);
    if (file.startsWith("~")) {
      file = System.getProperty("user.home") + file.substring(1);
    }
    Path parent = Path.of(file).toAbsolutePath().getParent();
    return Optional.ofNullable(parent);
  }

  /**
   * Creates the folder for the portal's user alone, or closes an existing one.
   *
   * @param folder the folder
   */
  static void secure(Path folder) {
    try {
      if (!Files.exists(folder)) {
        try {
          Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(FOLDER));
        } catch (UnsupportedOperationException notPosix) {
          Files.createDirectories(folder);
          return;
        }
      }
      Files.setPosixFilePermissions(folder, FOLDER);
      try (Stream<Path> files = Files.list(folder)) {
        for (Path f : (Iterable<Path>) files::iterator) {
          if (Files.isRegularFile(f)) {
            Files.setPosixFilePermissions(f, FILE);
          }
        }
      }
    } catch (UnsupportedOperationException notPosix) {
      // Windows: the folder keeps the permissions its parent gives.
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Không tạo hay khóa được thư mục cơ sở dữ liệu nhúng " + folder, e);
    }
  }
}
