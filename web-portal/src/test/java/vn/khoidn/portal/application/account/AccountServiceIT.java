package vn.khoidn.portal.application.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.khoidn.portal.testsupport.PortalDeployment;

/** Runs inside Payara Micro, against the portal's real data source on the MariaDB test server. */
@ExtendWith(ArquillianExtension.class)
class AccountServiceIT {

  @Deployment
  static WebArchive deployment() {
    return PortalDeployment.asPackaged();
  }

  @Inject AccountService accounts;

  @Resource(lookup = "java:app/jdbc/portal")
  DataSource dataSource;

  @Test
  void theDataSourceIsTheMariaDbServerInUtf8mb4() throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement("SELECT VERSION(), @@character_set_database");
        ResultSet rs = s.executeQuery()) {
      rs.next();
      assertTrue(rs.getString(1).contains("MariaDB"), rs.getString(1));
      assertEquals("utf8mb4", rs.getString(2));
    }
  }

  @Test
  void aUserStoredThroughJpaIsReadBackWithTheirOrganization() {
    String username = "it.user" + System.nanoTime();
    accounts.createUser(
        username, "Nguyễn Thị Ánh Tuyết", "Mật-khẩu-2021", "CBCS-SUADALAT", Set.of(Role.REPORTER));

    UserProfile profile = accounts.profile(username.toUpperCase()).orElseThrow();

    assertEquals("Nguyễn Thị Ánh Tuyết", profile.displayName());
    assertEquals("Chi bộ Công ty Cổ phần Sữa Đà Lạt", profile.organization().name());
    assertEquals("Đảng ủy Khối Doanh nghiệp tỉnh Lâm Đồng", profile.parent().name());
    assertEquals(Set.of(Role.REPORTER), profile.roles());
  }

  @Test
  void theDemoTreeIsLoadedUnderTheBlocCommittee() {
    UserProfile standingCommittee = accounts.profile("btv").orElseThrow();

    assertEquals("DUK", standingCommittee.organization().code());
    assertTrue(
        standingCommittee.children().stream()
            .map(o -> o.code())
            .toList()
            .containsAll(
                List.of(
                    "DBCS-LADOFOODS",
                    "DBCS-DIENLUC",
                    "DBCS-AGRIBANK",
                    "DBCS-CAPNUOC",
                    "CBCS-VIETCOMBANK",
                    "CBCS-BIDV",
                    "CBCS-QTD-PHUONG1",
                    "CBCS-XOSO",
                    "CBCS-HIEPHOI",
                    "CBCS-THANHTHANHCONG",
                    "CBCS-SUADALAT",
                    "CBCS-MINHTIEN",
                    "CBCS-LANGBIANG")));
    assertTrue(
        standingCommittee.children().stream()
            .anyMatch(o -> o.name().equals("Đảng bộ Công ty Điện lực Lâm Đồng")));
  }

  @Test
  void passwordsAreStoredOnlyAsPbkdf2Hashes() throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("SELECT password_hash FROM user_account WHERE username = 'btv'");
        ResultSet rs = s.executeQuery()) {
      assertTrue(rs.next());
      String stored = rs.getString(1);
      assertTrue(stored.startsWith("PBKDF2WithHmacSHA512:210000:"), stored);
      assertFalse(stored.contains("Demo@2021"));
    }
  }

  @Test
  void theAdministratorIsCreatedOnceWithTheConfiguredPassword() {
    assertFalse(accounts.ensureAdministrator("DUK", Optional.of("another password")));
    assertEquals(Set.of(Role.ADMIN), accounts.profile("admin").orElseThrow().roles());
  }
}
