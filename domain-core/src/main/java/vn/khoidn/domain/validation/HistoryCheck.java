package vn.khoidn.domain.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalLong;

/**
 * When a value is far enough from an organization's own history to deserve a second look: with at
 * least {@code minHistory} earlier values, a value above {@code factor} × median + {@code slack},
 * or below median / {@code factor} when the median is at least {@code slack}.
 *
 * @param minHistory how many earlier values are needed before anything is flagged
 * @param factor how many times the median counts as far
 * @param slack an absolute margin, so that small counts (0, 1, 2) are never flagged
 */
public record HistoryCheck(int minHistory, long factor, long slack) {

  /**
   * Three earlier values; more than 3 × median + 5, or less than a third of a median of at least 5.
   */
  public static final HistoryCheck DEFAULT = new HistoryCheck(3, 3, 5);

  /** Checks the parameters are usable. */
  public HistoryCheck {
    if (minHistory < 1 || factor < 2 || slack < 0) {
      throw new IllegalArgumentException("minHistory >= 1, factor >= 2, slack >= 0");
    }
  }

  /**
   * Checks a value.
   *
   * @param value the new value
   * @param history the earlier values
   * @return the median of the history if the value is far from it, otherwise empty
   */
  public OptionalLong check(long value, List<Long> history) {
    if (history.size() < minHistory) {
      return OptionalLong.empty();
    }
    List<Long> sorted = new ArrayList<>(history);
    Collections.sort(sorted);
    int n = sorted.size();
    long median =
        n % 2 == 1
            ? sorted.get(n / 2)
            : Math.round((sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0);
    boolean tooHigh = value > factor * median + slack;
    boolean tooLow = median >= slack && value * factor < median;
    return tooHigh || tooLow ? OptionalLong.of(median) : OptionalLong.empty();
  }
}
