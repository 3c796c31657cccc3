package vn.khoidn.portal.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

  @Test
  void theEmbeddedDefaultLivesInTheDataFolderOfTheWorkingDirectory() {
    DatabaseSettings settings = new DatabaseSettings(DatabaseSettings.EMBEDDED_URL, "portal", "");

    assertThat(settings.url()).startsWith("jdbc:h2:./data/portal;MODE=MySQL");
    assertThat(settings.embedded()).isTrue();
    assertThat(settings.migrationPlaceholders()).containsEntry("table_options", "");
  }

  @Test
  void mysqlTablesAreInnoDbInUtf8mb4AndConnectionsSpeakUtf8() {
    DatabaseSettings settings =
        new DatabaseSettings("jdbc:mysql://db:3306/portal", "portal", "secret");

    assertThat(settings.vendor()).isEqualTo(DatabaseSettings.Vendor.MYSQL);
    assertThat(settings.migrationPlaceholders().get("table_options"))
        .contains("ENGINE=InnoDB", "CHARSET=utf8mb4");
    assertThat(settings.connectionProperties())
        .containsEntry("characterEncoding", "UTF-8")
        .containsEntry("fallbackToSystemKeyStore", "false")
        .containsEntry("user", "portal")
        .containsEntry("password", "secret");
  }

  @Test
  void anEncodingNamedInTheUrlIsLeftAlone() {
    DatabaseSettings settings =
        new DatabaseSettings("jdbc:mysql://db/portal?characterEncoding=utf8", "u", "p");

    assertThat(settings.connectionProperties()).doesNotContainKey("characterEncoding");
  }

  @Test
  void anUnsupportedDatabaseIsRefusedNamingTheSetting() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new DatabaseSettings("jdbc:postgresql://db/portal", "u", "p"))
        .withMessageContaining("PORTAL_DB_URL");
  }

  @Test
  void passwordsInTheUrlAreMaskedInLogLines() {
    DatabaseSettings settings =
        new DatabaseSettings("jdbc:mysql://db/portal?user=a&password=hunter2&useSSL=true", "", "");

    assertThat(settings.describe()).doesNotContain("hunter2").contains("password=***&useSSL=true");
  }
}
