package vn.khoidn.domain.plan;

import java.util.Objects;
import vn.khoidn.domain.period.Period;
import vn.khoidn.domain.validation.InvalidValueException;

/**
 * A target: how much of an indicator an organization should achieve in a period ("chỉ tiêu").
 *
 * @param organizationCode the organization
 * @param indicatorCode the indicator the target is for, e.g. {@code NEW_MEMBERS}
 * @param period the period
 * @param target the target, not negative
 */
public record Plan(String organizationCode, String indicatorCode, Period period, long target) {

  /** Checks the target is not negative. */
  public Plan {
    Objects.requireNonNull(organizationCode, "organizationCode");
    Objects.requireNonNull(indicatorCode, "indicatorCode");
    Objects.requireNonNull(period, "period");
    if (target < 0) {
      throw new InvalidValueException(
          "NEGATIVE_VALUE",
          "Chỉ tiêu kế hoạch không được âm (" + organizationCode + ", " + period.code() + ").");
    }
  }
}
