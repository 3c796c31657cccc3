package vn.khoidn.portal.application.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.khoidn.domain.organization.OrganizationKind;
import vn.khoidn.portal.application.InvalidInputException;
import vn.khoidn.portal.application.account.AccessDeniedException;
import vn.khoidn.portal.application.account.AccessPolicy;
import vn.khoidn.portal.application.account.InMemoryUserAccounts;
import vn.khoidn.portal.application.account.Role;
import vn.khoidn.portal.application.figure.FigureStore;
import vn.khoidn.portal.application.indicator.InMemoryIndicatorCatalogue;
import vn.khoidn.portal.application.organization.InMemoryTree;
import vn.khoidn.portal.application.time.PortalClock;
import vn.khoidn.portal.testsupport.InMemoryFigures;

/** A staff back-load's use cases over in-memory ports and a real figure store. */
class ValueImportServiceTest {

  private static final LocalDate FOUNDED = LocalDate.of(2015, 1, 1);

  private InMemoryFigures figures;
  private InMemoryAuditTrail audit;
  private ValueImportService service;

  @BeforeEach
  void setUp() {
    InMemoryTree tree =
        new InMemoryTree()
            .with("BLOC", OrganizationKind.BLOC, null, FOUNDED)
            .with("CO-A", OrganizationKind.GRASSROOTS_COMMITTEE, "BLOC", FOUNDED)
            .with("OTHER-BLOC", OrganizationKind.BLOC, null, FOUNDED)
            .with("CO-X", OrganizationKind.GRASSROOTS_COMMITTEE, "OTHER-BLOC", FOUNDED)
            .with(
                "CO-NEW", OrganizationKind.GRASSROOTS_COMMITTEE, "BLOC", LocalDate.of(2023, 1, 1));
    InMemoryUserAccounts accounts =
        new InMemoryUserAccounts()
            .with("staff", tree.byCode("BLOC").orElseThrow().id(), Role.STAFF)
            .with("viewer", tree.byCode("BLOC").orElseThrow().id(), Role.STANDING_COMMITTEE);
    PortalClock clock =
        new PortalClock(
            Clock.fixed(Instant.parse("2024-03-01T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh")));
    figures = new InMemoryFigures();
    audit = new InMemoryAuditTrail();
    service =
        new ValueImportService(
            new AccessPolicy(accounts, tree),
            tree,
            InMemoryIndicatorCatalogue.builtIn(),
            audit,
            clock,
            new FigureStore(figures, figures, clock),
            null);
  }

  private static ValueRow row(
      int line, String org, String period, String indicator, String sector, String value) {
    return new ValueRow(line, org, period, indicator, sector, value);
  }

  @Test
  void aDryRunChecksEverythingAndWritesNothing() {
    ImportSummary summary =
        service.importValues(
            "staff", List.of(row(2, "CO-A", "2021", "NEW_MEMBERS", "", "12")), true);
    assertThat(summary.dryRun()).isTrue();
    assertThat(summary.imported()).isEqualTo(1);
    assertThat(figures.stored).isEmpty();
    assertThat(audit.entries).isEmpty();
  }

  @Test
  void aBackLoadStoresEachFigureOnceAndASecondSendChangesNothing() {
    List<ValueRow> rows =
        List.of(
            row(2, "CO-A", "2021", "NEW_MEMBERS", "", "12"),
            row(3, "CO-A", "2021", "NEW_MEMBERS", "NON_STATE", "5"));
    ImportSummary first = service.importValues("staff", rows, false);
    ImportSummary again = service.importValues("staff", rows, false);

    assertThat(first.imported()).isEqualTo(2);
    assertThat(again.imported()).isZero();
    assertThat(again.unchanged()).isEqualTo(2);
    assertThat(figures.stored.values())
        .extracting(f -> f.value().stripTrailingZeros())
        .containsExactlyInAnyOrder(new BigDecimal("12"), new BigDecimal("5"));
    assertThat(audit.entries)
        .extracting(e -> e.newValue())
        .containsExactly("2 mới, 0 sửa, 0 không đổi", "0 mới, 0 sửa, 2 không đổi");
  }

  @Test
  void oneBadRowRefusesTheFileWithEveryLineAndItsReason() {
    List<ValueRow> rows =
        List.of(
            row(2, "CO-A", "2021", "NEW_MEMBERS", "", "12"),
            row(3, "NOPE", "2021", "NEW_MEMBERS", "", "1"),
            row(4, "CO-A", "2021Q5", "NEW_MEMBERS", "", "1"),
            row(5, "CO-A", "2021", "NO_SUCH", "", "1"),
            row(6, "CO-A", "2021", "NEW_MEMBERS", "MOON", "1"),
            row(7, "CO-A", "2022", "NEW_MEMBERS", "", "1.000"),
            row(8, "CO-NEW", "2021", "NEW_MEMBERS", "", "1"),
            row(9, "CO-A", "2021", "NEW_MEMBERS", "", "3"),
            row(10, "CO-A", "2023", "NEW_MEMBERS", "", "2"),
            row(11, "CO-A", "2023", "NEW_MEMBERS", "STATE", "3"));
    assertThatThrownBy(() -> service.importValues("staff", rows, false))
        .isInstanceOfSatisfying(
            ImportRejectedException.class,
            e ->
                assertThat(e.errors())
                    .extracting(RowError::line, RowError::code)
                    .contains(
                        org.assertj.core.groups.Tuple.tuple(3, "UNKNOWN_ORGANIZATION"),
                        org.assertj.core.groups.Tuple.tuple(4, "INVALID_PERIOD"),
                        org.assertj.core.groups.Tuple.tuple(5, "UNKNOWN_INDICATOR"),
                        org.assertj.core.groups.Tuple.tuple(6, "UNKNOWN_SECTOR"),
                        org.assertj.core.groups.Tuple.tuple(8, "ORGANIZATION_NOT_IN_PERIOD"),
                        org.assertj.core.groups.Tuple.tuple(9, "DUPLICATE_ROW"),
                        org.assertj.core.groups.Tuple.tuple(10, "BREAKDOWN_ABOVE_TOTAL")));
    assertThat(figures.stored).isEmpty();
  }

  @Test
  void aRowOutsideTheUsersTreeRefusesTheWholeFile() {
    List<ValueRow> rows =
        List.of(
            row(2, "CO-A", "2021", "NEW_MEMBERS", "", "12"),
            row(3, "CO-X", "2021", "NEW_MEMBERS", "", "1"));
    assertThatThrownBy(() -> service.importValues("staff", rows, false))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("Dòng 3");
    assertThat(figures.stored).isEmpty();
  }

  @Test
  void onlyStaffAndReportersImportAndAFileHasALimit() {
    assertThatThrownBy(
            () ->
                service.importValues(
                    "viewer", List.of(row(2, "CO-A", "2021", "NEW_MEMBERS", "", "1")), false))
        .isInstanceOf(AccessDeniedException.class);
    List<ValueRow> many = new ArrayList<>();
    for (int i = 0; i <= ValueImportService.MAX_ROWS; i++) {
      many.add(row(i + 2, "CO-A", "2021", "NEW_MEMBERS", "", "1"));
    }
    assertThatThrownBy(() -> service.importValues("staff", many, false))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.code()).isEqualTo("TOO_MANY_ROWS"));
  }
}
