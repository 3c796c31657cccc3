package vn.khoidn.portal.application.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import vn.khoidn.domain.period.Period;
import vn.khoidn.portal.application.rollup.ReportData;
import vn.khoidn.reporting.review.ReviewFigures;
import vn.khoidn.reporting.xlsx.AnnexSheet;

/** Figures set by the test, by organization code; an organization without any admitted none. */
final class FixedFigures implements ReportFigures {

  private final Map<String, Long> admitted = new HashMap<>();
  private final Map<String, Long> owners = new HashMap<>();
  int reads;

  void admitted(String organizationCode, long members) {
    admitted.put(organizationCode, members);
  }

  /** Reports owners admitted for an organization; without this call it reported none. */
  void owners(String organizationCode, long n) {
    owners.put(organizationCode, n);
  }

  @Override
  public ReportData of(String username, String organizationCode, Period period) {
    reads++;
    long n = admitted.getOrDefault(organizationCode, 0L);
    ReviewFigures figures =
        new ReviewFigures(
            n,
            OptionalLong.of(10),
            0,
            1,
            20,
            0,
            List.of(),
            List.of(),
            List.of(),
            owners.containsKey(organizationCode)
                ? OptionalLong.of(owners.get(organizationCode))
                : OptionalLong.empty());
    return new ReportData(
        null, figures, List.of(new AnnexSheet.Line("Chi bộ A", OptionalLong.of(10), n, 0, 20, 0)));
  }
}
