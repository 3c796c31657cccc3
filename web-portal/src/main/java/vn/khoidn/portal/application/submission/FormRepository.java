package vn.khoidn.portal.application.submission;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The port to the stored rounds and forms (and the figures, history and plans a form shows), each
 * read and write in the caller's transaction. Figures are written only through the figure store.
 */
public interface FormRepository {

  /**
   * A form.
   *
   * @param id its id
   * @return the form, or empty
   */
  Optional<Form> byId(long id);

  /**
   * A form read again from the database, as another transaction may have committed it since it was
   * read (called after the figure lock).
   *
   * @param id the form
   * @return the form as committed
   */
  Form reread(long id);

  /**
   * The forms of some organizations, newest round (by deadline) first, then by organization name,
   * in one statement.
   *
   * @param organizationIds the organizations
   * @return their forms
   */
  List<Form> ofOrganizations(Collection<Long> organizationIds);

  /**
   * The forms of one round.
   *
   * @param roundId the round
   * @return its forms, by organization name in Vietnamese order
   */
  List<Form> ofRound(long roundId);

  /**
   * Every round, newest opened first.
   *
   * @return the rounds
   */
  List<Round> rounds();

  /**
   * The rounds of a period.
   *
   * @param periodCode the period
   * @return its rounds
   */
  List<Round> roundsOf(String periodCode);

  /**
   * Stores a new round.
   *
   * @param periodCode the period
   * @param title the title
   * @param deadline the deadline
   * @param indicatorCodes the indicators on its form, in order
   * @param openedBy who opens it
   * @return the stored round, with its id
   */
  Round addRound(
      String periodCode,
      String title,
      LocalDate deadline,
      List<String> indicatorCodes,
      String openedBy);

  /**
   * Stores a new form, not started, and writes it at once so that it has its id.
   *
   * @param round the round
   * @param organizationId the organization expected to report
   * @return the stored form
   */
  Form addForm(Round round, long organizationId);

  /**
   * Writes a form's state now, if nobody stored another version of it since it was read.
   *
   * @param form the form
   * @return the form as stored, with its new version
   * @throws ConcurrentEditException if the stored version is another one
   */
  Form save(Form form);

  /**
   * The figures entered on a form.
   *
   * @param formId the form
   * @return its figures
   */
  List<FormFigure> figuresOn(long formId);

  /**
   * An organization's accepted (or back-loaded) totals of an indicator in other periods, oldest
   * first.
   *
   * @param organizationId the organization
   * @param indicatorCode the indicator
   * @param exceptPeriod the period being entered
   * @return its history
   */
  List<PastFigure> acceptedHistory(long organizationId, String indicatorCode, String exceptPeriod);

  /**
   * The targets of an organization.
   *
   * @param organizationId the organization
   * @return its targets
   */
  List<PlanFigure> plansOf(long organizationId);
}
