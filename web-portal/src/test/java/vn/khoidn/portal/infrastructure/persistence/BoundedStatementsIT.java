package vn.khoidn.portal.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.khoidn.domain.organization.OrganizationKind;
import vn.khoidn.domain.period.CalendarPeriod;
import vn.khoidn.domain.registry.Sector;
import vn.khoidn.portal.application.account.AccountService;
import vn.khoidn.portal.application.account.NewUser;
import vn.khoidn.portal.application.account.Role;
import vn.khoidn.portal.application.organization.OrganizationRow;
import vn.khoidn.portal.application.organization.OrganizationService;
import vn.khoidn.portal.application.rollup.RollupService;
import vn.khoidn.portal.application.submission.FormSummary;
import vn.khoidn.portal.application.submission.SubmissionService;
import vn.khoidn.portal.testsupport.PortalDeployment;

/**
 * The roll-up page and the form page cost a bounded number of SQL statements, counted on the
 * connections themselves (JPA's and plain JDBC's): the count does not grow with the tree or with a
 * form's figures. Payara Micro has its JCache even without a cluster, so the roll-up is counted
 * both right after a change of the tree (its cached tree is stale: read again) and once warm.
 */
@ExtendWith(ArquillianExtension.class)
class BoundedStatementsIT {

  private static final Logger LOG = Logger.getLogger(BoundedStatementsIT.class.getName());
  private static final String ADMIN = "admin";
  private static final LocalDate FOUNDED = LocalDate.of(2015, 1, 1);

  @Deployment
  static WebArchive deployment() {
    return PortalDeployment.asPackaged();
  }

  @Inject RollupService rollups;
  @Inject SubmissionService submissions;
  @Inject OrganizationService organizations;
  @Inject AccountService accounts;

  private static long count(Supplier<?> work) {
    StatementCount.start();
    work.get();
    return StatementCount.stop();
  }

  @Test
  void theRollupCostsTheSameForFourOrganizationsAsForFortyThree() {
    organizations.create(
        new OrganizationRow(
            "STMT-BLOC",
            "Đảng ủy Khối Đếm câu lệnh",
            OrganizationKind.BLOC,
            Sector.OTHER,
            null,
            FOUNDED,
            null),
        ADMIN);
    addCommittees(0, 2);
    accounts.createUserAsAdmin(
        new NewUser("stmt.staff", "Cán bộ Đếm", "Mat-khau-dem-1", "STMT-BLOC", Set.of(Role.STAFF)),
        ADMIN);
    List<CalendarPeriod> periods = List.of(CalendarPeriod.year(2021));
    List<CalendarPeriod> trend = List.of(CalendarPeriod.year(2020), CalendarPeriod.year(2021));
    Supplier<Object> page =
        () ->
            rollups.page(
                "stmt.staff", "STMT-BLOC", periods, trend, RollupService.FORM_INDICATORS, true);
    page.get();
    addCommittees(2, 3);
    long smallCold = count(page);
    long small = count(page);

    addCommittees(3, 42);
    long largeCold = count(page);
    long large = count(page);

    LOG.info(
        "Roll-up page: "
            + smallCold
            + " statements after a change and "
            + small
            + " warm for 4 organizations, "
            + largeCold
            + " and "
            + large
            + " for 43");
    assertEquals(smallCold, largeCold, "the roll-up's statements grew with the tree");
    assertEquals(small, large, "the warm roll-up's statements grew with the tree");
    assertTrue(largeCold <= 40, "the roll-up page issued " + largeCold + " statements");
  }

  @Test
  void everyFormPageCostsABoundedNumberOfStatements() {
    List<FormSummary> forms = submissions.formsFor("bantochuc");
    assertTrue(forms.size() >= 10, "the demo has forms");
    long least = Long.MAX_VALUE;
    long most = 0;
    for (FormSummary f : forms) {
      long n = count(() -> submissions.form(f.formId(), "bantochuc"));
      least = Math.min(least, n);
      most = Math.max(most, n);
    }
    LOG.info("Form page: " + least + " to " + most + " statements over " + forms.size() + " forms");
    assertTrue(most <= 25, "a form page issued " + most + " statements");
  }

  @Test
  void aUsersFormsCostTheSameForOneOrganizationAsForTheWholeBloc() {
    long one = count(() -> submissions.formsFor("dienluc"));
    int all = submissions.formsFor("bantochuc").size();
    long bloc = count(() -> submissions.formsFor("bantochuc"));
    LOG.info(
        "Forms list: "
            + one
            + " statements for one organization, "
            + bloc
            + " for "
            + all
            + " forms");
    assertTrue(
        bloc <= one,
        "the bloc's " + all + " forms cost " + bloc + " statements, one organization's " + one);
    assertTrue(bloc <= 15, "the forms list issued " + bloc + " statements");
  }

  private void addCommittees(int from, int to) {
    organizations.change(
        ADMIN,
        tree -> {
          for (int i = from; i < to; i++) {
            tree.add(
                "STMT-" + i,
                "Đảng bộ đếm " + i,
                OrganizationKind.GRASSROOTS_COMMITTEE,
                Sector.STATE,
                "STMT-BLOC",
                FOUNDED);
          }
        });
  }
}
