package vn.khoidn.portal.application.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.khoidn.domain.period.CalendarPeriod;
import vn.khoidn.domain.rollup.NodeResult;
import vn.khoidn.domain.rollup.RollupResult;
import vn.khoidn.portal.application.rollup.RollupService;

/** {@link PastFigures} from the roll-up of accepted figures, as the report counts them. */
@ApplicationScoped
public class RolledUpFigures implements PastFigures {

  @Inject private RollupService rollups;

  @Override
  public Map<String, Long> totals(
      String username,
      String organizationCode,
      CalendarPeriod period,
      List<String> indicatorCodes) {
    RollupResult result = rollups.rollup(username, organizationCode, period, indicatorCodes, false);
    Map<String, Long> totals = new HashMap<>();
    for (NodeResult node : result.nodes()) {
      for (String code : indicatorCodes) {
        totals.put(PlanGrid.key(node.code(), code), node.indicator(code).total());
      }
    }
    return totals;
  }
}
