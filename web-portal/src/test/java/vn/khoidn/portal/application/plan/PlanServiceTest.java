package vn.khoidn.portal.application.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.khoidn.domain.organization.OrganizationKind;
import vn.khoidn.domain.period.CalendarPeriod;
import vn.khoidn.domain.plan.Plan;
import vn.khoidn.portal.application.account.AccessDeniedException;
import vn.khoidn.portal.application.account.Role;
import vn.khoidn.portal.application.exchange.ImportRejectedException;
import vn.khoidn.portal.application.exchange.ImportSummary;
import vn.khoidn.portal.application.exchange.InMemoryAuditTrail;
import vn.khoidn.portal.application.exchange.InMemoryOrganizations;
import vn.khoidn.portal.application.exchange.NoSuchOrganizationException;
import vn.khoidn.portal.application.exchange.RowError;
import vn.khoidn.portal.application.indicator.InMemoryIndicatorCatalogue;
import vn.khoidn.portal.application.time.PortalClock;
import vn.khoidn.portal.testsupport.FixedUsers;

/** Plans set by staff: import, its rules and refusals, and the export, on in-memory ports. */
class PlanServiceTest {

  private static final Instant NOW = Instant.parse("2023-03-01T03:00:00Z");

  private InMemoryOrganizations organizations;
  private InMemoryPlans plans;
  private InMemoryAuditTrail audit;
  private PlanService service;

  @BeforeEach
  void setUp() {
    organizations = new InMemoryOrganizations();
    organizations.add("DUK", OrganizationKind.BLOC, null, null);
    organizations.add("DB1", OrganizationKind.GRASSROOTS_COMMITTEE, "DUK", null);
    organizations.add("CB11", OrganizationKind.SUBORDINATE_CELL, "DB1", null);
    organizations.add("CS2", OrganizationKind.GRASSROOTS_CELL, "DUK", LocalDate.of(2022, 6, 1));
    FixedUsers access =
        new FixedUsers(organizations)
            .user("btc", "DUK", Role.STAFF)
            .user("db1staff", "DB1", Role.STAFF)
            .user("reporter", "DB1", Role.REPORTER);
    plans = new InMemoryPlans();
    audit = new InMemoryAuditTrail();
    service =
        new PlanService(
            access,
            organizations,
            InMemoryIndicatorCatalogue.builtIn(),
            plans,
            audit,
            new PortalClock(Clock.fixed(NOW, ZoneId.of("Asia/Ho_Chi_Minh"))));
  }

  @Test
  void staffImportNewPlansThenTheSameFileChangesNothingAndAChangedValueIsUpdated() {
    ImportSummary first =
        service.importPlans(
            "btc",
            List.of(
                row(2, "DB1", "2022", "NEW_MEMBERS", "12"),
                row(3, "CS2", "2022Q3", "NEW_MEMBERS", "4")),
            false);

    assertThat(first.imported()).isEqualTo(2);
    assertThat(plans.stored)
        .extracting(p -> p.organizationCode() + "|" + p.period().code() + "|" + p.target())
        .containsExactlyInAnyOrder("DB1|2022|12", "CS2|2022Q3|4");
    assertThat(audit.entries).hasSize(1);
    assertThat(audit.entries.get(0).subject()).isEqualTo("import:plans");
    assertThat(audit.entries.get(0).at()).isEqualTo(NOW);
    assertThat(audit.entries.get(0).newValue()).isEqualTo("2 mới, 0 sửa, 0 không đổi");

    ImportSummary again =
        service.importPlans(
            "btc",
            List.of(
                row(2, "DB1", "2022", "NEW_MEMBERS", "12"),
                row(3, "CS2", "2022Q3", "NEW_MEMBERS", "5")),
            false);

    assertThat(again.unchanged()).isEqualTo(1);
    assertThat(again.updated()).isEqualTo(1);
    assertThat(plans.stored).hasSize(2);
    assertThat(plans.stored)
        .filteredOn(p -> p.organizationCode().equals("CS2"))
        .extracting(StoredPlan::target)
        .containsExactly(5L);
  }

  @Test
  void aDryRunChecksAndStoresNothing() {
    ImportSummary summary =
        service.importPlans("btc", List.of(row(2, "DB1", "2022", "NEW_MEMBERS", "12")), true);

    assertThat(summary.dryRun()).isTrue();
    assertThat(summary.imported()).isEqualTo(1);
    assertThat(plans.stored).isEmpty();
    assertThat(audit.entries).isEmpty();
  }

  @Test
  void everyWrongRowIsReportedTogetherInVietnameseAndNothingIsStored() {
    ImportRejectedException e =
        catchThrowableOfType(
            () ->
                service.importPlans(
                    "btc",
                    List.of(
                        row(2, "NOPE", "2022", "NEW_MEMBERS", "1"),
                        row(3, "DB1", "2022X9", "NEW_MEMBERS", "1"),
                        row(4, "DB1", "2022", "NO_SUCH", "1"),
                        row(5, "DB1", "2022", "NEW_MEMBERS_PLAN", "1"),
                        row(6, "DB1", "2022", "NEW_PARTY_ORGS", "1"),
                        row(7, "DB1", "2022", "NEW_MEMBERS", "-3"),
                        row(8, "CS2", "2021", "NEW_MEMBERS", "1"),
                        row(9, "DB1", "2022", "AWARENESS_CLASSES", "1"),
                        row(10, "DB1", "2022", "AWARENESS_CLASSES", "2")),
                    false),
            ImportRejectedException.class);

    assertThat(e.errors())
        .extracting(RowError::line, RowError::code)
        .contains(
            org.assertj.core.groups.Tuple.tuple(2, "UNKNOWN_ORGANIZATION"),
            org.assertj.core.groups.Tuple.tuple(3, "INVALID_PERIOD"),
            org.assertj.core.groups.Tuple.tuple(4, "UNKNOWN_INDICATOR"),
            org.assertj.core.groups.Tuple.tuple(5, "NOT_PLANNABLE"),
            org.assertj.core.groups.Tuple.tuple(6, "NOT_PLANNABLE"),
            org.assertj.core.groups.Tuple.tuple(8, "ORGANIZATION_NOT_IN_PERIOD"),
            org.assertj.core.groups.Tuple.tuple(10, "DUPLICATE_ROW"));
    assertThat(e.errors()).anyMatch(r -> r.line() == 7);
    assertThat(e.errors())
        .filteredOn(r -> r.line() <= 7)
        .extracting(RowError::line, RowError::column)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2, "org"),
            org.assertj.core.groups.Tuple.tuple(3, "period"),
            org.assertj.core.groups.Tuple.tuple(4, "indicator"),
            org.assertj.core.groups.Tuple.tuple(5, "indicator"),
            org.assertj.core.groups.Tuple.tuple(6, "indicator"),
            org.assertj.core.groups.Tuple.tuple(7, "value"));
    assertThat(e.errors())
        .filteredOn(r -> r.line() == 8)
        .extracting(RowError::message)
        .containsExactly("Tổ chức CS2 không tồn tại trong kỳ 2021.");
    assertThat(e.errors()).extracting(RowError::line).isSorted();
    assertThat(plans.stored).isEmpty();
  }

  @Test
  void aParentKeepsItsOwnTargetBesideThePartsItGaveOut() {
    ImportSummary summary =
        service.importPlans(
            "btc",
            List.of(
                row(2, "DUK", "2022", "NEW_MEMBERS", "30"),
                row(3, "DB1", "2022", "NEW_MEMBERS", "12"),
                row(4, "CB11", "2022", "NEW_MEMBERS", "5")),
            false);

    assertThat(summary.imported()).isEqualTo(3);
    assertThat(plans.stored)
        .extracting(p -> p.organizationCode() + "|" + p.target())
        .containsExactlyInAnyOrder("DUK|30", "DB1|12", "CB11|5");
  }

  @Test
  void aYearsPlanBesideTheSameOrganizationsQuarterlyPlansIsRefused() {
    service.importPlans("btc", List.of(row(2, "CB11", "2022Q1", "NEW_MEMBERS", "2")), false);

    ImportRejectedException e =
        catchThrowableOfType(
            () ->
                service.importPlans(
                    "btc", List.of(row(2, "CB11", "2022", "NEW_MEMBERS", "10")), false),
            ImportRejectedException.class);

    assertThat(e.errors()).extracting(RowError::code).containsExactly("MIXED_GRANULARITY");
    assertThat(e.errors().get(0).message()).contains("2022Q1");
  }

  @Test
  void onlyStaffSetPlansAndOnlyInTheirSubtree() {
    assertThatThrownBy(
            () ->
                service.importPlans(
                    "reporter", List.of(row(2, "DB1", "2022", "NEW_MEMBERS", "1")), false))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage("Chỉ Ban Tổ chức đặt kế hoạch.");
    assertThatThrownBy(
            () ->
                service.importPlans(
                    "db1staff",
                    List.of(
                        row(2, "CB11", "2022", "NEW_MEMBERS", "1"),
                        row(3, "CS2", "2022", "NEW_MEMBERS", "1")),
                    false))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("Dòng 3")
        .hasMessageContaining("CS2");
    assertThat(plans.stored).isEmpty();
  }

  @Test
  void theExportListsTheSubtreesPlansOfThePeriodsAPeriodCovers() {
    plans.add(plan("DB1", "NEW_MEMBERS", CalendarPeriod.quarter(2022, 1), 3));
    plans.add(plan("CB11", "AWARENESS_CLASSES", CalendarPeriod.year(2022), 2));
    plans.add(plan("CS2", "NEW_MEMBERS", CalendarPeriod.year(2022), 7));
    plans.add(plan("DB1", "NEW_MEMBERS", CalendarPeriod.year(2023), 9));

    List<PlanRow> rows = service.export("db1staff", null, "2022");

    assertThat(rows)
        .extracting(r -> r.org() + "|" + r.period() + "|" + r.indicator() + "|" + r.value())
        .containsExactly("CB11|2022|AWARENESS_CLASSES|2", "DB1|2022Q1|NEW_MEMBERS|3");
    assertThat(service.export("btc", "CS2", null)).extracting(PlanRow::org).containsExactly("CS2");
    assertThatThrownBy(() -> service.export("db1staff", "CS2", null))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage("Bạn không có quyền xem kế hoạch của tổ chức CS2.");
    assertThatThrownBy(() -> service.export("btc", "NOPE", null))
        .isInstanceOf(NoSuchOrganizationException.class);
  }

  private StoredPlan plan(String org, String indicator, CalendarPeriod period, long target) {
    return new StoredPlan(
        null, organizations.get(org).id(), new Plan(org, indicator, period, target));
  }

  private static PlanRow row(int line, String org, String period, String indicator, String value) {
    return new PlanRow(line, org, period, indicator, value);
  }
}
