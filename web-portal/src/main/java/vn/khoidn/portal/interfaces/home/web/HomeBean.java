package vn.khoidn.portal.interfaces.home.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Set;
import vn.khoidn.portal.application.account.AccountService;
import vn.khoidn.portal.application.account.Role;
import vn.khoidn.portal.application.account.UserProfile;
import vn.khoidn.portal.application.report.ReportService;
import vn.khoidn.portal.application.report.ReportSummary;
import vn.khoidn.portal.application.rollup.Headline;
import vn.khoidn.portal.application.rollup.RollupService;
import vn.khoidn.portal.application.submission.ReporterDesk;
import vn.khoidn.portal.application.submission.StaffDesk;
import vn.khoidn.portal.application.submission.SubmissionService;
import vn.khoidn.portal.application.time.PortalClock;
import vn.khoidn.portal.interfaces.web.CurrentUser;

/**
 * The home page: what the logged-in user has to do next, by role (a reporter's forms due and
 * returned, staff's open rounds and the forms waiting for review, the standing committee's headline
 * figure and latest report), then their organization and the organizations under it.
 */
@Named
@ViewScoped
public class HomeBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AccountService accounts;
  @Inject private SubmissionService submissions;
  @Inject private RollupService rollups;
  @Inject private ReportService reports;
  @Inject private PortalClock clock;

  private UserProfile profile;
  private ReporterDesk reporterDesk;
  private StaffDesk staffDesk;
  private boolean committee;
  private Headline headline;
  private ReportSummary latestReport;
  private String currentYear;

  @PostConstruct
  void load() {
    String user = CurrentUser.name();
    profile =
        accounts
            .profile(user)
            .orElseThrow(() -> new IllegalStateException("The logged-in user no longer exists."));
    Set<Role> roles = profile.roles();
    if (roles.contains(Role.REPORTER)) {
      reporterDesk = submissions.reporterDesk(user);
    }
    if (roles.contains(Role.STAFF)) {
      staffDesk = submissions.staffDesk(user);
    }
    if (roles.contains(Role.STANDING_COMMITTEE)) {
      committee = true;
      currentYear = Integer.toString(clock.today().getYear());
      String org = profile.organization().code();
      headline = rollups.headline(user, org).orElse(null);
      latestReport = reports.latest(user, org).orElse(null);
    }
  }

  public UserProfile getProfile() {
    return profile;
  }

  /** The reporter's forms, or null if the user does not report. */
  public ReporterDesk getReporterDesk() {
    return reporterDesk;
  }

  /** Staff's rounds and forms to review, or null if the user is not staff. */
  public StaffDesk getStaffDesk() {
    return staffDesk;
  }

  /** Whether the user sits on the standing committee. */
  public boolean isCommittee() {
    return committee;
  }

  /** The headline figure, or null if no recent year has figures or a plan. */
  public Headline getHeadline() {
    return headline;
  }

  /** The year at the portal clock's date, e.g. "2026". */
  public String getCurrentYear() {
    return currentYear;
  }

  /** The report worked on last, or null if there is none. */
  public ReportSummary getLatestReport() {
    return latestReport;
  }
}
