package vn.khoidn.portal.application.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.khoidn.domain.organization.OrganizationKind;
import vn.khoidn.domain.registry.Sector;
import vn.khoidn.portal.application.account.AccessDeniedException;
import vn.khoidn.portal.application.account.Role;
import vn.khoidn.portal.testsupport.FixedUsers;

/** Where an export starts, and the value export over its port. */
class ExportScopeTest {

  private InMemoryOrganizations organizations;
  private FixedUsers access;
  private ExportScope scope;

  @BeforeEach
  void setUp() {
    organizations = new InMemoryOrganizations();
    organizations.add("DUK", OrganizationKind.BLOC, null, null);
    organizations.add("DB1", OrganizationKind.GRASSROOTS_COMMITTEE, "DUK", null);
    organizations.add("CB11", OrganizationKind.SUBORDINATE_CELL, "DB1", null);
    organizations.add("CS2", OrganizationKind.GRASSROOTS_CELL, "DUK", null);
    access =
        new FixedUsers(organizations)
            .user("btc", "DUK", Role.STAFF)
            .user("db1", "DB1", Role.REPORTER);
    scope = new ExportScope(access, organizations);
  }

  @Test
  void anExportStartsAtTheUsersOwnOrganizationOrTheOneAskedForInTheirSubtree() {
    assertThat(scope.top(access.actor("db1"), null, "số liệu").code()).isEqualTo("DB1");
    assertThat(scope.top(access.actor("db1"), "  ", "số liệu").code()).isEqualTo("DB1");
    assertThat(scope.top(access.actor("btc"), " CB11 ", "số liệu").code()).isEqualTo("CB11");
    assertThat(scope.subtreeIds(access.actor("db1"), null, "số liệu"))
        .containsExactly(organizations.get("DB1").id(), organizations.get("CB11").id());
  }

  @Test
  void anOrganizationOutsideTheSubtreeIsRefusedAndAnUnknownOneIsNotFound() {
    assertThatThrownBy(() -> scope.top(access.actor("db1"), "CS2", "kế hoạch"))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage("Bạn không có quyền xem kế hoạch của tổ chức CS2.");
    assertThatThrownBy(() -> scope.top(access.actor("db1"), "DUK", "số liệu"))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> scope.top(access.actor("btc"), "NOPE", "số liệu"))
        .isInstanceOf(NoSuchOrganizationException.class)
        .hasMessage("Không có tổ chức mã \"NOPE\".");
    assertThatThrownBy(() -> scope.top(access.actor("btc"), "duk", "số liệu"))
        .as("codes are compared exactly")
        .isInstanceOf(NoSuchOrganizationException.class);
  }

  @Test
  void theValueExportAsksForTheSubtreeThePeriodsCoveredAndTheIndicatorAndWritesTheImportsColumns() {
    List<Object> asked = new ArrayList<>();
    FigureExports figures =
        (Collection<Long> ids, Collection<String> periods, String indicator) -> {
          asked.add(List.copyOf(ids));
          asked.add(periods == null ? null : periods.stream().sorted().toList());
          asked.add(indicator);
          return List.of(
              new ExportedFigure("CB11", "2022Q1", "NEW_MEMBERS", null, new BigDecimal("3")),
              new ExportedFigure(
                  "CB11", "2022Q1", "NEW_MEMBERS", Sector.NON_STATE, new BigDecimal("2.0")));
        };
    ValueExportService export = new ValueExportService(access, scope, figures);

    List<ValueRow> rows = export.export("db1", null, "2022s1", " NEW_MEMBERS ");

    assertThat(asked)
        .containsExactly(
            List.of(organizations.get("DB1").id(), organizations.get("CB11").id()),
            List.of(
                "202201", "202202", "202203", "202204", "202205", "202206", "2022Q1", "2022Q2",
                "2022S1"),
            "NEW_MEMBERS");
    assertThat(rows)
        .containsExactly(
            new ValueRow(0, "CB11", "2022Q1", "NEW_MEMBERS", "", "3"),
            new ValueRow(0, "CB11", "2022Q1", "NEW_MEMBERS", "NON_STATE", "2"));

    asked.clear();
    export.export("btc", "CS2", "", "");
    assertThat(asked).containsExactly(List.of(organizations.get("CS2").id()), null, null);
    assertThatThrownBy(() -> export.export("db1", "CS2", null, null))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage("Bạn không có quyền xem số liệu của tổ chức CS2.");
  }
}
