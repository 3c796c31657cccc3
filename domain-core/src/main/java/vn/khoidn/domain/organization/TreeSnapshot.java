package vn.khoidn.domain.organization;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;

/**
 * The tree as it stood on one day, as arrays indexed by the organization's position in its {@link
 * OrganizationTree}, for arithmetic over tens of thousands of organizations.
 */
public final class TreeSnapshot {

  private final LocalDate day;
  private final int[] parent;
  private final boolean[] exists;
  private final Map<String, Integer> index;

  TreeSnapshot(LocalDate day, int[] parent, boolean[] exists, Map<String, Integer> index) {
    this.day = day;
    this.parent = parent;
    this.exists = exists;
    this.index = index;
  }

  /** The day this snapshot shows. */
  public LocalDate day() {
    return day;
  }

  /**
   * The position of the parent on this day.
   *
   * @param position an organization's position
   * @return the parent's position, or -1 for none (the top, or not in the tree that day)
   */
  public int parentOf(int position) {
    return parent[position];
  }

  /**
   * Whether the organization at this position existed on this day.
   *
   * @param position an organization's position
   * @return true if it existed
   */
  public boolean exists(int position) {
    return exists[position];
  }

  /**
   * The position of an organization.
   *
   * @param code its code
   * @return its position, or -1 if the tree has no such organization
   */
  public int positionOf(String code) {
    Integer i = index.get(code);
    return i == null ? -1 : i;
  }

  /**
   * Whether {@code ancestor} is {@code position} itself or above it on this day.
   *
   * @param position an organization's position
   * @param ancestor another organization's position
   * @return true if the first lies in the subtree of the second
   */
  public boolean isInSubtree(int position, int ancestor) {
    for (int p = position; p >= 0; p = parent[p]) {
      if (p == ancestor) {
        return true;
      }
    }
    return false;
  }

  int[] parents() {
    return Arrays.copyOf(parent, parent.length);
  }
}
