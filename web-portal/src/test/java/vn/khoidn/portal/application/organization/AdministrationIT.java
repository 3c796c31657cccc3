package vn.khoidn.portal.application.organization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.khoidn.domain.indicator.Indicator;
import vn.khoidn.domain.indicator.Source;
import vn.khoidn.domain.indicator.Unit;
import vn.khoidn.domain.organization.OrganizationKind;
import vn.khoidn.domain.registry.Sector;
import vn.khoidn.portal.application.account.AccessDeniedException;
import vn.khoidn.portal.application.account.AccountService;
import vn.khoidn.portal.application.account.NewUser;
import vn.khoidn.portal.application.account.Role;
import vn.khoidn.portal.application.indicator.CatalogueService;
import vn.khoidn.portal.testsupport.PortalDeployment;

/**
 * What administrators manage in the portal: users, the organization tree with its history, the
 * catalogue.
 */
@ExtendWith(ArquillianExtension.class)
class AdministrationIT {

  private static final String ADMIN = "admin";

  @Deployment
  static WebArchive deployment() {
    return PortalDeployment.asPackaged();
  }

  @Inject AccountService accounts;
  @Inject OrganizationService organizations;
  @Inject CatalogueService catalogue;
  @Inject StoredTree storedTree;

  @Resource(lookup = "java:app/jdbc/portal")
  DataSource dataSource;

  @Test
  void anAdministratorCreatesAUserWhoBelongsToAnOrganization() {
    accounts.createUserAsAdmin(
        new NewUser(
            "it.moi", "Nguyễn Văn Mới", "Mat-khau-moi-1", "CBCS-BIDV", Set.of(Role.REPORTER)),
        ADMIN);

    assertEquals(
        "Chi bộ BIDV Chi nhánh Lâm Đồng",
        accounts.profile("it.moi").orElseThrow().organization().name());
    assertTrue(
        accounts.users(ADMIN).stream().anyMatch(u -> u.username().equals("it.moi") && u.enabled()));
  }

  @Test
  void badUserInputIsRefusedInVietnamese() {
    IllegalArgumentException badName =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                accounts.createUserAsAdmin(
                    new NewUser(
                        "Tên có dấu", "X", "Mat-khau-moi-1", "CBCS-BIDV", Set.of(Role.REPORTER)),
                    ADMIN));
    assertTrue(badName.getMessage().startsWith("Tên đăng nhập chỉ gồm"));
    IllegalArgumentException taken =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                accounts.createUserAsAdmin(
                    new NewUser("btv", "X", "Mat-khau-moi-1", "CBCS-BIDV", Set.of(Role.REPORTER)),
                    ADMIN));
    assertTrue(taken.getMessage().contains("đã có người dùng"));
    IllegalArgumentException shortPassword =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                accounts.createUserAsAdmin(
                    new NewUser("it.ngan", "X", "ngan", "CBCS-BIDV", Set.of(Role.REPORTER)),
                    ADMIN));
    assertTrue(shortPassword.getMessage().contains("ít nhất 8 ký tự"));
  }

  @Test
  void onlyAnAdministratorManagesUsersOrganizationsAndTheCatalogue() {
    assertThrows(AccessDeniedException.class, () -> accounts.users("bantochuc"));
    assertThrows(AccessDeniedException.class, () -> accounts.setEnabled("btv", false, "dienluc"));
    assertThrows(
        AccessDeniedException.class,
        () ->
            organizations.move("CB-DIENLUC-DALAT", "DBCS-AGRIBANK", LocalDate.now(), "bantochuc"));
    assertThrows(
        AccessDeniedException.class,
        () ->
            catalogue.add(
                new Indicator("IT_DENIED", "x", "x", Unit.COUNT, false, Source.ENTERED),
                "bantochuc"));
  }

  @Test
  void aMoveIsRecordedAsHistoryNotOverwritten() throws Exception {
    // A bloc of its own, so that the demo bloc's tree, which other tests count, stays as it is.
    organizations.create(
        new OrganizationRow(
            "IT-BLOC",
            "Đảng ủy Khối Thử nghiệm",
            OrganizationKind.BLOC,
            Sector.OTHER,
            null,
            LocalDate.of(2010, 1, 1),
            null),
        ADMIN);
    organizations.create(
        new OrganizationRow(
            "IT-DB-A",
            "Đảng bộ Thử nghiệm A",
            OrganizationKind.GRASSROOTS_COMMITTEE,
            Sector.STATE,
            "IT-BLOC",
            LocalDate.of(2015, 1, 1),
            null),
        ADMIN);
    organizations.create(
        new OrganizationRow(
            "IT-DB-B",
            "Đảng bộ Thử nghiệm B",
            OrganizationKind.GRASSROOTS_COMMITTEE,
            Sector.STATE,
            "IT-BLOC",
            LocalDate.of(2015, 1, 1),
            null),
        ADMIN);
    organizations.create(
        new OrganizationRow(
            "IT-CB",
            "Chi bộ Thử nghiệm",
            OrganizationKind.SUBORDINATE_CELL,
            Sector.STATE,
            "IT-DB-A",
            LocalDate.of(2016, 1, 1),
            null),
        ADMIN);

    organizations.move("IT-CB", "IT-DB-B", LocalDate.of(2021, 7, 1), ADMIN);

    List<String[]> links = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT p.code, l.valid_from, l.valid_until FROM organization_link l JOIN organization o ON o.id = l.child_id"
                    + " JOIN organization p ON p.id = l.parent_id WHERE o.code = 'IT-CB' ORDER BY l.valid_from");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        links.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
      }
    }
    assertEquals(2, links.size());
    assertEquals("IT-DB-A", links.get(0)[0]);
    assertEquals("2016-01-01", links.get(0)[1]);
    assertEquals("2021-07-01", links.get(0)[2]);
    assertEquals("IT-DB-B", links.get(1)[0]);
    assertNull(links.get(1)[2]);
    assertEquals(
        "IT-DB-B",
        organizations.all(ADMIN).stream()
            .filter(o -> o.code().equals("IT-CB"))
            .findFirst()
            .orElseThrow()
            .parentCode());
  }

  @Test
  void renamesMergersAndSplitsAreStoredAsHistoryAndReadBackWhole() throws Exception {
    LocalDate founded = LocalDate.of(2012, 1, 1);
    organizations.create(
        new OrganizationRow(
            "HIST-BLOC",
            "Đảng ủy Khối Lịch sử",
            OrganizationKind.BLOC,
            Sector.OTHER,
            null,
            founded,
            null),
        ADMIN);
    for (String code : List.of("HIST-A", "HIST-B", "HIST-C", "HIST-D")) {
      organizations.create(
          new OrganizationRow(
              code,
              "Đảng bộ " + code,
              OrganizationKind.GRASSROOTS_COMMITTEE,
              Sector.STATE,
              "HIST-BLOC",
              founded,
              null),
          ADMIN);
    }
    organizations.create(
        new OrganizationRow(
            "HIST-A-1",
            "Chi bộ A1",
            OrganizationKind.SUBORDINATE_CELL,
            Sector.STATE,
            "HIST-A",
            founded,
            null),
        ADMIN);
    LocalDate renamed = LocalDate.of(2022, 3, 1);
    LocalDate merged = LocalDate.of(2023, 1, 1);
    organizations.rename("HIST-B", "Đảng bộ Hòa Bình", renamed, ADMIN);

    IllegalArgumentException orphan =
        assertThrows(
            IllegalArgumentException.class, () -> organizations.dissolve("HIST-A", merged, ADMIN));
    assertTrue(orphan.getMessage().contains("HIST-A-1"), orphan.getMessage());

    organizations.dissolve("HIST-A", merged, "HIST-B", ADMIN);
    organizations.split("HIST-C", List.of("HIST-B", "HIST-D"), merged, ADMIN);

    List<String> successors = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT p.code, s.code, x.succeeded_on FROM organization_successor x"
                    + " JOIN organization p ON p.id = x.predecessor_id"
                    + " JOIN organization s ON s.id = x.successor_id"
                    + " WHERE p.code LIKE 'HIST-%' ORDER BY p.code, s.code");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        successors.add(rs.getString(1) + ">" + rs.getString(2) + "@" + rs.getString(3));
      }
    }
    assertEquals(
        List.of("HIST-A>HIST-B@2023-01-01", "HIST-C>HIST-B@2023-01-01", "HIST-C>HIST-D@2023-01-01"),
        successors);

    // Read back whole, through the same replay every change starts from.
    organizations.change(
        ADMIN,
        history -> {
          var tree = history.tree();
          assertEquals("Đảng bộ HIST-B", tree.nameOn("HIST-B", renamed.minusDays(1)));
          assertEquals("Đảng bộ Hòa Bình", tree.nameOn("HIST-B", renamed));
          assertEquals(
              "HIST-A", tree.parentOn("HIST-A-1", merged.minusDays(1)).orElseThrow().code());
          assertEquals("HIST-B", tree.parentOn("HIST-A-1", merged).orElseThrow().code());
          assertEquals(List.of("HIST-B"), tree.successorsOf("HIST-A"));
          assertEquals(List.of("HIST-B", "HIST-D"), tree.successorsOf("HIST-C"));
          assertTrue(tree.organization("HIST-C").orElseThrow().existsOn(merged.minusDays(1)));
          assertTrue(!tree.organization("HIST-C").orElseThrow().existsOn(merged));
        });
    // The roll-ups' tree (cached, invalidated by the writes) tells the same history.
    var rollupTree = storedTree.read(storedTree.organizations());
    assertEquals("Đảng bộ HIST-B", rollupTree.nameOn("HIST-B", renamed.minusDays(1)));
    assertEquals("Đảng bộ Hòa Bình", rollupTree.nameOn("HIST-B", renamed));
    assertEquals(List.of("HIST-B", "HIST-D"), rollupTree.successorsOf("HIST-C"));
    assertEquals("HIST-B", rollupTree.parentOn("HIST-A-1", merged).orElseThrow().code());
    OrganizationRow a1 =
        organizations.all(ADMIN).stream()
            .filter(o -> o.code().equals("HIST-A-1"))
            .findFirst()
            .orElseThrow();
    assertEquals("HIST-B", a1.parentCode());
    assertEquals(
        merged,
        organizations.all(ADMIN).stream()
            .filter(o -> o.code().equals("HIST-A"))
            .findFirst()
            .orElseThrow()
            .dissolvedOn());
  }

  @Test
  void movesThatBreakTheTreeAreRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> organizations.move("DBCS-DIENLUC", "CB-DIENLUC-DALAT", LocalDate.now(), ADMIN));
    IllegalArgumentException kind =
        assertThrows(
            IllegalArgumentException.class,
            () -> organizations.move("CB-DIENLUC-DALAT", "CBCS-BIDV", LocalDate.now(), ADMIN));
    assertTrue(kind.getMessage().contains("không thể trực thuộc"), kind.getMessage());
  }

  @Test
  void aNewIndicatorNeedsNoCodeChange() {
    catalogue.add(
        new Indicator(
            "NEW_VETERANS_ASSOCIATIONS",
            "chi hội cựu chiến binh thành lập mới",
            "new veterans' associations",
            Unit.COUNT,
            true,
            Source.ENTERED),
        ADMIN);

    assertNotNull(catalogue.current().get("NEW_VETERANS_ASSOCIATIONS"));
  }
}
