package vn.khoidn.portal.application.report;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.khoidn.reporting.review.Narratives;

/**
 * A report as the page shows it.
 *
 * @param id the report
 * @param version its version, for saving without losing someone else's change
 * @param status DRAFT or ISSUED
 * @param organizationCode the issuing organization
 * @param organizationName its name
 * @param periodCode the period's code
 * @param periodLabel the period in words, e.g. "Sơ kết 01 năm Nghị quyết 04-NQ/ĐUK"
 * @param number the document's number
 * @param date the document's date
 * @param sections staff's text of each narrative section
 * @param issued the issued versions for the same organization and period, newest first
 * @param changedSinceIssued whether the figures now differ from the latest issued version
 * @param changes each figure that differs, e.g. "Kết nạp đảng viên: 95 → 100"
 */
public record ReportView(
    long id,
    long version,
    String status,
    String organizationCode,
    String organizationName,
    String periodCode,
    String periodLabel,
    String number,
    LocalDate date,
    Map<Narratives.Section, String> sections,
    List<Issued> issued,
    boolean changedSinceIssued,
    List<String> changes)
    implements Serializable {

  /** Copies the changes. */
  public ReportView {
    changes = List.copyOf(changes);
  }

  /**
   * An issued version.
   *
   * @param id the report
   * @param number its number
   * @param date its date
   * @param issuedAt when it was issued
   * @param issuedBy who issued it
   */
  public record Issued(long id, String number, LocalDate date, Instant issuedAt, String issuedBy)
      implements Serializable {}
}
