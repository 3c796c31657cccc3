package vn.khoidn.portal.testsupport;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.khoidn.domain.period.CalendarPeriod;
import vn.khoidn.portal.application.submission.FormInput;
import vn.khoidn.portal.application.submission.FormSummary;
import vn.khoidn.portal.application.submission.OpenRound;
import vn.khoidn.portal.application.submission.SubmissionService;

/**
 * Rounds for the tests that run inside the server: open one for new members only, due long after
 * the test, and put a figure through it. Runs in the server: deploy with {@code
 * PortalDeployment.withHelpers(Rounds.class)}.
 */
public final class Rounds {

  private Rounds() {}

  /**
   * Opens a round asking for new members.
   *
   * @param submissions the service
   * @param period the period
   * @param staff who opens it
   * @param organizations the grassroots organizations that get a form
   * @return their forms
   */
  public static List<FormSummary> open(
      SubmissionService submissions, CalendarPeriod period, String staff, String... organizations) {
    long round =
        submissions.openRound(
            new OpenRound(
                period.code(),
                "Báo cáo " + period.code(),
                LocalDate.of(2099, 1, 1),
                List.of("NEW_MEMBERS"),
                List.of(organizations)),
            staff);
    return submissions.formsOfRound(round, staff);
  }

  /**
   * A reporter submits a new-members figure on a form.
   *
   * @param submissions the service
   * @param form the form
   * @param reporter the reporter
   * @param organization the organization the figure is for (the form's or one of its cells)
   * @param value the figure
   * @return the form's version after the submission
   */
  public static long submit(
      SubmissionService submissions,
      FormSummary form,
      String reporter,
      String organization,
      long value) {
    FormInput input = submissions.input(form.formId(), reporter);
    input.entry(organization, "NEW_MEMBERS").setTotal(BigDecimal.valueOf(value));
    return submissions.submit(form.formId(), input, form.version(), reporter).version();
  }

  /**
   * Opens a round for one committee, has its reporter submit a figure and staff accept it.
   *
   * @param submissions the service
   * @param period the period
   * @param staff who opens and accepts
   * @param committee the grassroots organization
   * @param reporter its reporter
   * @param organization the organization the figure is for
   * @param value the figure
   */
  public static void accept(
      SubmissionService submissions,
      CalendarPeriod period,
      String staff,
      String committee,
      String reporter,
      String organization,
      long value) {
    FormSummary form = open(submissions, period, staff, committee).get(0);
    long version = submit(submissions, form, reporter, organization, value);
    submissions.accept(form.formId(), version, staff);
  }
}
