package vn.khoidn.portal.application.plan;

import java.util.Collection;
import java.util.List;

/**
 * The port to the stored plans. Each read is one statement; writes join the caller's transaction. A
 * stored plan whose period code is not a calendar period is not returned.
 */
public interface PlanRepository {

  /**
   * Every plan of some indicators.
   *
   * @param indicatorCodes the indicators planned
   * @return their plans
   */
  List<StoredPlan> ofIndicators(Collection<String> indicatorCodes);

  /**
   * The plans of some organizations.
   *
   * @param organizationIds the organizations
   * @return their plans
   */
  List<StoredPlan> ofOrganizations(Collection<Long> organizationIds);

  /**
   * Stores a new plan.
   *
   * @param plan the plan, with no id
   */
  void add(StoredPlan plan);

  /**
   * Changes the target of a stored plan.
   *
   * @param id the stored plan's id
   * @param target the new target, not negative
   */
  void changeTarget(long id, long target);

  /**
   * Removes a stored plan.
   *
   * @param id the stored plan's id
   */
  void remove(long id);
}
