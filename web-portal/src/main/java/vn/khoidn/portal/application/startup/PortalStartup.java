package vn.khoidn.portal.application.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.khoidn.portal.application.account.AccountService;
import vn.khoidn.portal.application.indicator.CatalogueService;

/**
 * Prepares the database when the application starts: migrates the schema, loads the demo tree if
 * asked ({@code PORTAL_DEMO_DATA}, default true), makes sure the bloc committee exists, and makes
 * sure the administrator exists ({@code PORTAL_ADMIN_PASSWORD}).
 */
@ApplicationScoped
public class PortalStartup {

  private static final Logger LOG = Logger.getLogger(PortalStartup.class.getName());

  @Inject
  @ConfigProperty(name = "portal.demo.data", defaultValue = "true")
  boolean demoData;

  @Inject
  @ConfigProperty(name = "portal.admin.password")
  Optional<String> adminPassword;

  @Inject private SchemaUpgrade schema;
  @Inject private DemoDataLoader demo;
  @Inject private RootOrganization root;
  @Inject private AccountService accounts;
  @Inject private CatalogueService catalogue;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
    schema.migrate();
    catalogue.ensureBuiltIn();
    if (demoData) {
      demo.loadIfEmpty();
    }
    accounts.ensureAdministrator(root.ensureExists(), adminPassword);
    LOG.info("Cổng báo cáo đã sẵn sàng / the portal is ready.");
  }
}
