package vn.khoidn.domain.eligibility;

import vn.khoidn.domain.validation.InvalidValueException;

/**
 * The member counts from which a unit may establish an organization; an administrator may change
 * them when the rules in force change.
 *
 * @param officialPartyMembers official party members needed for a grassroots party organization (3)
 * @param youthUnionMembers youth-union members needed for a chapter (3)
 * @param tradeUnionMembers trade-union members needed for a grassroots trade union (5 under the law
 *     in force)
 */
public record Thresholds(int officialPartyMembers, int youthUnionMembers, int tradeUnionMembers) {

  /**
   * The thresholds of the party's statute, the Youth Union's charter and the Trade Union Law in
   * force.
   */
  public static final Thresholds DEFAULT = new Thresholds(3, 3, 5);

  /** Checks every threshold is at least one. */
  public Thresholds {
    if (officialPartyMembers < 1 || youthUnionMembers < 1 || tradeUnionMembers < 1) {
      throw new InvalidValueException(
          "INVALID_THRESHOLD", "Ngưỡng thành lập tổ chức phải từ 1 trở lên.");
    }
  }
}
