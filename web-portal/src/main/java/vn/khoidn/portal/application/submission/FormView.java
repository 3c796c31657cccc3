package vn.khoidn.portal.application.submission;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import vn.khoidn.domain.submission.FormStatus;

/**
 * A form as the page shows it to one user: what it is, where it stands, what the user may do with
 * it.
 *
 * @param formId the form's id
 * @param version the version the page must send back when saving
 * @param roundTitle the round's title
 * @param periodCode the period
 * @param deadline the last day the organization may change the form (the deadline or an exception)
 * @param daysLeft days until then; negative when overdue
 * @param organizationCode the reporting organization's code
 * @param organizationName its name
 * @param status the status
 * @param returnComment the staff's comment when the form was returned, or null
 * @param changesSinceAccepted corrections made by staff after acceptance
 * @param canEdit whether this user may change the figures now
 * @param canSubmit whether this user may submit it now
 * @param canReview whether this user may accept or return it
 * @param canCorrect whether this user may correct accepted figures
 * @param blocks one block per organization whose figures the form holds
 */
public record FormView(
    long formId,
    long version,
    String roundTitle,
    String periodCode,
    LocalDate deadline,
    long daysLeft,
    String organizationCode,
    String organizationName,
    FormStatus status,
    String returnComment,
    int changesSinceAccepted,
    boolean canEdit,
    boolean canSubmit,
    boolean canReview,
    boolean canCorrect,
    List<Block> blocks)
    implements Serializable {

  /** Copies the blocks. */
  public FormView {
    blocks = List.copyOf(blocks);
  }

  /**
   * The figures of one organization on the form.
   *
   * @param organizationCode its code
   * @param organizationName its name
   * @param subordinateCell whether it is a subordinate cell of the form's committee
   * @param editable whether this user may change them now
   * @param lastSavedBy who last changed one of its figures, or null
   * @param lastSavedAt when, or null
   * @param rows one row per indicator of the round
   */
  public record Block(
      String organizationCode,
      String organizationName,
      boolean subordinateCell,
      boolean editable,
      String lastSavedBy,
      java.time.Instant lastSavedAt,
      List<Row> rows)
      implements Serializable {

    /** Copies the rows. */
    public Block {
      rows = List.copyOf(rows);
    }
  }

  /**
   * One indicator in a block.
   *
   * @param indicatorCode the code
   * @param label the Vietnamese label
   * @param bySector whether it breaks down by sector
   * @param plan the organization's target for the period, or null
   * @param acceptedValue the accepted total, or null
   */
  public record Row(
      String indicatorCode, String label, boolean bySector, Long plan, String acceptedValue)
      implements Serializable {}
}
