package vn.khoidn.portal.application.organization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.khoidn.domain.indicator.IndicatorCatalogue;
import vn.khoidn.domain.period.CalendarPeriod;
import vn.khoidn.domain.rollup.NodeResult;
import vn.khoidn.domain.rollup.RollupResult;
import vn.khoidn.portal.application.account.AccountService;
import vn.khoidn.portal.application.account.NewUser;
import vn.khoidn.portal.application.account.Role;
import vn.khoidn.portal.application.exchange.ImportRejectedException;
import vn.khoidn.portal.application.exchange.ImportSummary;
import vn.khoidn.portal.application.exchange.OrganizationImportService;
import vn.khoidn.portal.application.exchange.OrganizationRowInput;
import vn.khoidn.portal.application.exchange.RowError;
import vn.khoidn.portal.application.exchange.ValueImportService;
import vn.khoidn.portal.application.exchange.ValueRow;
import vn.khoidn.portal.application.rollup.RollupService;
import vn.khoidn.portal.application.rollup.TreeView;
import vn.khoidn.portal.testsupport.PortalDeployment;

/**
 * The 2025 reorganization on a real database (issue #13): two grassroots committees of a bloc of
 * the test's own merge on 01/07/2025 through the organizations file; a past year's figures (2017,
 * which no other test uses) roll up on the tree as it stood and regrouped as organized today, with
 * the same bloc totals, and the organizations' history tells what happened.
 */
@ExtendWith(ArquillianExtension.class)
class ReorganizationIT {

  private static final String ADMIN = "admin";
  private static final String STAFF = "reorg.staff";
  private static final LocalDate MERGER = LocalDate.of(2025, 7, 1);
  private static final CalendarPeriod YEAR = CalendarPeriod.year(2017);

  @Deployment
  static WebArchive deployment() {
    return PortalDeployment.asPackaged();
  }

  @Inject OrganizationImportService imports;
  @Inject ValueImportService values;
  @Inject AccountService accounts;
  @Inject RollupService rollups;
  @Inject OrganizationHistory histories;

  @Test
  void theMergerOfTwoCommitteesRegroupsAPastYearUnderTheSuccessorWithTheSameBlocTotals() {
    imports.importOrganizations(
        ADMIN,
        List.of(
            row(2, "REORG-BLOC", "Đảng ủy Khối Tái tổ chức", "BLOC", "", "", "", ""),
            row(3, "REORG-DB-A", "Đảng bộ Công ty An Phú", "GRASSROOTS_COMMITTEE", "REORG-BLOC"),
            row(4, "REORG-DB-B", "Đảng bộ Công ty Bình Minh", "GRASSROOTS_COMMITTEE", "REORG-BLOC"),
            row(5, "REORG-CB-A1", "Chi bộ Phân xưởng An Phú", "SUBORDINATE_CELL", "REORG-DB-A"),
            row(6, "REORG-CB-B1", "Chi bộ Phân xưởng Bình Minh", "SUBORDINATE_CELL", "REORG-DB-B"),
            row(7, "REORG-CBCS-C", "Chi bộ Công ty Cát Tiên", "GRASSROOTS_CELL", "REORG-BLOC")),
        false);
    accounts.createUserAsAdmin(
        new NewUser(
            STAFF, "Cán bộ Tái tổ chức", "Tai-to-chuc-2025", "REORG-BLOC", Set.of(Role.STAFF)),
        ADMIN);
    values.importValues(
        STAFF,
        List.of(
            figure(2, "REORG-DB-A", 2),
            figure(3, "REORG-CB-A1", 3),
            figure(4, "REORG-DB-B", 4),
            figure(5, "REORG-CB-B1", 5),
            figure(6, "REORG-CBCS-C", 1)),
        false);

    // Refused first, and nothing changes: a dissolution that would leave REORG-CB-B1 without a
    // parent, and a successor inside the dissolved committee.
    ImportRejectedException orphans =
        assertThrows(
            ImportRejectedException.class,
            () ->
                imports.importOrganizations(
                    ADMIN, List.of(merger(2, "2025-07-01", "", "")), false));
    assertEquals(
        List.of("2 HAS_CHILDREN dissolved"), describe(orphans.errors()), orphans.getMessage());
    ImportRejectedException inside =
        assertThrows(
            ImportRejectedException.class,
            () ->
                imports.importOrganizations(
                    ADMIN, List.of(merger(3, "2025-07-01", "", "REORG-CB-B1")), false));
    assertEquals(List.of("3 SUCCESSOR_IN_SUBTREE successor"), describe(inside.errors()));
    assertTrue(
        rollups
            .rollup(
                STAFF,
                "REORG-BLOC",
                YEAR,
                List.of(IndicatorCatalogue.NEW_MEMBERS),
                false,
                TreeView.AS_ORGANIZED_TODAY)
            .node("REORG-DB-B")
            .isPresent(),
        "B still stands");

    // The merger, with A's new name from the same day, as one file.
    ImportSummary merged =
        imports.importOrganizations(
            ADMIN,
            List.of(
                new OrganizationRowInput(
                    2,
                    "REORG-DB-A",
                    "Đảng bộ Công ty An Phú - Bình Minh",
                    "GRASSROOTS_COMMITTEE",
                    "REORG-BLOC",
                    "NON_STATE",
                    "",
                    "2010-01-01",
                    "",
                    "2025-07-01",
                    ""),
                merger(3, "2025-07-01", "", "REORG-DB-A")),
            false);
    assertEquals(2, merged.updated());

    RollupResult then =
        rollups.rollup(STAFF, "REORG-BLOC", YEAR, List.of(IndicatorCatalogue.NEW_MEMBERS), false);
    RollupResult now =
        rollups.rollup(
            STAFF,
            "REORG-BLOC",
            YEAR,
            List.of(IndicatorCatalogue.NEW_MEMBERS),
            false,
            TreeView.AS_ORGANIZED_TODAY);

    assertEquals(15, members(then, "REORG-BLOC"));
    assertEquals(5, members(then, "REORG-DB-A"), "A and its cell in 2017");
    assertEquals(9, members(then, "REORG-DB-B"), "B and its cell in 2017");
    assertEquals("Đảng bộ Công ty An Phú", then.node("REORG-DB-A").orElseThrow().name());
    assertEquals(15, members(now, "REORG-BLOC"), "the bloc's total is the same both ways");
    assertEquals(14, members(now, "REORG-DB-A"), "A carries B's work on");
    assertTrue(now.node("REORG-DB-B").isEmpty(), "B is not in today's tree");
    assertEquals("REORG-DB-A", now.node("REORG-CB-B1").orElseThrow().parentCode());
    assertEquals("Đảng bộ Công ty An Phú - Bình Minh", now.node("REORG-DB-A").orElseThrow().name());
    assertEquals(1, members(now, "REORG-CBCS-C"));

    assertEquals(
        List.of(
            "2010-01-01 ESTABLISHED",
            "2025-07-01 MERGED_INTO Đảng bộ Công ty An Phú - Bình Minh (REORG-DB-A)"),
        describeHistory(histories.of(ADMIN, "REORG-DB-B")));
    assertEquals(
        List.of(
            "2010-01-01 ESTABLISHED",
            "2025-07-01 RENAMED",
            "2025-07-01 TOOK_OVER Đảng bộ Công ty Bình Minh (REORG-DB-B)"),
        describeHistory(histories.of(ADMIN, "REORG-DB-A")));
    assertEquals(
        List.of(
            "2010-01-01 ESTABLISHED",
            "2025-07-01 MOVED Đảng bộ Công ty An Phú - Bình Minh (REORG-DB-A)"),
        describeHistory(histories.of(ADMIN, "REORG-CB-B1")));
    assertNull(histories.of(ADMIN, "REORG-CB-B1").get(0).previousName());
  }

  private static long members(RollupResult r, String code) {
    NodeResult node = r.node(code).orElseThrow(() -> new AssertionError("no row for " + code));
    return node.indicator(IndicatorCatalogue.NEW_MEMBERS).total();
  }

  private static List<String> describe(List<RowError> errors) {
    return errors.stream().map(e -> e.line() + " " + e.code() + " " + e.column()).toList();
  }

  private static List<String> describeHistory(List<HistoryEntry> entries) {
    return entries.stream()
        .map(
            e ->
                (e.on()
                        + " "
                        + e.change()
                        + (e.change() == HistoryEntry.Change.ESTABLISHED
                                || e.change() == HistoryEntry.Change.RENAMED
                            ? ""
                            : " " + String.join(", ", e.others())))
                    .strip())
        .toList();
  }

  private static OrganizationRowInput row(
      int line, String code, String name, String kind, String parent) {
    return row(line, code, name, kind, parent, "", "", "");
  }

  private static OrganizationRowInput row(
      int line,
      String code,
      String name,
      String kind,
      String parent,
      String dissolved,
      String effective,
      String successor) {
    return new OrganizationRowInput(
        line,
        code,
        name,
        kind,
        parent,
        kind.equals("BLOC") ? "OTHER" : "NON_STATE",
        "",
        "2010-01-01",
        dissolved,
        effective,
        successor);
  }

  private static OrganizationRowInput merger(
      int line, String dissolved, String effective, String successor) {
    return row(
        line,
        "REORG-DB-B",
        "Đảng bộ Công ty Bình Minh",
        "GRASSROOTS_COMMITTEE",
        "REORG-BLOC",
        dissolved,
        effective,
        successor);
  }

  private static ValueRow figure(int line, String org, int value) {
    return new ValueRow(
        line, org, "2017", IndicatorCatalogue.NEW_MEMBERS, "", Integer.toString(value));
  }
}
