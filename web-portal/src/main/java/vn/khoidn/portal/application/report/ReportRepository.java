package vn.khoidn.portal.application.report;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.khoidn.portal.application.submission.ConcurrentEditException;

/** The port through which the application reads and stores {@link Report}s. */
public interface ReportRepository {

  /**
   * A report by id.
   *
   * @param id the id
   * @return the report, or empty
   */
  Optional<Report> byId(long id);

  /**
   * The report of an organization worked on last, whatever its period: the one changed or issued
   * last, the newest of those changed at the same moment.
   *
   * @param organizationId the issuing organization
   * @return the report, or empty if it has none
   */
  Optional<Report> latestOf(long organizationId);

  /**
   * The reports of an organization for a period, newest first.
   *
   * @param organizationId the organization
   * @param periodCode the period's code
   * @return the reports
   */
  List<Report> of(long organizationId, String periodCode);

  /**
   * Stores a new report.
   *
   * @param report a report without an id
   * @return it as stored, with its id and version
   */
  Report add(Report report);

  /**
   * Stores the changes of a report read from this repository, now, so that a concurrent change is
   * found before the caller goes on.
   *
   * @param report the report
   * @return it as stored, with its new version
   * @throws ConcurrentEditException if someone else saved it since it was read
   */
  Report save(Report report);

  /**
   * What grassroots organizations wrote on their submitted and accepted forms for some periods, by
   * organization name and period.
   *
   * @param periodCodes the periods
   * @return the narratives
   */
  List<FormNarrative> formNarratives(Collection<String> periodCodes);
}
