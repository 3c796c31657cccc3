package vn.khoidn.portal.application.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.khoidn.domain.format.VietnameseFormat;
import vn.khoidn.domain.organization.OrganizationKind;
import vn.khoidn.domain.period.CalendarPeriod;
import vn.khoidn.domain.period.Resolution;
import vn.khoidn.domain.registry.Sector;
import vn.khoidn.domain.rollup.Completeness;
import vn.khoidn.domain.rollup.IndicatorTotal;
import vn.khoidn.domain.rollup.RollupResult;
import vn.khoidn.portal.application.account.AccountService;
import vn.khoidn.portal.application.account.NewUser;
import vn.khoidn.portal.application.account.Role;
import vn.khoidn.portal.application.organization.OrganizationRow;
import vn.khoidn.portal.application.organization.OrganizationService;
import vn.khoidn.portal.application.submission.FormSummary;
import vn.khoidn.portal.application.submission.SubmissionService;
import vn.khoidn.portal.testsupport.PortalDeployment;
import vn.khoidn.portal.testsupport.Rounds;

/** Roll-ups from the stored figures, inside Payara Micro on MariaDB. */
@ExtendWith(ArquillianExtension.class)
class RollupServiceIT {

  private static final String STAFF = "bantochuc";
  private static final String ADMIN = "admin";
  private static final String BTV = "btv";
  private static final List<String> INDICATORS =
      List.of("NEW_MEMBERS", "AWARENESS_CLASSES", "AWARENESS_TRAINEES");

  @Deployment
  static WebArchive deployment() {
    return PortalDeployment.withHelpers(Rounds.class);
  }

  @Inject RollupService rollups;
  @Inject SubmissionService submissions;
  @Inject OrganizationService organizations;
  @Inject AccountService accounts;

  @Resource(lookup = "java:app/jdbc/portal")
  DataSource dataSource;

  @Test
  void theDemoBlocRollsUpToTheSumOfItsAcceptedFiguresAndTheReferenceReport() throws Exception {
    Resolution resolution04 =
        new Resolution("04-NQ/ĐUK", LocalDate.of(2021, 1, 22), "phát triển đảng viên");

    RollupResult result = rollups.rollup(BTV, "DUK", resolution04.review(1), INDICATORS, false);

    IndicatorTotal admitted = result.root().indicator("NEW_MEMBERS");
    assertEquals(acceptedSum("NEW_MEMBERS", "2021Q%"), admitted.total());
    assertEquals(95, admitted.total());
    assertEquals("118,75%", VietnameseFormat.percent(admitted.percentOfPlan()));
    assertEquals(
        "11/95 (11,58%)",
        VietnameseFormat.fraction(admitted.part(Sector.NON_STATE), admitted.total()));
    assertEquals(5, result.root().indicator("AWARENESS_CLASSES").total());
    assertEquals(110, result.root().indicator("AWARENESS_TRAINEES").total());
    assertEquals(13, result.root().indicator("AWARENESS_TRAINEES").part(Sector.NON_STATE));
    long dalat = result.node("CB-DIENLUC-DALAT").orElseThrow().indicator("NEW_MEMBERS").total();
    long baoloc = result.node("CB-DIENLUC-BAOLOC").orElseThrow().indicator("NEW_MEMBERS").total();
    assertTrue(dalat > 0 && baoloc > 0);
    assertEquals(
        dalat + baoloc, result.node("DBCS-DIENLUC").orElseThrow().indicator("NEW_MEMBERS").total());
  }

  @Test
  void submittedFiguresCountOnlyOnRequestUntilTheyAreAccepted() {
    CalendarPeriod period = CalendarPeriod.quarter(2050, 1);
    FormSummary form = Rounds.open(submissions, period, STAFF, "CBCS-VIETCOMBANK").get(0);
    String reporter = "it.ru.vcb";
    accounts.createUserAsAdmin(
        new NewUser(
            reporter, "Đinh Thị Vân", "Mat-khau-2050", "CBCS-VIETCOMBANK", Set.of(Role.REPORTER)),
        ADMIN);
    long version = Rounds.submit(submissions, form, reporter, "CBCS-VIETCOMBANK", 4);

    assertEquals(0, total("DUK", period, false));
    assertEquals(4, total("DUK", period, true));
    submissions.accept(form.formId(), version, STAFF);
    assertEquals(4, total("DUK", period, false));
  }

  @Test
  void aMovedCellCountsUnderItsOldParentBeforeTheMoveAndItsNewParentAfter() {
    organizations.create(
        new OrganizationRow(
            "IT-RU-A",
            "Đảng bộ Tổng hợp A",
            OrganizationKind.GRASSROOTS_COMMITTEE,
            Sector.STATE,
            "DUK",
            LocalDate.of(2015, 1, 1),
            null),
        ADMIN);
    organizations.create(
        new OrganizationRow(
            "IT-RU-B",
            "Đảng bộ Tổng hợp B",
            OrganizationKind.GRASSROOTS_COMMITTEE,
            Sector.STATE,
            "DUK",
            LocalDate.of(2015, 1, 1),
            null),
        ADMIN);
    organizations.create(
        new OrganizationRow(
            "IT-RU-CB",
            "Chi bộ Tổng hợp",
            OrganizationKind.SUBORDINATE_CELL,
            Sector.STATE,
            "IT-RU-A",
            LocalDate.of(2016, 1, 1),
            null),
        ADMIN);
    accounts.createUserAsAdmin(
        new NewUser("it.ru.a", "Tổng hợp A", "Mat-khau-2041", "IT-RU-A", Set.of(Role.REPORTER)),
        ADMIN);
    accounts.createUserAsAdmin(
        new NewUser("it.ru.b", "Tổng hợp B", "Mat-khau-2041", "IT-RU-B", Set.of(Role.REPORTER)),
        ADMIN);

    acceptCellFigure(CalendarPeriod.quarter(2041, 2), "IT-RU-A", "it.ru.a", 3);
    CalendarPeriod q3 = CalendarPeriod.quarter(2041, 3);
    assertEquals(
        "IT-RU-A",
        rollups
            .rollup(BTV, "DUK", q3, List.of("NEW_MEMBERS"), false)
            .node("IT-RU-CB")
            .orElseThrow()
            .parentCode(),
        "before the move is recorded");
    organizations.move("IT-RU-CB", "IT-RU-B", LocalDate.of(2041, 7, 1), ADMIN);
    acceptCellFigure(q3, "IT-RU-B", "it.ru.b", 4);
    RollupResult afterMove = rollups.rollup(BTV, "DUK", q3, List.of("NEW_MEMBERS"), false);
    assertEquals(
        "IT-RU-B",
        afterMove.node("IT-RU-CB").orElseThrow().parentCode(),
        "the roll-up right after the move has it");
    assertEquals(4, afterMove.node("IT-RU-B").orElseThrow().indicator("NEW_MEMBERS").total());

    RollupResult year =
        rollups.rollup(BTV, "DUK", CalendarPeriod.year(2041), List.of("NEW_MEMBERS"), false);
    assertEquals(3, year.node("IT-RU-A").orElseThrow().indicator("NEW_MEMBERS").total());
    assertEquals(4, year.node("IT-RU-B").orElseThrow().indicator("NEW_MEMBERS").total());
    assertEquals(7, year.root().indicator("NEW_MEMBERS").total());
    RollupResult q2 =
        rollups.rollup(BTV, "DUK", CalendarPeriod.quarter(2041, 2), List.of("NEW_MEMBERS"), false);
    assertEquals("IT-RU-A", q2.node("IT-RU-CB").orElseThrow().parentCode());
    assertEquals(3, q2.node("IT-RU-A").orElseThrow().indicator("NEW_MEMBERS").total());
  }

  @Test
  void aDissolvedOrganizationIsNotExpectedAndItsSubmissionDoesNotCount() {
    organizations.create(
        new OrganizationRow(
            "IT-RU-GONE",
            "Chi bộ Sắp giải thể",
            OrganizationKind.GRASSROOTS_CELL,
            Sector.NON_STATE,
            "DUK",
            LocalDate.of(2015, 1, 1),
            null),
        ADMIN);
    accounts.createUserAsAdmin(
        new NewUser(
            "it.ru.gone", "Sắp giải thể", "Mat-khau-2042", "IT-RU-GONE", Set.of(Role.REPORTER)),
        ADMIN);
    CalendarPeriod period = CalendarPeriod.quarter(2042, 1);
    FormSummary form = Rounds.open(submissions, period, STAFF, "IT-RU-GONE").get(0);
    Rounds.submit(submissions, form, "it.ru.gone", "IT-RU-GONE", 1);
    organizations.dissolve("IT-RU-GONE", LocalDate.of(2042, 2, 1), ADMIN);

    Completeness completeness =
        rollups.rollup(BTV, "DUK", period, List.of("NEW_MEMBERS"), true).root().completeness();

    assertEquals(0, completeness.submitted());
    assertTrue(completeness.expected() >= 13, "the demo's grassroots organizations are expected");
    assertTrue(
        completeness.submittedRate().percent().orElseThrow().compareTo(BigDecimal.valueOf(100))
            <= 0);
  }

  @Test
  void roundCompletenessExpectsOnlyOrganizationsThatExistedAtTheEndAndListsWhoToCall() {
    for (String code : List.of("IT-RU-ONTIME", "IT-RU-SILENT", "IT-RU-CLOSED")) {
      organizations.create(
          new OrganizationRow(
              code,
              "Chi bộ " + code,
              OrganizationKind.GRASSROOTS_CELL,
              Sector.NON_STATE,
              "DUK",
              LocalDate.of(2015, 1, 1),
              null),
          ADMIN);
    }
    accounts.createUserAsAdmin(
        new NewUser(
            "it.ru.ontime",
            "Người nộp đúng hạn",
            "Mat-khau-2043",
            "IT-RU-ONTIME",
            Set.of(Role.REPORTER)),
        ADMIN);
    accounts.createUserAsAdmin(
        new NewUser(
            "it.ru.silent",
            "Nguyễn Văn Chưa Nộp",
            "Mat-khau-2043",
            "IT-RU-SILENT",
            Set.of(Role.REPORTER)),
        ADMIN);
    CalendarPeriod period = CalendarPeriod.quarter(2043, 1);
    List<FormSummary> forms =
        Rounds.open(submissions, period, STAFF, "IT-RU-ONTIME", "IT-RU-SILENT", "IT-RU-CLOSED");
    long round = forms.get(0).roundId();
    FormSummary onTime =
        forms.stream()
            .filter(f -> f.organizationCode().equals("IT-RU-ONTIME"))
            .findFirst()
            .orElseThrow();
    Rounds.submit(submissions, onTime, "it.ru.ontime", "IT-RU-ONTIME", 2);
    organizations.dissolve("IT-RU-CLOSED", LocalDate.of(2043, 2, 1), ADMIN);

    RoundCompleteness c =
        rollups.completeness(BTV, "DUK", period).stream()
            .filter(r -> r.roundId() == round)
            .findFirst()
            .orElseThrow();

    assertEquals(2, c.expected(), "the dissolved cell is not expected");
    assertEquals(1, c.submitted());
    assertEquals(1, c.onTime());
    assertEquals(0, c.accepted());
    assertEquals("50,00%", VietnameseFormat.percent(c.submittedRate()));
    assertEquals(
        List.of("IT-RU-SILENT"), c.missing().stream().map(m -> m.organizationCode()).toList());
    assertEquals("Nguyễn Văn Chưa Nộp", c.missing().get(0).contacts().get(0).name());
    assertTrue(
        rollups.completeness(BTV, "DUK", CalendarPeriod.year(2043)).stream()
            .anyMatch(r -> r.roundId() == round),
        "the year shows its quarters' rounds");
    org.junit.jupiter.api.Assertions.assertThrows(
        vn.khoidn.portal.application.account.AccessDeniedException.class,
        () -> rollups.completeness("it.ru.ontime", "DUK", period));
  }

  private void acceptCellFigure(
      CalendarPeriod period, String committee, String reporter, long value) {
    Rounds.accept(submissions, period, STAFF, committee, reporter, "IT-RU-CB", value);
  }

  private long total(String org, CalendarPeriod period, boolean includeSubmitted) {
    return rollups
        .rollup(BTV, org, period, List.of("NEW_MEMBERS"), includeSubmitted)
        .root()
        .indicator("NEW_MEMBERS")
        .total();
  }

  private long acceptedSum(String indicator, String periodPattern) throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT COALESCE(SUM(v.numeric_value), 0) FROM data_value v LEFT JOIN report_form f ON f.id = v.form_id"
                    + " WHERE v.indicator_code = ? AND v.period_code LIKE ? AND (f.id IS NULL OR f.status = 'ACCEPTED')")) {
      s.setString(1, indicator);
      s.setString(2, periodPattern);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getBigDecimal(1).longValueExact();
      }
    }
  }
}
