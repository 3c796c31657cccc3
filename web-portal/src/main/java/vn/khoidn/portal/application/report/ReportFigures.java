package vn.khoidn.portal.application.report;

import vn.khoidn.domain.period.Period;
import vn.khoidn.portal.application.rollup.ReportData;

/** The figures a report states, read live; in the container {@link RollupReportFigures}. */
public interface ReportFigures {

  /**
   * The figures of a report.
   *
   * @param username the user, who must work on that organization
   * @param organizationCode the issuing organization
   * @param period a calendar period or a resolution's review period
   * @return the figures
   */
  ReportData of(String username, String organizationCode, Period period);
}
