package vn.khoidn.domain.rollup;

/**
 * How many of the organizations expected to report did so, and how many on time. Only expected
 * organizations are counted, so the rates never exceed 100%.
 *
 * @param expected grassroots organizations that existed on the last day of the period
 * @param submitted how many of them submitted
 * @param onTime how many of them submitted by the deadline
 */
public record Completeness(long expected, long submitted, long onTime) {

  /** Checks that submitted ≤ expected and on time ≤ submitted. */
  public Completeness {
    if (expected < 0 || submitted < 0 || onTime < 0 || submitted > expected || onTime > submitted) {
      throw new IllegalArgumentException(
          "Completeness needs 0 <= on time <= submitted <= expected, was "
              + onTime
              + "/"
              + submitted
              + "/"
              + expected);
    }
  }

  /** Submitted over expected. */
  public Ratio submittedRate() {
    return new Ratio(submitted, expected);
  }

  /** On time over expected. */
  public Ratio onTimeRate() {
    return new Ratio(onTime, expected);
  }
}
