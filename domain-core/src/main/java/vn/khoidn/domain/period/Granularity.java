package vn.khoidn.domain.period;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rule that keeps one figure from being counted twice through the period lattice: a year holds
 * two half-years, a half-year two quarters, a quarter three months, and an organization's figures
 * of one indicator for a year and for the quarters of that year describe the same members twice.
 *
 * <p>Two uses:
 *
 * <ul>
 *   <li>A store of figures keeps <em>one granularity per organization, indicator and year</em>:
 *       {@link #mixedWith} names the figures already there that a new one would mix with, so that
 *       the store can refuse it.
 *   <li>A roll-up that is given mixed figures anyway (a library user's own list) counts the finest
 *       figures, and a longer figure only where no finer one lies inside it: {@link #counted}. No
 *       month, quarter or half-year is counted twice.
 * </ul>
 */
public final class Granularity {

  private Granularity() {}

  /**
   * The figures already there that a figure for {@code incoming} would mix with: those of the same
   * calendar year with another period type. A figure for the very same period is not a mix (it is
   * the same figure, written again).
   *
   * @param incoming the period of the new figure
   * @param present the periods of the organization's figures of the same indicator
   * @return the periods it would mix with, in calendar order; empty if none
   */
  public static List<CalendarPeriod> mixedWith(
      CalendarPeriod incoming, Collection<CalendarPeriod> present) {
    Set<CalendarPeriod> mixed = new TreeSet<>();
    for (CalendarPeriod p : present) {
      if (p.year() == incoming.year() && p.type() != incoming.type()) {
        mixed.add(p);
      }
    }
    return List.copyOf(mixed);
  }

  /**
   * Which of one organization's figures of one indicator count in a period, each month of the
   * period at most once: the finest figures count, and a longer figure counts only where no finer
   * figure lies inside it. A year beside its four quarters, or beside only its first quarter,
   * counts the quarters; a year with no finer figure counts the year. Periods {@code query} does
   * not cover never count.
   *
   * @param query the period summed over
   * @param present the periods that have a figure (duplicates are ignored)
   * @return the periods among {@code present} whose figures count
   */
  public static Set<CalendarPeriod> counted(Period query, Collection<CalendarPeriod> present) {
    Set<CalendarPeriod> have = new HashSet<>();
    for (CalendarPeriod p : present) {
      if (query.covers(p)) {
        have.add(p);
      }
    }
    Set<CalendarPeriod> chosen = new HashSet<>();
    for (CalendarPeriod p : have) {
      if (!holdsFiner(p, have)) {
        chosen.add(p);
      }
    }
    return chosen;
  }

  /** Whether a figure of a finer period lies inside {@code node}. */
  private static boolean holdsFiner(CalendarPeriod node, Set<CalendarPeriod> have) {
    for (CalendarPeriod child : children(node)) {
      if (have.contains(child) || holdsFiner(child, have)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The next finer periods of the lattice: a year's halves, a half's quarters, a quarter's months.
   */
  static List<CalendarPeriod> children(CalendarPeriod node) {
    int y = node.year();
    int i = node.index();
    return switch (node.type()) {
      case YEAR -> List.of(CalendarPeriod.halfYear(y, 1), CalendarPeriod.halfYear(y, 2));
      case HALF_YEAR ->
          List.of(CalendarPeriod.quarter(y, 2 * i - 1), CalendarPeriod.quarter(y, 2 * i));
      case QUARTER ->
          List.of(
              CalendarPeriod.month(y, 3 * i - 2),
              CalendarPeriod.month(y, 3 * i - 1),
              CalendarPeriod.month(y, 3 * i));
      case MONTH -> List.of();
    };
  }
}
