package vn.khoidn.portal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import vn.khoidn.portal.application.startup.SchemaUpgrade;

/** The {@link SchemaUpgrade} port: Flyway's migrations on the configured database. */
@ApplicationScoped
public class FlywaySchemaUpgrade implements SchemaUpgrade {

  @Override
  public void migrate() {
    SchemaMigration.migrate(new ConfiguredDataSource().settings());
  }
}
