package vn.khoidn.portal.application.rollup;

import java.util.Collection;
import java.util.List;
import vn.khoidn.domain.plan.Plan;

/**
 * The large tables a roll-up reads besides the tree and the figures: the forms and the plans of
 * some periods. An adapter may keep them in a cache, but what it returns is never older than the
 * last committed write it could see.
 */
public interface RollupSource {

  /**
   * The forms of the rounds for some periods.
   *
   * @param periodCodes the periods
   * @return the forms, in no particular order
   */
  List<RoundForm> forms(Collection<String> periodCodes);

  /**
   * The targets of some periods.
   *
   * @param periodCodes the periods
   * @return the targets
   */
  List<Plan> plans(Collection<String> periodCodes);
}
