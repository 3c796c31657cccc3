package vn.khoidn.portal.application.report;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A report in a line, for the home page.
 *
 * @param id the report
 * @param status DRAFT or ISSUED
 * @param organizationCode the issuing organization
 * @param periodCode the period's code, as the report page's address takes it
 * @param periodLabel the period in words, e.g. "Sơ kết 01 năm Nghị quyết 04-NQ/ĐUK"
 * @param number the document's number, or null
 * @param date the document's date, or null
 * @param updatedAt when it was last changed or issued
 */
public record ReportSummary(
    long id,
    String status,
    String organizationCode,
    String periodCode,
    String periodLabel,
    String number,
    LocalDate date,
    Instant updatedAt)
    implements Serializable {

  /** Whether it was issued (and so never changes). */
  public boolean isIssued() {
    return Report.Status.ISSUED.name().equals(status);
  }
}
