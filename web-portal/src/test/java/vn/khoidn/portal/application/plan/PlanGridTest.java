package vn.khoidn.portal.application.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.khoidn.domain.organization.OrganizationKind;
import vn.khoidn.domain.period.CalendarPeriod;
import vn.khoidn.domain.plan.Plan;
import vn.khoidn.portal.application.InvalidInputException;
import vn.khoidn.portal.application.account.AccessDeniedException;
import vn.khoidn.portal.application.account.Role;
import vn.khoidn.portal.application.exchange.ImportRejectedException;
import vn.khoidn.portal.application.exchange.InMemoryAuditTrail;
import vn.khoidn.portal.application.exchange.InMemoryOrganizations;
import vn.khoidn.portal.application.exchange.RowError;
import vn.khoidn.portal.application.indicator.InMemoryIndicatorCatalogue;
import vn.khoidn.portal.application.organization.OrganizationRef;
import vn.khoidn.portal.application.time.PortalClock;
import vn.khoidn.portal.testsupport.FixedUsers;

/**
 * The plans page's use cases: the grid, what is not yet given out, saving, copying, the workbook.
 */
class PlanGridTest {

  private static final String NM = "NEW_MEMBERS";

  private InMemoryOrganizations organizations;
  private InMemoryPlans plans;
  private PlanService service;
  private final List<String> figureQueries = new ArrayList<>();

  @BeforeEach
  void setUp() {
    organizations = new InMemoryOrganizations();
    organizations.add("DUK", OrganizationKind.BLOC, null, null);
    named(
        organizations.add("DB1", OrganizationKind.GRASSROOTS_COMMITTEE, "DUK", null), "Bình Minh");
    named(organizations.add("CB11", OrganizationKind.SUBORDINATE_CELL, "DB1", null), "Chi bộ 1");
    named(organizations.add("CS2", OrganizationKind.GRASSROOTS_CELL, "DUK", null), "Ánh Dương");
    FixedUsers access =
        new FixedUsers(organizations)
            .user("btc", "DUK", Role.STAFF)
            .user("reporter", "DB1", Role.REPORTER);
    plans = new InMemoryPlans();
    service =
        new PlanService(
            access,
            organizations,
            InMemoryIndicatorCatalogue.builtIn(),
            plans,
            new InMemoryAuditTrail(),
            new PortalClock(Clock.fixed(Instant.parse("2125-01-05T03:00:00Z"), ZoneId.of("UTC"))),
            (user, org, period, indicators) -> {
              figureQueries.add(org + "|" + period.code() + "|" + indicators);
              return Map.of(
                  PlanGrid.key("DUK", NM), 40L,
                  PlanGrid.key("DB1", NM), 25L,
                  PlanGrid.key("CB11", NM), 9L,
                  PlanGrid.key("CS2", NM), 15L);
            });
  }

  private void named(OrganizationRef o, String name) {
    organizations.replace(
        new OrganizationRef(
            o.id(),
            o.code(),
            name,
            o.kind(),
            o.sector(),
            o.parentId(),
            o.hostUnitCode(),
            o.establishedOn(),
            o.dissolvedOn()));
  }

  private void store(String org, String period, long target) {
    plans.add(
        new StoredPlan(
            null,
            organizations.get(org).id(),
            new Plan(org, NM, CalendarPeriod.parse(period), target)));
  }

  @Test
  void theGridIsTheTreeUnderTheUserIndentedWithSiblingsInVietnameseOrder() {
    store("DB1", "2125", 12);
    store("DB1", "2124", 99);

    PlanGrid grid = service.grid("btc", "2125");

    assertThat(grid.rows())
        .extracting(r -> r.depth() + " " + r.code())
        .containsExactly("0 DUK", "1 CS2", "1 DB1", "2 CB11");
    assertThat(grid.indicators()).extracting(PlanGrid.Column::code).containsExactly(NM);
    assertThat(grid.rows().get(2).targets()).isEqualTo(Map.of(NM, 12L));
    assertThat(grid.rows().get(0).targets()).isEmpty();
    assertThat(grid.rows().get(0).hasChildren()).isTrue();
    assertThat(grid.rows().get(1).hasChildren()).isFalse();
  }

  @Test
  void notYetGivenOutIsTheParentsTargetLessItsChildrensAndNegativeWhenOverAllocated() {
    store("DUK", "2125", 80);
    store("DB1", "2125", 30);
    store("CS2", "2125", 20);
    PlanGrid grid = service.grid("btc", "2125");

    PlanGrid.Allocation bloc = grid.allocation("DUK", NM, grid.stored());
    assertThat(bloc).isEqualTo(new PlanGrid.Allocation(80L, 50, true, 30L));
    assertThat(bloc.overAllocated()).isFalse();

    Map<String, Long> typed = new java.util.HashMap<>(grid.stored());
    typed.put(PlanGrid.key("CS2", NM), 60L);
    PlanGrid.Allocation over = grid.allocation("DUK", NM, typed);
    assertThat(over.notYetGivenOut()).isEqualTo(-10L);
    assertThat(over.overAllocated()).isTrue();

    PlanGrid.Allocation noOwn = grid.allocation("DB1", NM, grid.stored());
    assertThat(noOwn).isEqualTo(new PlanGrid.Allocation(30L, 0, false, 30L));
    store("CB11", "2125", 4);
    PlanGrid.Allocation cb =
        service.grid("btc", "2125").allocation("DB1", NM, service.grid("btc", "2125").stored());
    assertThat(cb.notYetGivenOut()).isEqualTo(26L);
  }

  @Test
  void savedCellsAreStoredChangedAndRemovedAllAtOnce() {
    store("DB1", "2125", 12);
    store("CS2", "2125", 7);

    service.saveCells(
        "btc",
        List.of(
            cell(1, "DUK", "", "80"),
            cell(2, "DB1", "12", "15"),
            cell(3, "CS2", "7", ""),
            cell(4, "CB11", "", "")));

    assertThat(service.grid("btc", "2125").stored())
        .isEqualTo(Map.of(PlanGrid.key("DUK", NM), 80L, PlanGrid.key("DB1", NM), 15L));
  }

  @Test
  void everyBadCellIsNamedInVietnameseAndNothingIsSaved() {
    store("DB1", "2125", 12);

    ImportRejectedException e =
        catchThrowableOfType(
            () ->
                service.saveCells(
                    "btc",
                    List.of(
                        cell(1, "DUK", "", "80"),
                        cell(2, "DB1", "12", "-3"),
                        cell(3, "CS2", "", "2,5"),
                        cell(4, "CB11", "", "mười"))),
            ImportRejectedException.class);

    assertThat(e.errors()).extracting(RowError::line).containsExactly(2, 3, 4);
    assertThat(e.errors()).allSatisfy(r -> assertThat(r.message()).isNotBlank());
    assertThat(e.errors().get(0).message()).containsIgnoringCase("âm");
    assertThat(plans.stored).extracting(StoredPlan::target).containsExactly(12L);
  }

  @Test
  void aCellChangedByAnotherStaffMemberSinceThePageOpenedIsRefusedAndTheirValueKept() {
    store("DB1", "2125", 12);
    // Both pages showed 12; the first saves 15.
    service.saveCells("btc", List.of(cell(1, "DB1", "12", "15")));

    ImportRejectedException e =
        catchThrowableOfType(
            () ->
                service.saveCells(
                    "btc", List.of(cell(1, "DUK", "", "80"), cell(2, "DB1", "12", "20"))),
            ImportRejectedException.class);

    assertThat(e.errors()).extracting(RowError::code).containsExactly("STALE_PLAN");
    assertThat(e.errors().get(0).message()).contains("vừa được người khác sửa thành 15");
    assertThat(service.grid("btc", "2125").stored())
        .isEqualTo(Map.of(PlanGrid.key("DB1", NM), 15L));

    ImportRejectedException added =
        catchThrowableOfType(
            () -> service.saveCells("btc", List.of(cell(1, "DB1", "", "3"))),
            ImportRejectedException.class);
    assertThat(added.errors()).extracting(RowError::code).containsExactly("STALE_PLAN");
  }

  @Test
  void onlyStaffSeeAndSaveTheGrid() {
    assertThatThrownBy(() -> service.grid("reporter", "2125"))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> service.saveCells("reporter", List.of(cell(1, "DB1", "", "3"))))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(plans.stored).isEmpty();
  }

  @Test
  void copyFromLastYearGivesTheChildrenLastYearsPlansWithoutStoringAnything() {
    store("DB1", "2124", 11);
    store("CS2", "2124", 6);
    store("DUK", "2124", 20);
    store("CB11", "2124", 3);

    Map<String, Long> copied = service.lastYear("btc", "2125", "DUK", false);

    assertThat(copied).isEqualTo(Map.of(PlanGrid.key("DB1", NM), 11L, PlanGrid.key("CS2", NM), 6L));
    assertThat(plans.stored).hasSize(4);
  }

  @Test
  void copyFromLastYearsFiguresTakesTheChildrensRolledUpTotalsOfTheYearBefore() {
    Map<String, Long> copied = service.lastYear("btc", "2125Q2", "DB1", true);

    assertThat(copied).isEqualTo(Map.of(PlanGrid.key("CB11", NM), 9L));
    assertThat(figureQueries).containsExactly("DB1|2124Q2|[NEW_MEMBERS]");
    assertThat(plans.stored).isEmpty();
    assertThatThrownBy(() -> service.lastYear("btc", "2125", "CS2", true))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("không có tổ chức trực thuộc");
  }

  @Test
  void theWorkbookReadsBackAsTheSamePlans() {
    store("DUK", "2125", 80);
    store("DB1", "2125", 12);
    PlanGrid grid = service.grid("btc", "2125");

    List<PlanCell> cells = PlanWorkbook.read(PlanWorkbook.write(grid));

    assertThat(cells).hasSize(4);
    assertThat(cells).noneMatch(PlanCell::changed);
    assertThat(cells)
        .extracting(
            c ->
                c.line() + " " + c.org() + " " + c.period() + " " + c.indicator() + " " + c.value())
        .containsExactly(
            "2 DUK 2125 NEW_MEMBERS 80",
            "3 CS2 2125 NEW_MEMBERS ",
            "4 DB1 2125 NEW_MEMBERS 12",
            "5 CB11 2125 NEW_MEMBERS ");
    service.saveCells("btc", cells);
    assertThat(service.grid("btc", "2125").stored()).isEqualTo(grid.stored());
  }

  @Test
  void aFilledInWorkbookIsSavedAndItsBadRowsAreNamedByTheirRowNumber() throws Exception {
    PlanGrid grid = service.grid("btc", "2125");
    byte[] filled = fill(PlanWorkbook.write(grid), Map.of(2, "80", 3, "1.5", 5, "-2"));

    ImportRejectedException e =
        catchThrowableOfType(
            () -> service.saveCells("btc", PlanWorkbook.read(filled)),
            ImportRejectedException.class);
    assertThat(e.errors()).extracting(RowError::line).containsExactly(3, 5);
    assertThat(plans.stored).isEmpty();

    byte[] good = fill(PlanWorkbook.write(grid), Map.of(2, "80", 4, "30"));
    service.saveCells("btc", PlanWorkbook.read(good));
    assertThat(service.grid("btc", "2125").stored())
        .isEqualTo(Map.of(PlanGrid.key("DUK", NM), 80L, PlanGrid.key("DB1", NM), 30L));
  }

  @Test
  void aWorkbookThatIsNotThePlanTemplateIsRefusedInWords() {
    assertThatThrownBy(() -> PlanWorkbook.read("not a workbook".getBytes()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Excel");
  }

  @Test
  void theTemplateIsProtectedExceptTheValueColumn() throws Exception {
    try (var wb =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(
            new java.io.ByteArrayInputStream(PlanWorkbook.write(service.grid("btc", "2125"))))) {
      var sheet = wb.getSheetAt(0);
      assertThat(sheet.getProtect()).isTrue();
      assertThat(sheet.getRow(1).getCell(3).getCellStyle().getLocked()).isFalse();
      assertThat(sheet.getRow(1).getCell(0).getCellStyle().getLocked()).isTrue();
    }
  }

  /** Types values into the value column of some rows (1-based, as Excel numbers them). */
  private static byte[] fill(byte[] xlsx, Map<Integer, String> values) throws Exception {
    try (var wb =
            new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx));
        var out = new java.io.ByteArrayOutputStream()) {
      var sheet = wb.getSheetAt(0);
      values.forEach(
          (row, v) -> {
            var cell = sheet.getRow(row - 1).getCell(3);
            try {
              cell.setCellValue(Double.parseDouble(v));
            } catch (NumberFormatException text) {
              cell.setCellValue(v);
            }
          });
      wb.write(out);
      return out.toByteArray();
    }
  }

  private static PlanCell cell(int line, String org, String seen, String value) {
    return new PlanCell(line, org, "2125", NM, seen, value);
  }
}
