package vn.khoidn.portal.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Statement;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded database's files can be read by the portal's user alone. */
class EmbeddedFolderTest {

  @TempDir Path temp;

  @Test
  void theEmbeddedDatabaseIsCreatedInAFolderOnlyThePortalsUserCanOpen() throws Exception {
    Path folder = temp.resolve("data");
    ConfiguredDataSource source =
        new ConfiguredDataSource(
            new DatabaseSettings(DatabaseSettings.embeddedUrl(folder.toString()), "portal", ""));

    try (Connection c = source.getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE t (id INT)");
    }

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)))
        .isEqualTo("rwx------");
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files).isNotEmpty();
    }
  }

  @Test
  void anOpenFolderFromAnEarlierVersionIsClosedWithItsFiles() throws Exception {
    Path folder = Files.createDirectories(temp.resolve("old"));
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path file = Files.writeString(folder.resolve("portal.mv.db"), "x");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

    EmbeddedFolder.secure(EmbeddedFolder.of(DatabaseSettings.embeddedUrl(folder.toString())).get());

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)))
        .isEqualTo("rwx------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
  }

  @Test
  void serverAndInMemoryDatabasesHaveNoFolder() {
    assertThat(EmbeddedFolder.of("jdbc:mysql://db:3306/portal")).isEmpty();
    assertThat(EmbeddedFolder.of("jdbc:h2:mem:test")).isEmpty();
    assertThat(EmbeddedFolder.of("jdbc:h2:tcp://localhost/portal")).isEmpty();
  }
}
