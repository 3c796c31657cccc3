package vn.khoidn.portal.application.rollup;

import java.io.Serializable;
import vn.khoidn.domain.rollup.Ratio;

/**
 * The bloc's headline figure for a year, for the standing committee's home: new party members
 * admitted against the plan, from the live roll-up of accepted figures.
 *
 * @param organizationCode the organization rolled up
 * @param periodCode the year, e.g. {@code 2021}
 * @param admitted new party members admitted
 * @param plan the admission target (the organization's own, or its children's summed), or null
 */
public record Headline(String organizationCode, String periodCode, long admitted, Long plan)
    implements Serializable {

  /**
   * Admitted over the plan, computed from the two sums; undefined without a plan.
   *
   * @return the ratio
   */
  public Ratio percentOfPlan() {
    return new Ratio(admitted, plan == null ? 0 : plan);
  }
}
