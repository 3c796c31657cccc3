package vn.khoidn.portal.infrastructure.persistence;

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
    Flyway flyway =
        Flyway.configure(SchemaMigration.class.getClassLoader())
            .dataSource(new ConfiguredDataSource(settings))
            .locations("classpath:db/migration")
            .placeholders(settings.migrationPlaceholders())
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
    return result.migrationsExecuted;
  }
}
