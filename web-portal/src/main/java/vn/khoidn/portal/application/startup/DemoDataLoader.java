package vn.khoidn.portal.application.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.khoidn.portal.application.account.AccountService;
import vn.khoidn.portal.application.account.Role;
import vn.khoidn.portal.application.account.UserAccounts;
import vn.khoidn.portal.application.figure.FigureStore;
import vn.khoidn.portal.application.organization.Organizations;

/**
 * Loads the demo installation into an empty database: a bloc committee in Lâm Đồng with 20
 * organizations under it, demo users, the plans and accepted quarterly rounds of 2021, and an open
 * round for the current quarter (files under {@code demo/} on the class path).
 */
@ApplicationScoped
public class DemoDataLoader {

  private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

  @Inject
  @ConfigProperty(name = "portal.demo.password", defaultValue = "Demo@2021")
  String demoPassword;

  @Inject private Organizations organizations;
  @Inject private DemoDataSet dataSet;
  @Inject private FigureStore figureStore;
  @Inject private AccountService accounts;
  @Inject private UserAccounts userAccounts;

  /**
   * Loads the demo data unless the database already holds organizations.
   *
   * @return true if the demo data was loaded now
   */
  @Transactional
  public boolean loadIfEmpty() {
    if (!organizations.all().isEmpty()) {
      return false;
    }
    DemoDataSet.Seeded seeded = dataSet.seed();
    List<String[]> users = DemoFiles.read("demo/users.csv", 6);
    for (String[] row : users) {
      Set<Role> roles = EnumSet.noneOf(Role.class);
      Arrays.stream(row[3].split("\\|")).map(Role::valueOf).forEach(roles::add);
      accounts.createUser(row[0], row[1], demoPassword, row[2], roles);
      userAccounts.setContact(row[0], row[4], row[5]);
    }
    figureStore.demoFigures(seeded.figures());
    figureStore.changed(seeded.figurePeriods());
    LOG.info(
        () ->
            "Đã nạp dữ liệu mẫu / demo data loaded: "
                + seeded.organizations()
                + " organizations, "
                + users.size()
                + " users, "
                + seeded.figures().size()
                + " figures");
    return true;
  }
}
