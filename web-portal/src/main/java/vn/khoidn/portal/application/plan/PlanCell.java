package vn.khoidn.portal.application.plan;

/**
 * One cell of the plans grid or of its workbook, as the user left it: the target typed, beside the
 * target the page or the workbook showed when it was opened (the optimistic check: a cell someone
 * else changed meanwhile is refused, so no update is lost).
 *
 * @param line the cell's number in the grid, or the workbook's row
 * @param org the organization's code
 * @param period the period's code
 * @param indicator the indicator planned
 * @param seen the target shown when the page or workbook was opened, blank if there was none
 * @param value the target typed, blank to remove the plan
 */
public record PlanCell(
    int line, String org, String period, String indicator, String seen, String value) {

  /** Whether the user changed the cell. */
  public boolean changed() {
    return !blank(seen).equals(blank(value));
  }

  private static String blank(String s) {
    return s == null ? "" : s.strip();
  }
}
