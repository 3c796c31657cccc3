package vn.khoidn.portal.application.exchange;

import java.util.List;

/**
 * Well-formed rows that the figure store refused (a figure a form owns, a granularity that would
 * count figures twice); nothing was written. The API answers 409.
 */
public class ImportRefusedException extends ImportRejectedException {

  private static final long serialVersionUID = 1L;

  private final transient List<ImportSummary.RowResult> results;

  /**
   * A refusal.
   *
   * @param refused each refused row with its reason
   * @param results what would have happened to every row
   */
  public ImportRefusedException(List<RowError> refused, List<ImportSummary.RowResult> results) {
    super(
        refused,
        refused.size()
            + " dòng bị từ chối (số liệu thuộc biểu mẫu, hoặc trộn kỳ năm với quý/tháng);"
            + " không có số liệu nào được ghi.");
    this.results = List.copyOf(results);
  }

  /** What would have happened to every row. */
  public List<ImportSummary.RowResult> results() {
    return results;
  }
}
