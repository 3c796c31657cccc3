package vn.khoidn.portal.application.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.khoidn.domain.organization.Organization;
import vn.khoidn.domain.organization.OrganizationKind;
import vn.khoidn.domain.organization.OrganizationTree;
import vn.khoidn.domain.registry.Sector;
import vn.khoidn.portal.application.InvalidInputException;
import vn.khoidn.portal.application.account.AccessDeniedException;
import vn.khoidn.portal.application.account.AccessPolicy;
import vn.khoidn.portal.application.account.AccountService;
import vn.khoidn.portal.application.account.InMemoryUserAccounts;
import vn.khoidn.portal.application.account.LoginThrottle;
import vn.khoidn.portal.application.account.Role;

/** The tree's use cases on the aggregate, without a container or a database. */
class OrganizationServiceTest {

  private static final LocalDate START = LocalDate.of(2020, 1, 1);
  private static final LocalDate DAY = LocalDate.of(2024, 7, 1);

  private InMemoryTree store;
  private InMemoryUserAccounts accounts;
  private OrganizationService service;

  @BeforeEach
  void setUp() {
    store =
        new InMemoryTree()
            .with("BLOC", OrganizationKind.BLOC, null, START)
            .with("CO-A", OrganizationKind.GRASSROOTS_COMMITTEE, "BLOC", START)
            .with("CO-B", OrganizationKind.GRASSROOTS_COMMITTEE, "BLOC", START)
            .with("CELL-1", OrganizationKind.SUBORDINATE_CELL, "CO-A", START)
            .with("CELL-2", OrganizationKind.SUBORDINATE_CELL, "CO-A", START);
    long bloc = store.byCode("BLOC").orElseThrow().id();
    accounts =
        new InMemoryUserAccounts().with("admin", bloc, Role.ADMIN).with("staff", bloc, Role.STAFF);
    LoginThrottle none =
        new LoginThrottle() {
          @Override
          public Set<String> lockedNames() {
            return new HashSet<>();
          }

          @Override
          public void clear(String username) {}
        };
    AccountService accountService =
        new AccountService(
            accounts, store, new vn.khoidn.portal.application.account.PrefixHashing("h:"), none);
    service =
        new OrganizationService(store, store, accountService, new AccessPolicy(accounts, store));
  }

  private OrganizationTree reloaded() {
    return TreeHistory.of(store.loadForChange()).tree();
  }

  @Test
  void createsUnderAParentAndRefusesWhatTheStatuteForbids() {
    service.create(row("CELL-3", OrganizationKind.SUBORDINATE_CELL, "CO-B"), "admin");
    assertThat(reloaded().parentOn("CELL-3", DAY)).map(Organization::code).contains("CO-B");

    assertThatThrownBy(
            () -> service.create(row("CELL-3", OrganizationKind.SUBORDINATE_CELL, "CO-B"), "admin"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("Mã tổ chức CELL-3 đã tồn tại.");
    assertThatThrownBy(
            () ->
                service.create(
                    row("CO-X", OrganizationKind.GRASSROOTS_COMMITTEE, "CELL-1"), "admin"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("không thể trực thuộc");
    assertThatThrownBy(
            () -> service.create(row("CELL-9", OrganizationKind.SUBORDINATE_CELL, null), "admin"))
        .hasMessage("Vui lòng chọn tổ chức cấp trên.");
    assertThat(store.byCode("CO-X")).isEmpty();
    assertThat(store.byCode("CELL-9")).isEmpty();
  }

  @Test
  void onlyAnAdministratorChangesTheTree() {
    assertThatThrownBy(() -> service.move("CELL-1", "CO-B", DAY, "staff"))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(store.loads()).isZero();
    assertThat(reloaded().parentOn("CELL-1", DAY)).map(Organization::code).contains("CO-A");
  }

  @Test
  void movesKeepTheHistoryAndRefuseLoopsAndOutOfOrderDays() {
    service.move("CELL-1", "CO-B", DAY, "admin");
    OrganizationTree tree = reloaded();
    assertThat(tree.parentOn("CELL-1", DAY.minusDays(1))).map(Organization::code).contains("CO-A");
    assertThat(tree.parentOn("CELL-1", DAY)).map(Organization::code).contains("CO-B");

    assertThatThrownBy(() -> service.move("CELL-1", "CO-A", DAY, "admin"))
        .hasMessageContaining("phải sau lần thay đổi trước");
    assertThatThrownBy(() -> service.move("CO-A", "CO-A", DAY, "admin"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> service.move("CELL-2", "CO-B", null, "admin"))
        .hasMessage("Vui lòng chọn ngày chuyển.");
    assertThatThrownBy(() -> service.move("NOPE", "CO-B", DAY, "admin"))
        .hasMessage("Không có tổ chức mã NOPE.");
  }

  @Test
  void aRenameKeepsTheOldNameForEarlierPeriods() {
    service.rename("CO-A", "Đảng ủy Công ty Hòa Bình", DAY, "admin");
    OrganizationTree tree = reloaded();
    assertThat(tree.nameOn("CO-A", DAY.minusDays(1))).isEqualTo("Tổ chức CO-A");
    assertThat(tree.nameOn("CO-A", DAY)).isEqualTo("Đảng ủy Công ty Hòa Bình");
    assertThat(store.byCode("CO-A").orElseThrow().name()).isEqualTo("Đảng ủy Công ty Hòa Bình");

    assertThatThrownBy(() -> service.rename("CO-A", "Tên khác", DAY.minusDays(10), "admin"))
        .hasMessageContaining("theo thứ tự thời gian");
    assertThatThrownBy(
            () -> service.rename("CO-A", "Đảng ủy Công ty Hòa Bình", DAY.plusDays(1), "admin"))
        .hasMessage("Tên mới trùng với tên hiện tại.");
  }

  @Test
  void aDissolutionLeavesNoOrganizationWithoutAParent() {
    assertThatThrownBy(() -> service.dissolve("CO-A", DAY, "admin"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("còn 2 tổ chức trực thuộc (CELL-1, CELL-2)");
    assertThat(store.byCode("CO-A").orElseThrow().dissolvedOn()).isNull();

    service.dissolve("CO-A", DAY, "CO-B", "admin");
    OrganizationTree tree = reloaded();
    assertThat(tree.organization("CO-A").orElseThrow().existsOn(DAY)).isFalse();
    assertThat(tree.successorsOf("CO-A")).containsExactly("CO-B");
    assertThat(tree.childrenOn("CO-B", DAY))
        .extracting(Organization::code)
        .containsExactly("CELL-1", "CELL-2");
    assertThat(tree.childrenOn("CO-A", DAY.minusDays(1)))
        .extracting(Organization::code)
        .containsExactly("CELL-1", "CELL-2");
    assertThat(store.byCode("CELL-1").orElseThrow().parentId())
        .isEqualTo(store.byCode("CO-B").orElseThrow().id());
  }

  @Test
  void aChildlessOrganizationIsDissolvedWithoutASuccessor() {
    service.dissolve("CELL-1", DAY, "admin");
    assertThat(reloaded().organization("CELL-1").orElseThrow().existsOn(DAY)).isFalse();
    assertThatThrownBy(() -> service.dissolve("CELL-1", DAY.plusDays(1), "admin"))
        .hasMessageContaining("đã giải thể");
  }

  @Test
  void aSplitNeedsTwoSuccessorsAndNothingLeftUnderIt() {
    assertThatThrownBy(() -> service.split("CO-A", List.of("CO-B"), DAY, "admin"))
        .hasMessage("Chia tách cần ít nhất hai tổ chức kế thừa.");
    service.create(row("CO-C", OrganizationKind.GRASSROOTS_COMMITTEE, "BLOC"), "admin");
    assertThatThrownBy(() -> service.split("CO-A", List.of("CO-B", "CO-C"), DAY, "admin"))
        .hasMessageContaining("còn 2 tổ chức trực thuộc");

    service.change(
        "admin",
        tree -> {
          tree.move("CELL-1", "CO-B", DAY);
          tree.move("CELL-2", "CO-C", DAY);
          tree.split("CO-A", List.of("CO-B", "CO-C"), DAY);
        });
    assertThat(reloaded().successorsOf("CO-A")).containsExactly("CO-B", "CO-C");
  }

  @Test
  void aBatchIsStoredWholeOrNotAtAll() {
    assertThatThrownBy(
            () ->
                service.change(
                    "admin",
                    tree -> {
                      tree.move("CELL-1", "CO-B", DAY);
                      tree.move("CELL-2", "NOPE", DAY);
                    }))
        .hasMessage("Không có tổ chức mã NOPE.");
    assertThat(reloaded().parentOn("CELL-1", DAY)).map(Organization::code).contains("CO-A");
  }

  @Test
  void theSubtreeOfAUserIsTheirOrganizationAndBelow() {
    long coA = store.byCode("CO-A").orElseThrow().id();
    accounts.with("reporter", coA, Role.REPORTER);
    assertThat(service.subtreeOf("reporter"))
        .extracting(OrganizationRow::code, OrganizationRow::parentCode)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("CO-A", "BLOC"),
            org.assertj.core.groups.Tuple.tuple("CELL-1", "CO-A"),
            org.assertj.core.groups.Tuple.tuple("CELL-2", "CO-A"));
  }

  private static OrganizationRow row(String code, OrganizationKind kind, String parent) {
    return new OrganizationRow(code, "Tên " + code, kind, Sector.NON_STATE, parent, DAY, null);
  }
}
