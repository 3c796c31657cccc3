package vn.khoidn.domain.submission;

/**
 * Where an organization's form stands in a round: not started → draft → submitted → accepted, or
 * returned with a comment and submitted again.
 */
public enum FormStatus {
  /** Nobody has saved anything yet. */
  NOT_STARTED("Chưa nhập"),
  /** Saved but not submitted. */
  DRAFT("Bản nháp"),
  /** Submitted for review. */
  SUBMITTED("Đã gửi"),
  /** Sent back by staff with a comment; the reporter corrects and submits again. */
  RETURNED("Bị trả lại"),
  /** Accepted by staff: the figures count in roll-ups and are locked. */
  ACCEPTED("Đã duyệt");

  private final String vietnameseLabel;

  FormStatus(String vietnameseLabel) {
    this.vietnameseLabel = vietnameseLabel;
  }

  /** The Vietnamese name of the status. */
  public String vietnameseLabel() {
    return vietnameseLabel;
  }

  /** Whether the reporting organization may still change the figures (deadline permitting). */
  public boolean isEditableByReporter() {
    return this == NOT_STARTED || this == DRAFT || this == RETURNED;
  }

  /** Whether staff may accept or return the form. */
  public boolean isUnderReview() {
    return this == SUBMITTED;
  }

  /**
   * The status after a reporter saves a draft.
   *
   * @return {@link #DRAFT}, or {@link #RETURNED} while a returned form is being corrected
   * @throws IllegalStateException with a Vietnamese message if the form may not be changed
   */
  public FormStatus afterSave() {
    requireEditable();
    return this == RETURNED ? RETURNED : DRAFT;
  }

  /**
   * The status after a reporter submits.
   *
   * @return {@link #SUBMITTED}
   * @throws IllegalStateException with a Vietnamese message if the form may not be submitted
   */
  public FormStatus afterSubmit() {
    requireEditable();
    return SUBMITTED;
  }

  /**
   * The status after staff return the form.
   *
   * @return {@link #RETURNED}
   * @throws IllegalStateException with a Vietnamese message unless the form is submitted
   */
  public FormStatus afterReturn() {
    requireUnderReview("trả lại");
    return RETURNED;
  }

  /**
   * The status after staff accept the form.
   *
   * @return {@link #ACCEPTED}
   * @throws IllegalStateException with a Vietnamese message unless the form is submitted
   */
  public FormStatus afterAccept() {
    requireUnderReview("duyệt");
    return ACCEPTED;
  }

  private void requireEditable() {
    if (!isEditableByReporter()) {
      throw new IllegalStateException(
          "Biểu mẫu đang ở trạng thái \"" + vietnameseLabel + "\": không thể sửa số liệu.");
    }
  }

  private void requireUnderReview(String action) {
    if (!isUnderReview()) {
      throw new IllegalStateException(
          "Chỉ "
              + action
              + " được biểu mẫu đã gửi; biểu mẫu này đang ở trạng thái \""
              + vietnameseLabel
              + "\".");
    }
  }
}
