package vn.khoidn.portal.application.exchange;

import java.util.List;

/**
 * What an import did, or would do in a dry run.
 *
 * @param dryRun whether nothing was written
 * @param rows the rows read
 * @param imported new figures
 * @param updated figures whose value changed
 * @param unchanged figures that already had that value
 * @param results what happened to each row, in file order (empty for imports of other things)
 */
public record ImportSummary(
    boolean dryRun, int rows, int imported, int updated, int unchanged, List<RowResult> results) {

  /** Copies the results. */
  public ImportSummary {
    results = List.copyOf(results);
  }

  /**
   * A summary without per-row results.
   *
   * @param dryRun whether nothing was written
   * @param rows the rows read
   * @param imported new ones
   * @param updated changed ones
   * @param unchanged unchanged ones
   */
  public ImportSummary(boolean dryRun, int rows, int imported, int updated, int unchanged) {
    this(dryRun, rows, imported, updated, unchanged, List.of());
  }

  /**
   * What happened to one row.
   *
   * @param line the row's line in the file
   * @param outcome {@code imported}, {@code updated}, {@code unchanged} or {@code refused}
   * @param code why it was refused, or null
   * @param message the reason in Vietnamese, or null
   */
  public record RowResult(int line, String outcome, String code, String message) {}
}
