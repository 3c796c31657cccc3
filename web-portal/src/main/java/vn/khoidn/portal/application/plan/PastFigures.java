package vn.khoidn.portal.application.plan;

import java.util.List;
import java.util.Map;
import vn.khoidn.domain.period.CalendarPeriod;

/** The port to a past period's rolled-up figures, a starting point for the next plans. */
public interface PastFigures {

  /**
   * The rolled-up totals of an organization's subtree.
   *
   * @param username the user, who must see that organization
   * @param organizationCode the top of the subtree
   * @param period the period
   * @param indicatorCodes the indicators
   * @return the totals by {@link PlanGrid#key}, for the top and every organization under it
   */
  Map<String, Long> totals(
      String username, String organizationCode, CalendarPeriod period, List<String> indicatorCodes);
}
