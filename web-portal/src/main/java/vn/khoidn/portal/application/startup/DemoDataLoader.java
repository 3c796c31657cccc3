package vn.khoidn.portal.application.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.khoidn.domain.organization.OrganizationKind;
import vn.khoidn.domain.registry.Sector;
import vn.khoidn.portal.application.account.AccountService;
import vn.khoidn.portal.application.account.Role;
import vn.khoidn.portal.infrastructure.persistence.jpa.DataValueEntity;
import vn.khoidn.portal.infrastructure.persistence.jpa.JpaDataValueRepository;
import vn.khoidn.portal.infrastructure.persistence.jpa.JpaOrganizationRepository;
import vn.khoidn.portal.infrastructure.persistence.jpa.OrganizationEntity;

/**
 * Loads the demo installation into an empty database: a bloc committee in Lâm Đồng with 20 organizations
 * under it, demo users, and the figures of 2021 (files under {@code demo/} on the class path).
 */
@ApplicationScoped
public class DemoDataLoader {

  private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

  @Inject
  @ConfigProperty(name = "portal.demo.password", defaultValue = "Demo@2021")
  String demoPassword;

  @Inject private JpaOrganizationRepository organizations;
  @Inject private JpaDataValueRepository values;
  @Inject private AccountService accounts;

  /**
   * Loads the demo data unless the database already holds organizations.
   *
   * @return true if the demo data was loaded now
   */
  @Transactional
  public boolean loadIfEmpty() {
    if (organizations.count() > 0) {
      return false;
    }
    Map<String, OrganizationEntity> byCode = new HashMap<>();
    for (String[] row : read("demo/organizations.csv", 6)) {
      OrganizationEntity parent = row[3].isEmpty() ? null : byCode.get(row[3]);
      OrganizationEntity org =
          new OrganizationEntity(
              row[0],
              row[1],
              OrganizationKind.valueOf(row[2]),
              Sector.valueOf(row[4]),
              parent,
              row[5].isEmpty() ? null : LocalDate.parse(row[5]));
      byCode.put(row[0], organizations.add(org));
    }
    List<String[]> users = read("demo/users.csv", 4);
    for (String[] row : users) {
      Set<Role> roles = EnumSet.noneOf(Role.class);
      Arrays.stream(row[3].split("\\|")).map(Role::valueOf).forEach(roles::add);
      accounts.createUser(row[0], row[1], demoPassword, row[2], roles);
    }
    List<String[]> figures = read("demo/figures.csv", 5);
    for (String[] row : figures) {
      values.add(
          new DataValueEntity(
              byCode.get(row[0]),
              row[1],
              row[2],
              row[3].isEmpty() ? null : Sector.valueOf(row[3]),
              new BigDecimal(row[4]),
              "demo"));
    }
    LOG.info(
        () ->
            "Đã nạp dữ liệu mẫu / demo data loaded: "
                + byCode.size()
                + " organizations, "
                + users.size()
                + " users, "
                + figures.size()
                + " figures");
    return true;
  }

  private static List<String[]> read(String resource, int columns) {
    InputStream in = DemoDataLoader.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("Missing demo resource " + resource);
    }
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      reader.readLine();
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank()) {
          String[] cells = line.split(",", -1);
          if (cells.length != columns) {
            throw new IllegalStateException(resource + ": expected " + columns + " columns in: " + line);
          }
          rows.add(cells);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
