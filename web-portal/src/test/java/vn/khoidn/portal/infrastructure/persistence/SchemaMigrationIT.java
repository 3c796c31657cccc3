package vn.khoidn.portal.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.khoidn.portal.testsupport.MariaDbServer;

class SchemaMigrationIT {

  private static final String NAME_WITH_EVERY_KIND_OF_LETTER =
      "Chi bộ Công ty Cổ phần Sữa Đà Lạt – ưu tú, ễ ỡ ự ặ, chữ Nôm 𠀧";

  @Nested
  class OnMariaDb {

    @Test
    void createsEveryTableAsInnoDbInUtf8mb4() throws SQLException {
      DatabaseSettings settings = mariaDb();

      assertThat(SchemaMigration.migrate(settings)).isEqualTo(11);

      Map<String, String> tables = new HashMap<>();
      try (Connection c = new ConfiguredDataSource(settings).getConnection();
          PreparedStatement s =
              c.prepareStatement(
                  "SELECT table_name, engine, table_collation FROM information_schema.tables"
                      + " WHERE table_schema = DATABASE() AND table_name <> 'flyway_schema_history'");
          ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          tables.put(rs.getString(1), rs.getString(2) + "/" + rs.getString(3));
        }
      }
      assertThat(tables)
          .containsOnlyKeys(
              "organization",
              "user_account",
              "user_role",
              "data_value",
              "organization_link",
              "indicator",
              "plan_target",
              "reporting_round",
              "round_indicator",
              "report_form",
              "audit_entry",
              "host_unit",
              "report_setting",
              "sentence_template",
              "resolution",
              "report",
              "figure_version",
              "figure_merge",
              "login_throttle",
              "organization_name",
              "organization_successor")
          .allSatisfy(
              (table, storage) -> assertThat(storage).isEqualTo("InnoDB/utf8mb4_unicode_ci"));
    }

    @Test
    void codesThatDifferOnlyInCaseOrToneAreDifferentCodes() throws SQLException {
      DatabaseSettings settings = mariaDb();
      SchemaMigration.migrate(settings);

      try (Connection c = new ConfiguredDataSource(settings).getConnection();
          Statement s = c.createStatement()) {
        s.executeUpdate(
            "INSERT INTO organization (code, name, kind, sector) VALUES"
                + " ('CB-HOA', 'Chi bộ Hoa', 'GRASSROOTS_CELL', 'STATE'),"
                + " ('cb-hoa', 'Chi bộ hoa', 'GRASSROOTS_CELL', 'STATE'),"
                + " ('CB-HÒA', 'Chi bộ Hòa', 'GRASSROOTS_CELL', 'STATE')");
        try (ResultSet rs = s.executeQuery("SELECT name FROM organization WHERE code = 'CB-HÒA'")) {
          assertThat(rs.next()).isTrue();
          assertThat(rs.getString(1)).isEqualTo("Chi bộ Hòa");
          assertThat(rs.next()).as("the code finds one organization, exactly").isFalse();
        }
      }
    }

    @Test
    void runsEachMigrationOnlyOnce() {
      DatabaseSettings settings = mariaDb();
      SchemaMigration.migrate(settings);

      assertThat(SchemaMigration.migrate(settings)).isZero();
    }

    @Test
    void keepsVietnameseTextIntactThroughConnectorJ() throws SQLException {
      DatabaseSettings settings = mariaDb();
      SchemaMigration.migrate(settings);

      assertThat(roundTrip(settings, NAME_WITH_EVERY_KIND_OF_LETTER))
          .isEqualTo(NAME_WITH_EVERY_KIND_OF_LETTER);
    }

    @Test
    void mergesFiguresStoredTwiceKeepingTheLatestWriteAndThenRefusesASecondCopy()
        throws SQLException {
      DatabaseSettings settings = mariaDb();
      SchemaMigration.migrate(settings, "5");
      try (Connection c = new ConfiguredDataSource(settings).getConnection();
          Statement s = c.createStatement()) {
        s.executeUpdate(
            "INSERT INTO organization (id, code, name, kind, sector) VALUES"
                + " (1, 'CBCS-XOSO', 'Chi bộ Xổ số', 'GRASSROOTS_CELL', 'STATE')");
        s.executeUpdate(
            "INSERT INTO data_value (organization_id, period_code, indicator_code, sector,"
                + " numeric_value, updated_at, updated_by) VALUES"
                + " (1, '2021Q1', 'NEW_MEMBERS', NULL, 5, '2021-04-02 10:00:00', 'baocao'),"
                + " (1, '2021Q1', 'NEW_MEMBERS', NULL, 5, '2021-06-01 08:00:00', 'bantochuc'),"
                + " (1, '2021Q1', 'NEW_MEMBERS', NULL, 7, '2021-06-01 08:00:00', 'bantochuc'),"
                + " (1, '2021Q1', 'NEW_MEMBERS', 'NON_STATE', 2, '2021-04-02 10:00:00', 'baocao'),"
                + " (1, '2021Q2', 'NEW_MEMBERS', NULL, 4, '2021-07-02 10:00:00', 'baocao')");
      }

      assertThat(SchemaMigration.migrate(settings)).isEqualTo(6);

      try (Connection c = new ConfiguredDataSource(settings).getConnection();
          Statement s = c.createStatement()) {
        Map<String, String> left = new HashMap<>();
        try (ResultSet rs =
            s.executeQuery(
                "SELECT period_code, sector, numeric_value FROM data_value ORDER BY id")) {
          while (rs.next()) {
            left.put(rs.getString(1) + "/" + rs.getString(2), rs.getBigDecimal(3).toPlainString());
          }
        }
        // Of the three copies of 2021Q1's total, the last one written (7, the higher id of the two
        // written at 08:00) is kept; the part and the other quarter are untouched.
        assertThat(left)
            .containsOnly(
                Map.entry("2021Q1/null", "7.0000"),
                Map.entry("2021Q1/NON_STATE", "2.0000"),
                Map.entry("2021Q2/null", "4.0000"));
        try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM figure_merge")) {
          rs.next();
          assertThat(rs.getInt(1)).isEqualTo(2);
        }
        assertThatThrownBy(
                () ->
                    s.executeUpdate(
                        "INSERT INTO data_value (organization_id, period_code, indicator_code,"
                            + " sector, numeric_value, updated_at, updated_by) VALUES"
                            + " (1, '2021Q1', 'NEW_MEMBERS', NULL, 5, NOW(), 'bantochuc')"))
            .isInstanceOf(SQLIntegrityConstraintViolationException.class);
      }
    }

    @Test
    void theInstallationsIssuingBodyBecomesTheTopOrganizationsAndNoOtherOrganizationsSettings()
        throws SQLException {
      DatabaseSettings settings = mariaDb();
      SchemaMigration.migrate(settings, "9");
      try (Connection c = new ConfiguredDataSource(settings).getConnection();
          Statement s = c.createStatement()) {
        s.executeUpdate(
            "INSERT INTO organization (id, code, name, kind, sector, parent_id) VALUES"
                + " (1, 'REPORT-DUK', 'Đảng ủy Khối', 'BLOC', 'OTHER', NULL),"
                + " (2, 'REPORT-CB', 'Chi bộ Công ty A', 'GRASSROOTS_CELL', 'STATE', 1)");
        s.executeUpdate(
            "INSERT INTO report_setting (setting_name, setting_value, updated_by) VALUES"
                + " ('issuing_body', 'ĐẢNG ỦY KHỐI DOANH NGHIỆP', 'bantochuc'),"
                + " ('place', 'Lâm Đồng', 'bantochuc')");
      }

      assertThat(SchemaMigration.migrate(settings)).isEqualTo(2);

      try (Connection c = new ConfiguredDataSource(settings).getConnection();
          Statement s = c.createStatement();
          ResultSet rs =
              s.executeQuery(
                  "SELECT organization_id, setting_name, setting_value FROM report_setting"
                      + " ORDER BY organization_id, setting_name")) {
        Map<String, String> rows = new HashMap<>();
        while (rs.next()) {
          rows.put(rs.getLong(1) + "/" + rs.getString(2), rs.getString(3));
        }
        assertThat(rows)
            .containsOnly(
                Map.entry("1/issuing_body", "ĐẢNG ỦY KHỐI DOANH NGHIỆP"),
                Map.entry("1/place", "Lâm Đồng"));
        assertThatThrownBy(
                () ->
                    s.executeUpdate(
                        "INSERT INTO report_setting (organization_id, setting_name, setting_value)"
                            + " VALUES (1, 'place', 'Đà Lạt')"))
            .as("one value per organization and setting")
            .isInstanceOf(SQLIntegrityConstraintViolationException.class);
      }
    }

    private DatabaseSettings mariaDb() {
      return new DatabaseSettings(
          MariaDbServer.createScratchDatabase("migration"),
          MariaDbServer.USER,
          MariaDbServer.PASSWORD);
    }
  }

  @Nested
  class OnTheEmbeddedDefault {

    @Test
    void createsTheDatabaseFileInTheDataFolderAndMigratesIt(@TempDir Path workingDir)
        throws SQLException {
      DatabaseSettings settings =
          new DatabaseSettings(
              DatabaseSettings.embeddedUrl(workingDir.resolve("data").toString()), "portal", "");

      assertThat(SchemaMigration.migrate(settings)).isEqualTo(11);
      assertThat(Files.exists(workingDir.resolve("data").resolve("portal.mv.db"))).isTrue();
      assertThat(roundTrip(settings, NAME_WITH_EVERY_KIND_OF_LETTER))
          .isEqualTo(NAME_WITH_EVERY_KIND_OF_LETTER);
    }
  }

  private static String roundTrip(DatabaseSettings settings, String name) throws SQLException {
    try (Connection c = new ConfiguredDataSource(settings).getConnection()) {
      try (PreparedStatement insert =
          c.prepareStatement(
              "INSERT INTO organization (code, name, kind, sector) VALUES (?, ?, 'GRASSROOTS_CELL', 'NON_STATE')")) {
        insert.setString(1, "RT-1");
        insert.setString(2, name);
        insert.executeUpdate();
      }
      try (PreparedStatement select =
          c.prepareStatement("SELECT name FROM organization WHERE code = ?")) {
        select.setString(1, "RT-1");
        try (ResultSet rs = select.executeQuery()) {
          rs.next();
          return rs.getString(1);
        }
      }
    }
  }
}
