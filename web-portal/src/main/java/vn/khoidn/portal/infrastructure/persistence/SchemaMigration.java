package vn.khoidn.portal.infrastructure.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** Brings the database schema up to date with Flyway; the scripts live in {@code db/migration}. */
public final class SchemaMigration {

  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  private SchemaMigration() {}

  /**
   * Applies every pending migration. Several nodes may call this at once: Flyway locks the schema
   * history.
   *
   * @param settings the database to migrate
   * @return the number of migrations applied
   */
  public static int migrate(DatabaseSettings settings) {
    return migrate(settings, "latest");
  }

  /**
   * Applies the pending migrations up to a version; the tests use it to build an old schema.
   *
   * @param settings the database to migrate
   * @param target the last version to apply, or {@code latest}
   * @return the number of migrations applied
   */
  static int migrate(DatabaseSettings settings, String target) {
    Flyway flyway =
        Flyway.configure(SchemaMigration.class.getClassLoader())
            .dataSource(new ConfiguredDataSource(settings))
            .locations("classpath:db/migration")
            .placeholders(settings.migrationPlaceholders())
            .target(target)
            .load();
    MigrateResult result = flyway.migrate();
    LOG.info(
        () ->
            "Cơ sở dữ liệu / database "
                + settings.describe()
                + ": "
                + result.migrationsExecuted
                + " migration(s) applied, schema version "
                + (result.targetSchemaVersion == null
                    ? flyway.info().current().getVersion()
                    : result.targetSchemaVersion));
    if (result.migrations.stream().anyMatch(m -> "6".equals(m.version))) {
      reportMergedFigures(settings);
    }
    return result.migrationsExecuted;
  }

  /** Logs what version 6 merged: each figure that had been stored more than once. */
  private static void reportMergedFigures(DatabaseSettings settings) {
    try (Connection c = new ConfiguredDataSource(settings).getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT organization_id, period_code, indicator_code, sector, kept_id, kept_value,"
                    + " dropped_id, dropped_value, dropped_form_id, dropped_by FROM figure_merge"
                    + " ORDER BY id")) {
      int merged = 0;
      while (rs.next()) {
        merged++;
        LOG.warning(
            "Gộp số liệu trùng / merged a duplicate figure: organization_id="
                + rs.getLong(1)
                + " period="
                + rs.getString(2)
                + " indicator="
                + rs.getString(3)
                + " sector="
                + rs.getString(4)
                + ": kept row "
                + rs.getLong(5)
                + " = "
                + rs.getBigDecimal(6).toPlainString()
                + ", removed row "
                + rs.getLong(7)
                + " = "
                + rs.getBigDecimal(8).toPlainString()
                + " (form "
                + rs.getString(9)
                + ", by "
                + rs.getString(10)
                + ")");
      }
      int count = merged;
      LOG.info(
          () ->
              "Schema version 6: "
                  + count
                  + " duplicate figure row(s) merged (table figure_merge keeps them).");
    } catch (SQLException e) {
      throw new IllegalStateException("figure_merge could not be read", e);
    }
  }
}
