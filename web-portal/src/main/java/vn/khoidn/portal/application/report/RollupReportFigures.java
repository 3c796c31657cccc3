package vn.khoidn.portal.application.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.khoidn.domain.period.Period;
import vn.khoidn.portal.application.rollup.ReportData;
import vn.khoidn.portal.application.rollup.RollupService;

/** A report's figures from the roll-up. */
@ApplicationScoped
public class RollupReportFigures implements ReportFigures {

  @Inject private RollupService rollups;

  @Override
  public ReportData of(String username, String organizationCode, Period period) {
    return rollups.reportData(username, organizationCode, period);
  }
}
