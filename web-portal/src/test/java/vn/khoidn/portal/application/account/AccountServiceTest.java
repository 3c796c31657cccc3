package vn.khoidn.portal.application.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.khoidn.domain.organization.OrganizationKind;
import vn.khoidn.portal.application.InvalidInputException;
import vn.khoidn.portal.application.organization.InMemoryTree;

/** Users' use cases over in-memory ports: who may do what, and every refusal. */
class AccountServiceTest {

  private InMemoryTree tree;
  private InMemoryUserAccounts accounts;
  private final Set<String> locked = new HashSet<>();
  private AccountService service;

  @BeforeEach
  void setUp() {
    tree =
        new InMemoryTree()
            .with("BLOC", OrganizationKind.BLOC, null, LocalDate.of(2010, 1, 1))
            .with("CO-A", OrganizationKind.GRASSROOTS_COMMITTEE, "BLOC", LocalDate.of(2012, 1, 1))
            .with("CELL", OrganizationKind.SUBORDINATE_CELL, "CO-A", LocalDate.of(2013, 1, 1));
    accounts = new InMemoryUserAccounts();
    LoginThrottle throttle =
        new LoginThrottle() {
          @Override
          public Set<String> lockedNames() {
            return Set.copyOf(locked);
          }

          @Override
          public void clear(String username) {
            locked.remove(username.toLowerCase(java.util.Locale.ROOT));
          }
        };
    service = new AccountService(accounts, tree, new PrefixHashing("hash:"), throttle);
    service.ensureAdministrator("BLOC", Optional.of("Admin@Test-1"));
  }

  @Test
  void theFirstAdministratorIsCreatedOnceWithTheConfiguredPassword() {
    assertThat(accounts.hashOf("admin")).isEqualTo("hash:Admin@Test-1");
    assertThat(service.ensureAdministrator("BLOC", Optional.of("other"))).isFalse();
    assertThat(accounts.hashOf("admin")).isEqualTo("hash:Admin@Test-1");
  }

  @Test
  void anAdministratorCreatesAUserAndSeesWhereTheyBelong() {
    service.createUserAsAdmin(
        new NewUser("Bao.Cao", "Nguyễn Thị Báo", "Mat-khau-1", "CO-A", Set.of(Role.REPORTER)),
        "admin");
    assertThat(accounts.hashOf("bao.cao")).isEqualTo("hash:Mat-khau-1");
    UserProfile profile = service.profile("bao.cao").orElseThrow();
    assertThat(profile.organization().code()).isEqualTo("CO-A");
    assertThat(profile.parent().code()).isEqualTo("BLOC");
    assertThat(profile.children()).extracting(v -> v.code()).containsExactly("CELL");
    assertThat(service.users("admin"))
        .filteredOn(u -> u.username().equals("bao.cao"))
        .singleElement()
        .satisfies(u -> assertThat(u.organizationCode()).isEqualTo("CO-A"));
  }

  @Test
  void badUsersAreRefusedWithACodeAndNothingIsStored() {
    assertRefused(
        new NewUser("Tên có dấu", "X", "Mat-khau-1", "CO-A", Set.of(Role.REPORTER)),
        "BAD_USERNAME");
    assertRefused(
        new NewUser("admin", "X", "Mat-khau-1", "CO-A", Set.of(Role.REPORTER)),
        "DUPLICATE_USERNAME");
    assertRefused(
        new NewUser("moi.a", " ", "Mat-khau-1", "CO-A", Set.of(Role.REPORTER)), "NAME_REQUIRED");
    assertRefused(
        new NewUser("moi.b", "X", "ngan", "CO-A", Set.of(Role.REPORTER)), "PASSWORD_TOO_SHORT");
    assertRefused(new NewUser("moi.c", "X", "Mat-khau-1", "CO-A", Set.of()), "ROLE_REQUIRED");
    assertRefused(
        new NewUser("moi.d", "X", "Mat-khau-1", "NOPE", Set.of(Role.REPORTER)),
        "ORGANIZATION_REQUIRED");
    assertThat(service.users("admin")).extracting(UserSummary::username).containsExactly("admin");
  }

  @Test
  void onlyAnEnabledAdministratorManagesUsers() {
    service.createUserAsAdmin(
        new NewUser("staff.a", "Cán bộ", "Mat-khau-1", "BLOC", Set.of(Role.STAFF)), "admin");
    assertThatThrownBy(() -> service.users("staff.a")).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> service.setEnabled("admin", false, "staff.a"))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> service.setEnabled("admin", false, "admin"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("Không thể tự khóa tài khoản của chính mình.");

    service.setEnabled("staff.a", false, "admin");
    assertThat(service.users("admin"))
        .filteredOn(u -> u.username().equals("staff.a"))
        .singleElement()
        .satisfies(u -> assertThat(u.enabled()).isFalse());
  }

  @Test
  void aPasswordResetAndAnUnlockLiftTheLoginLock() {
    service.createUserAsAdmin(
        new NewUser("bi.khoa", "Bị Khóa", "Mat-khau-1", "CO-A", Set.of(Role.REPORTER)), "admin");
    locked.add("bi.khoa");
    assertThat(service.users("admin"))
        .filteredOn(u -> u.username().equals("bi.khoa"))
        .singleElement()
        .satisfies(u -> assertThat(u.locked()).isTrue());

    String oneTime = service.resetPassword("bi.khoa", "admin");
    assertThat(locked).isEmpty();
    assertThat(accounts.hashOf("bi.khoa")).isEqualTo("hash:" + oneTime);
    assertThat(service.mustChangePassword("bi.khoa")).isTrue();

    locked.add("bi.khoa");
    service.unlockLogin("bi.khoa", "admin");
    assertThat(locked).isEmpty();
    assertThatThrownBy(() -> service.unlockLogin("khong.co", "admin"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("Không có người dùng khong.co.");
  }

  @Test
  void aOneTimePasswordIsRandomAndMustBeReplacedByTheUsersOwn() {
    service.createUserAsAdmin(
        new NewUser("mot.lan", "Một Lần", "Mat-khau-1", "CO-A", Set.of(Role.REPORTER)), "admin");
    String first = service.resetPassword("mot.lan", "admin");
    String second = service.resetPassword("mot.lan", "admin");
    assertThat(first).hasSizeGreaterThanOrEqualTo(AccountService.MIN_PASSWORD_LENGTH);
    assertThat(second).isNotEqualTo(first);
    assertThat(accounts.hashOf("mot.lan")).isEqualTo("hash:" + second);

    assertOwnChangeRefused("mot.lan", first, "Mat-khau-moi", "Mat-khau-moi", "WRONG_PASSWORD");
    assertOwnChangeRefused("mot.lan", second, "ngan", "ngan", "PASSWORD_TOO_SHORT");
    assertOwnChangeRefused("mot.lan", second, "Mat-khau-moi", "Mat-khau-mo1", "PASSWORDS_DIFFER");
    assertOwnChangeRefused("mot.lan", second, second, second, "PASSWORD_UNCHANGED");
    assertThat(service.mustChangePassword("mot.lan")).isTrue();
    assertThat(accounts.hashOf("mot.lan")).isEqualTo("hash:" + second);

    service.changeOwnPassword("mot.lan", second, "Mat-khau-moi", "Mat-khau-moi");
    assertThat(service.mustChangePassword("mot.lan")).isFalse();
    assertThat(accounts.hashOf("mot.lan")).isEqualTo("hash:Mat-khau-moi");
  }

  @Test
  void onlyAnAdministratorIssuesAOneTimePassword() {
    service.createUserAsAdmin(
        new NewUser("bao.cao2", "Báo Cáo", "Mat-khau-1", "CO-A", Set.of(Role.REPORTER)), "admin");
    assertThatThrownBy(() -> service.resetPassword("admin", "bao.cao2"))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(accounts.hashOf("admin")).isEqualTo("hash:Admin@Test-1");
  }

  private void assertOwnChangeRefused(
      String user, String current, String chosen, String repeated, String code) {
    assertThatThrownBy(() -> service.changeOwnPassword(user, current, chosen, repeated))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.code()).isEqualTo(code));
  }

  private void assertRefused(NewUser user, String code) {
    assertThatThrownBy(() -> service.createUserAsAdmin(user, "admin"))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.code()).isEqualTo(code));
  }
}
