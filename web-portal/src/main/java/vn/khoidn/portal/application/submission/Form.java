package vn.khoidn.portal.application.submission;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import vn.khoidn.domain.format.VietnameseFormat;
import vn.khoidn.domain.submission.Deadline;
import vn.khoidn.domain.submission.FormStatus;
import vn.khoidn.portal.application.account.AccessDeniedException;

/**
 * One organization's form in one round, and its status machine: not started → draft → submitted →
 * accepted, or returned with a comment and submitted again; corrections by staff after acceptance.
 * Who may take which step is decided here, from an {@link Editor}; each refused step is a {@link
 * WorkflowException} (or an {@link AccessDeniedException} for the wrong role) with a Vietnamese
 * message, and changes nothing. Each step returns the changes the audit trail records. Plain Java:
 * stored through {@link FormRepository}.
 */
public final class Form {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy", Locale.forLanguageTag("vi-VN"));

  /**
   * Who acts on the form, as its rules need them.
   *
   * @param username the login name
   * @param reporter whether they are a reporter
   * @param staff whether they are staff (or an administrator)
   * @param wholeForm whether the form's organization lies in their subtree (not a cell under it)
   */
  public record Editor(String username, boolean reporter, boolean staff, boolean wholeForm) {

    /** Staff working on the form's organization. */
    public boolean staffOver() {
      return staff && wholeForm;
    }
  }

  /**
   * A change for the audit trail.
   *
   * @param subject what, e.g. {@code STATUS}
   * @param oldValue before, or null
   * @param newValue after, or null
   */
  public record Change(String subject, String oldValue, String newValue) {}

  /**
   * The narratives typed on a form.
   *
   * @param results the results
   * @param difficulties the difficulties
   * @param proposals the proposals
   */
  public record Narratives(String results, String difficulties, String proposals) {}

  private final long id;
  private final long version;
  private final Round round;
  private final long organizationId;
  private final String organizationCode;
  private final String organizationName;
  private FormStatus status;
  private Narratives narratives;
  private String returnComment;
  private Instant submittedAt;
  private Instant firstSubmittedAt;
  private Instant acceptedAt;
  private String acceptedBy;
  private LocalDate deadlineException;
  private int changesSinceAccepted;
  private Instant updatedAt;
  private String updatedBy;

  /**
   * A form as stored.
   *
   * @param id its id
   * @param version its stored version
   * @param round its round
   * @param organizationId the reporting organization's id
   * @param organizationCode its code
   * @param organizationName its name
   * @param status the status
   * @param narratives the narratives
   * @param returnComment the staff's last return comment, or null
   * @param submittedAt the last submission, or null
   * @param firstSubmittedAt the first submission, or null
   * @param acceptedAt the acceptance, or null
   * @param acceptedBy who accepted it, or null
   * @param deadlineException a later last day granted, or null
   * @param changesSinceAccepted corrections after acceptance
   * @param updatedAt the last change, or null
   * @param updatedBy who made it, or null
   */
  public Form(
      long id,
      long version,
      Round round,
      long organizationId,
      String organizationCode,
      String organizationName,
      FormStatus status,
      Narratives narratives,
      String returnComment,
      Instant submittedAt,
      Instant firstSubmittedAt,
      Instant acceptedAt,
      String acceptedBy,
      LocalDate deadlineException,
      int changesSinceAccepted,
      Instant updatedAt,
      String updatedBy) {
    this.id = id;
    this.version = version;
    this.round = Objects.requireNonNull(round);
    this.organizationId = organizationId;
    this.organizationCode = organizationCode;
    this.organizationName = organizationName;
    this.status = Objects.requireNonNull(status);
    this.narratives = narratives == null ? new Narratives(null, null, null) : narratives;
    this.returnComment = returnComment;
    this.submittedAt = submittedAt;
    this.firstSubmittedAt = firstSubmittedAt;
    this.acceptedAt = acceptedAt;
    this.acceptedBy = acceptedBy;
    this.deadlineException = deadlineException;
    this.changesSinceAccepted = changesSinceAccepted;
    this.updatedAt = updatedAt;
    this.updatedBy = updatedBy;
  }

  /**
   * A new form, not started, before it is stored.
   *
   * @param id its id
   * @param round its round
   * @param organizationId the organization expected to report
   * @param organizationCode its code
   * @param organizationName its name
   * @return the form at version 0
   */
  public static Form notStarted(
      long id, Round round, long organizationId, String organizationCode, String organizationName) {
    return new Form(
        id,
        0,
        round,
        organizationId,
        organizationCode,
        organizationName,
        FormStatus.NOT_STARTED,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        0,
        null,
        null);
  }

  /**
   * Whether a roll-up may count the figures of a form in this status.
   *
   * @param status the status
   * @return true when submitted or accepted (a returned form counts as missing)
   */
  public static boolean counts(FormStatus status) {
    return status == FormStatus.SUBMITTED || status == FormStatus.ACCEPTED;
  }

  /**
   * Refuses a page that loaded another version of the form.
   *
   * @param expectedVersion the version the page loaded
   * @param zone the zone the time of the last change is told in
   * @throws ConcurrentEditException naming who saved it and when
   */
  public void requireVersion(long expectedVersion, ZoneId zone) {
    if (version != expectedVersion) {
      String who = updatedBy == null ? "người khác" : updatedBy;
      String when = updatedAt == null ? "" : " lúc " + TIME.withZone(zone).format(updatedAt);
      throw new ConcurrentEditException(
          "Biểu mẫu vừa được "
              + who
              + " lưu"
              + when
              + ". Những gì bạn nhập vẫn còn trên trang: hãy bấm \"Tải bản mới\" để xem bản đã lưu,"
              + " rồi nhập lại phần thay đổi.");
    }
  }

  /**
   * Refuses a draft save or a submission the editor may not make now: only a reporter, only while
   * the form is editable and its deadline open, and only the organization itself submits (a cell
   * under it saves its own block).
   *
   * @param editor who
   * @param submit whether it is a submission
   * @param today the day, by the portal's clock
   * @return the status the form will have
   */
  public FormStatus checkSave(Editor editor, boolean submit, LocalDate today) {
    requireReporter(editor);
    FormStatus next = transition(submit ? Step.SUBMIT : Step.SAVE);
    Deadline deadline = deadline();
    if (!deadline.isOpenOn(today)) {
      throw new WorkflowException(
          "Đã quá hạn nộp ("
              + VietnameseFormat.date(deadline.lastDay())
              + "): biểu mẫu chỉ còn xem được. Liên hệ Ban Tổ chức nếu cần gia hạn.");
    }
    if (submit && !editor.wholeForm()) {
      throw new AccessDeniedException(
          "Chỉ tổ chức cơ sở đảng gửi biểu mẫu; chi bộ trực thuộc chỉ nhập số liệu của mình.");
    }
    return next;
  }

  /**
   * Saves a draft or submits, after {@link #checkSave} and the figures were stored: the narratives
   * (when the editor holds the whole form), the status, the submission's time (the first one is
   * kept).
   *
   * @param editor who
   * @param submit whether it is a submission
   * @param typed the narratives typed
   * @param today the day
   * @param now the instant
   * @return the changes for the audit trail
   */
  public List<Change> save(
      Editor editor, boolean submit, Narratives typed, LocalDate today, Instant now) {
    FormStatus next = checkSave(editor, submit, today);
    List<Change> changes = new ArrayList<>();
    if (editor.wholeForm()) {
      changedText(changes, "NARRATIVE/results", narratives.results(), typed.results());
      changedText(
          changes, "NARRATIVE/difficulties", narratives.difficulties(), typed.difficulties());
      changedText(changes, "NARRATIVE/proposals", narratives.proposals(), typed.proposals());
      narratives = typed;
    }
    if (next != status) {
      changes.add(new Change("STATUS", status.name(), next.name()));
      status = next;
    }
    if (submit) {
      submittedAt = now;
      if (firstSubmittedAt == null) {
        firstSubmittedAt = now;
      }
    }
    touch(editor, now);
    return changes;
  }

  /**
   * Refuses a return the editor may not make: only staff over the form, with a comment, of a
   * submitted form.
   *
   * @param editor who
   * @param comment why
   */
  public void checkReturn(Editor editor, String comment) {
    requireStaff(editor);
    if (comment == null || comment.isBlank()) {
      throw new WorkflowException("Vui lòng ghi lý do trả lại để đơn vị biết cần sửa gì.");
    }
    transition(Step.RETURN);
  }

  /**
   * Staff return the submitted form with a comment the reporter sees on it.
   *
   * @param editor who
   * @param comment why
   * @param now the instant
   * @return the changes for the audit trail
   */
  public List<Change> returnWith(Editor editor, String comment, Instant now) {
    checkReturn(editor, comment);
    FormStatus next = transition(Step.RETURN);
    List<Change> changes = new ArrayList<>();
    changes.add(new Change("STATUS", status.name(), next.name()));
    changes.add(new Change("COMMENT", returnComment, comment.strip()));
    status = next;
    returnComment = comment.strip();
    touch(editor, now);
    return changes;
  }

  /**
   * Staff accept the submitted form: its figures count in roll-ups and are locked.
   *
   * @param editor who
   * @param now the instant
   * @return the changes for the audit trail
   */
  public List<Change> accept(Editor editor, Instant now) {
    requireStaff(editor);
    FormStatus next = transition(Step.ACCEPT);
    List<Change> changes = List.of(new Change("STATUS", status.name(), next.name()));
    status = next;
    acceptedAt = now;
    acceptedBy = editor.username();
    touch(editor, now);
    return changes;
  }

  /**
   * Refuses a correction the editor may not make: only staff over the form, only once accepted.
   *
   * @param editor who
   */
  public void checkCorrection(Editor editor) {
    requireStaff(editor);
    if (status != FormStatus.ACCEPTED) {
      throw new WorkflowException("Chỉ sửa theo cách này với biểu mẫu đã duyệt.");
    }
  }

  /**
   * Staff corrected figures of the accepted form; each changed figure counts as a change since
   * acceptance.
   *
   * @param editor who
   * @param changedFigures how many figures changed
   * @param now the instant
   */
  public void corrected(Editor editor, int changedFigures, Instant now) {
    checkCorrection(editor);
    changesSinceAccepted += changedFigures;
    touch(editor, now);
  }

  /**
   * Staff let the organization change its form after the deadline, until a later day.
   *
   * @param editor who
   * @param until the new last day
   * @param today the day
   * @param now the instant
   * @return the changes for the audit trail
   */
  public List<Change> grantException(Editor editor, LocalDate until, LocalDate today, Instant now) {
    requireStaff(editor);
    if (until == null || until.isBefore(today)) {
      throw new WorkflowException("Ngày gia hạn phải từ hôm nay trở đi.");
    }
    List<Change> changes =
        List.of(
            new Change(
                "DEADLINE_EXCEPTION", Objects.toString(deadlineException, null), until.toString()));
    deadlineException = until;
    touch(editor, now);
    return changes;
  }

  /**
   * Whether the editor may change figures now: a reporter, an editable status, the deadline open.
   *
   * @param editor who
   * @param today the day
   * @return true if the form is open to them
   */
  public boolean isOpenTo(Editor editor, LocalDate today) {
    return deadline().isOpenOn(today) && status.isEditableByReporter() && editor.reporter();
  }

  /** The round's deadline with this organization's exception. */
  public Deadline deadline() {
    return new Deadline(round.deadline(), deadlineException);
  }

  private enum Step {
    SAVE,
    SUBMIT,
    RETURN,
    ACCEPT
  }

  private FormStatus transition(Step step) {
    try {
      switch (step) {
        case SAVE:
          return status.afterSave();
        case SUBMIT:
          return status.afterSubmit();
        case RETURN:
          return status.afterReturn();
        default:
          return status.afterAccept();
      }
    } catch (IllegalStateException e) {
      throw new WorkflowException(e.getMessage());
    }
  }

  private static void requireReporter(Editor editor) {
    if (!editor.reporter()) {
      throw new AccessDeniedException("Chỉ cán bộ báo cáo của tổ chức mới nhập và gửi biểu mẫu.");
    }
  }

  private static void requireStaff(Editor editor) {
    if (!editor.staffOver()) {
      throw new AccessDeniedException(
          "Chỉ Ban Tổ chức phụ trách tổ chức này mới được thực hiện thao tác này.");
    }
  }

  private void touch(Editor editor, Instant now) {
    updatedAt = now;
    updatedBy = editor.username();
  }

  private static void changedText(List<Change> changes, String subject, String old, String typed) {
    if (!Objects.equals(blankToNull(old), blankToNull(typed))) {
      changes.add(new Change(subject, old, typed));
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  /** The id. */
  public long id() {
    return id;
  }

  /** The stored version this state was read at. */
  public long version() {
    return version;
  }

  /** The round. */
  public Round round() {
    return round;
  }

  /** The reporting organization's id. */
  public long organizationId() {
    return organizationId;
  }

  /** The reporting organization's code. */
  public String organizationCode() {
    return organizationCode;
  }

  /** The reporting organization's name. */
  public String organizationName() {
    return organizationName;
  }

  /** The status. */
  public FormStatus status() {
    return status;
  }

  /** The narratives. */
  public Narratives narratives() {
    return narratives;
  }

  /** The staff's last return comment, or null. */
  public String returnComment() {
    return returnComment;
  }

  /** The last submission, or null. */
  public Instant submittedAt() {
    return submittedAt;
  }

  /** The first submission, by which "on time" is judged, or null. */
  public Instant firstSubmittedAt() {
    return firstSubmittedAt;
  }

  /** The acceptance, or null. */
  public Instant acceptedAt() {
    return acceptedAt;
  }

  /** Who accepted it, or null. */
  public String acceptedBy() {
    return acceptedBy;
  }

  /** The later last day granted, or null. */
  public LocalDate deadlineException() {
    return deadlineException;
  }

  /** Corrections by staff after acceptance. */
  public int changesSinceAccepted() {
    return changesSinceAccepted;
  }

  /** The last change, or null. */
  public Instant updatedAt() {
    return updatedAt;
  }

  /** Who made the last change, or null. */
  public String updatedBy() {
    return updatedBy;
  }
}
