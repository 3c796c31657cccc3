package vn.khoidn.portal.application.plan;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The plans of a period for the organizations under a staff member's: one row per organization, in
 * tree order (siblings in Vietnamese order of their names), one column per planned indicator.
 *
 * @param periodCode the period, e.g. {@code 2026}
 * @param indicators the planned indicators, in catalogue order
 * @param rows the organizations
 */
public record PlanGrid(String periodCode, List<Column> indicators, List<Row> rows)
    implements Serializable {

  /**
   * A planned indicator.
   *
   * @param code its code, e.g. {@code NEW_MEMBERS}
   * @param label its Vietnamese label
   */
  public record Column(String code, String label) implements Serializable {}

  /**
   * An organization of the grid.
   *
   * @param code its code
   * @param name its name
   * @param depth 0 for the top, 1 for its children, and so on
   * @param parentCode the parent's code, null for the top
   * @param hasChildren whether targets can be given out under it
   * @param targets its stored targets by indicator code (absent where it has none)
   */
  public record Row(
      String code,
      String name,
      int depth,
      String parentCode,
      boolean hasChildren,
      Map<String, Long> targets)
      implements Serializable {}

  /**
   * How much of a parent's own target is given out to its children.
   *
   * @param own the parent's own target, or null
   * @param givenOut the sum of its children's targets
   * @param anyGivenOut whether any child has a target
   * @param notYetGivenOut own − given out, negative when more was given out than the target; null
   *     without an own target
   */
  public record Allocation(Long own, long givenOut, boolean anyGivenOut, Long notYetGivenOut)
      implements Serializable {

    /** Whether more was given out than the parent's own target. */
    public boolean overAllocated() {
      return notYetGivenOut != null && notYetGivenOut < 0;
    }
  }

  /**
   * The key of a cell in maps of values.
   *
   * @param orgCode the organization
   * @param indicatorCode the indicator
   * @return the key
   */
  public static String key(String orgCode, String indicatorCode) {
    return orgCode + "|" + indicatorCode;
  }

  /** The stored targets, by {@link #key}. */
  public Map<String, Long> stored() {
    Map<String, Long> values = new java.util.HashMap<>();
    for (Row r : rows) {
      r.targets().forEach((i, t) -> values.put(key(r.code(), i), t));
    }
    return values;
  }

  /**
   * A parent's own target beside what its children have, over some values (stored, or as typed).
   *
   * @param orgCode the parent
   * @param indicatorCode the indicator
   * @param values targets by {@link #key}; a missing key is no target
   * @return the allocation
   */
  public Allocation allocation(String orgCode, String indicatorCode, Map<String, Long> values) {
    Long own = values.get(key(orgCode, indicatorCode));
    long sum = 0;
    boolean any = false;
    for (Row r : rows) {
      if (orgCode.equals(r.parentCode())) {
        Long t = values.get(key(r.code(), indicatorCode));
        if (t != null) {
          sum += t;
          any = true;
        }
      }
    }
    return new Allocation(own, sum, any, own == null ? null : own - sum);
  }
}
