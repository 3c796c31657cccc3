package vn.khoidn.portal.application.plan;

import java.util.Objects;
import vn.khoidn.domain.period.CalendarPeriod;
import vn.khoidn.domain.plan.Plan;

/**
 * A plan as stored: domain-core's {@link Plan} with the id the portal keeps it under and the id of
 * its organization.
 *
 * @param id the stored plan's id, or null for a plan not stored yet
 * @param organizationId the organization's id
 * @param plan the target, its organization's code, its indicator and its period
 */
public record StoredPlan(Long id, long organizationId, Plan plan) {

  /** Checks the plan is there. */
  public StoredPlan {
    Objects.requireNonNull(plan, "plan");
  }

  /** The period, always a calendar period for a stored plan. */
  public CalendarPeriod period() {
    return (CalendarPeriod) plan.period();
  }

  /** The organization's code. */
  public String organizationCode() {
    return plan.organizationCode();
  }

  /** The indicator planned. */
  public String indicatorCode() {
    return plan.indicatorCode();
  }

  /** The target. */
  public long target() {
    return plan.target();
  }
}
