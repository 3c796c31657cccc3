package vn.khoidn.portal.application.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import vn.khoidn.domain.period.CalendarPeriod;
import vn.khoidn.domain.period.Period;
import vn.khoidn.domain.period.Resolution;
import vn.khoidn.domain.period.ReviewPeriod;
import vn.khoidn.portal.application.InvalidInputException;
import vn.khoidn.portal.application.submission.ConcurrentEditException;
import vn.khoidn.reporting.review.Narratives;

/**
 * A report of an organization for a period: a draft staff edit, or an issued report frozen with the
 * files and the figures it was issued from. Its rules live here: only a draft changes, and only at
 * the version it was read at; a draft is issued once it has a number; an issued report never
 * changes; "changed since issued" compares the figures it was issued from with today's.
 */
public final class Report {

  /** Where a report stands. */
  public enum Status {
    /** Being written; its figures are live. */
    DRAFT,
    /** Issued; its files never change. */
    ISSUED
  }

  /**
   * What a report was issued as.
   *
   * @param at when it was issued
   * @param by who issued it
   * @param text its text
   * @param docx the DOCX
   * @param pdf the PDF
   * @param xlsx the annex
   * @param inputs the figures it was issued from, one {@code label<TAB>value} a line, or null for a
   *     report issued before they were kept
   * @param inputsHash the SHA-256 of {@code inputs} as stored, or null
   */
  public record Issue(
      Instant at,
      String by,
      String text,
      byte[] docx,
      byte[] pdf,
      byte[] xlsx,
      String inputs,
      String inputsHash) {}

  /** The longest text of one narrative section. */
  public static final int MAX_SECTION = 20_000;

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy", Locale.forLanguageTag("vi-VN"));

  private final Long id;
  private final long version;
  private final long organizationId;
  private final String periodCode;
  private final Resolution resolution;
  private final Integer reviewYears;
  private Status status;
  private String number;
  private LocalDate date;
  private final EnumMap<Narratives.Section, String> sections =
      new EnumMap<>(Narratives.Section.class);
  private String updatedBy;
  private Instant updatedAt;
  private Issue issue;

  /**
   * A report as stored; adapters make it from their rows.
   *
   * @param id its id, or null if not stored yet
   * @param version its version
   * @param organizationId the issuing organization
   * @param periodCode the period's code
   * @param resolution the resolution it reviews, or null for a calendar period
   * @param reviewYears the years it reviews, or null
   * @param status where it stands
   * @param number the document's number, empty until staff give one
   * @param date the document's date
   * @param sections staff's text of each narrative section (missing or null: empty)
   * @param updatedBy who saved it last, or null
   * @param updatedAt when, or null
   * @param issue what it was issued as, or null for a draft
   */
  public Report(
      Long id,
      long version,
      long organizationId,
      String periodCode,
      Resolution resolution,
      Integer reviewYears,
      Status status,
      String number,
      LocalDate date,
      Map<Narratives.Section, String> sections,
      String updatedBy,
      Instant updatedAt,
      Issue issue) {
    this.id = id;
    this.version = version;
    this.organizationId = organizationId;
    this.periodCode = Objects.requireNonNull(periodCode, "periodCode");
    this.resolution = resolution;
    this.reviewYears = reviewYears;
    this.status = Objects.requireNonNull(status, "status");
    this.number = number == null ? "" : number;
    this.date = date;
    for (Narratives.Section s : Narratives.Section.values()) {
      String text = sections.get(s);
      this.sections.put(s, text == null ? "" : text);
    }
    this.updatedBy = updatedBy;
    this.updatedAt = updatedAt;
    this.issue = issue;
    if (status == Status.ISSUED && issue == null) {
      throw new IllegalArgumentException("An issued report has its issue.");
    }
  }

  /**
   * A new draft, not stored yet, without a number.
   *
   * @param organizationId the issuing organization
   * @param period the period it reports on
   * @param sections its narratives to start from
   * @param date the document's date
   * @param by who made it
   * @param at when
   * @return the draft
   */
  public static Report draft(
      long organizationId,
      Period period,
      Map<Narratives.Section, String> sections,
      LocalDate date,
      String by,
      Instant at) {
    ReviewPeriod review = period instanceof ReviewPeriod rp ? rp : null;
    return new Report(
        null,
        0,
        organizationId,
        period.code(),
        review == null ? null : review.resolution(),
        review == null ? null : review.years(),
        Status.DRAFT,
        "",
        date,
        sections,
        by,
        at,
        null);
  }

  /**
   * The sections of stored text in the order of {@link Narratives.Section}, empty where null.
   *
   * @param texts one text per section, by ordinal
   * @return the sections
   */
  public static Map<Narratives.Section, String> sectionsOf(String... texts) {
    Map<Narratives.Section, String> map = new EnumMap<>(Narratives.Section.class);
    for (Narratives.Section s : Narratives.Section.values()) {
      String t = s.ordinal() < texts.length ? texts[s.ordinal()] : null;
      map.put(s, t == null ? "" : t);
    }
    return map;
  }

  /**
   * Refuses anything but a draft at the version it was read at.
   *
   * @param readVersion the version the user read
   * @param zone the zone to say when the other save was
   * @throws InvalidInputException if the report is issued
   * @throws ConcurrentEditException if someone saved it since
   */
  public void requireDraftAt(long readVersion, ZoneId zone) {
    requireDraft();
    if (version != readVersion) {
      throw conflict(zone);
    }
  }

  /**
   * Changes staff's text on a draft, after checking it.
   *
   * @param newNumber the document's number, 1-6 digits
   * @param newDate the document's date
   * @param texts the sections by name ({@link Narratives.Section}); missing ones become empty
   * @param by who saved
   * @param at when
   * @throws InvalidInputException if the report is issued or the text is refused
   */
  public void edit(
      String newNumber, LocalDate newDate, Map<String, String> texts, String by, Instant at) {
    requireDraft();
    String n = newNumber == null ? "" : newNumber.strip();
    if (!n.matches("[0-9]{1,6}")) {
      throw new InvalidInputException("REPORT_NUMBER", "Số văn bản gồm 1-6 chữ số, ví dụ 25.");
    }
    if (newDate == null) {
      throw new InvalidInputException("REPORT_DATE", "Ngày ban hành là bắt buộc.");
    }
    EnumMap<Narratives.Section, String> checked = new EnumMap<>(Narratives.Section.class);
    for (Narratives.Section s : Narratives.Section.values()) {
      String text = texts.getOrDefault(s.name(), "");
      text = text == null ? "" : text;
      if (text.length() > MAX_SECTION) {
        throw new InvalidInputException(
            "REPORT_SECTION_TOO_LONG", "Mỗi phần của báo cáo dài tối đa 20.000 ký tự.");
      }
      checked.put(s, text);
    }
    sections.putAll(checked);
    number = n;
    date = newDate;
    updatedBy = by;
    updatedAt = at;
  }

  /**
   * Refuses to issue a report that is not a draft with a number.
   *
   * @throws InvalidInputException if it cannot be issued
   */
  public void requireIssuable() {
    requireDraft();
    if (number.isEmpty()) {
      throw new InvalidInputException(
          "REPORT_NUMBER_MISSING", "Hãy điền số văn bản và lưu dự thảo trước khi ban hành.");
    }
  }

  /**
   * Issues the draft: its files and the figures it states are kept as they are, for ever.
   *
   * @param text its text
   * @param docx the DOCX
   * @param pdf the PDF
   * @param xlsx the annex
   * @param inputs the labelled figures it is issued from
   * @param by who issued it
   * @param at when
   */
  public void issue(
      String text,
      byte[] docx,
      byte[] pdf,
      byte[] xlsx,
      Map<String, String> inputs,
      String by,
      Instant at) {
    requireIssuable();
    String stored = IssuedInputs.text(inputs);
    issue = new Issue(at, by, text, docx, pdf, xlsx, stored, IssuedInputs.hash(stored));
    status = Status.ISSUED;
    updatedBy = by;
    updatedAt = at;
  }

  /**
   * Whether it was issued with the figures it states (every report issued since they were kept).
   *
   * @return true if {@link #changesSince(Map)} applies, false for a draft or an older report
   */
  public boolean keepsInputs() {
    return issue != null && issue.inputs() != null;
  }

  /**
   * What changed in the figures since it was issued: its stored figures against today's, and
   * whether the stored figures still match their hash.
   *
   * @param today today's labelled figures
   * @return one line per change, empty if none
   */
  public List<String> changesSince(Map<String, String> today) {
    if (!keepsInputs()) {
      throw new IllegalStateException("Report " + id + " kept no inputs.");
    }
    List<String> changes = new ArrayList<>();
    if (!IssuedInputs.hash(issue.inputs()).equals(issue.inputsHash())) {
      changes.add("Bản lưu số liệu lúc ban hành không khớp mã kiểm tra của nó.");
    }
    changes.addAll(IssuedInputs.differences(IssuedInputs.parse(issue.inputs()), today));
    return changes;
  }

  /**
   * What changed since an issued report that kept no figures: the figure paragraph of its text
   * against that of the same report written today.
   *
   * @param todaysText the report's text written from today's figures
   * @return one line if the figures differ, empty if not
   */
  public List<String> changesInTextSince(String todaysText) {
    if (issue == null) {
      throw new IllegalStateException("Report " + id + " is not issued.");
    }
    return figuresOf(issue.text()).equals(figuresOf(todaysText))
        ? List.of()
        : List.of("Số liệu trong văn bản khác số liệu hôm nay.");
  }

  /** The figure paragraph of a report's text (section 1.2), to see whether the figures moved. */
  static String figuresOf(String text) {
    int start = text.indexOf("Trong ");
    int end = text.indexOf('\n', Math.max(start, 0));
    return start < 0 ? text : text.substring(start, end < 0 ? text.length() : end);
  }

  /** The period it reports on. */
  public Period period() {
    if (resolution != null) {
      return resolution.review(reviewYears);
    }
    return CalendarPeriod.parse(periodCode);
  }

  /** The sections as the report writer takes them. */
  public Narratives narratives() {
    return new Narratives(sections);
  }

  /**
   * The refusal to save over someone else's save.
   *
   * @param zone the zone to say when
   * @return the exception, naming who saved the report last and when
   */
  public ConcurrentEditException conflict(ZoneId zone) {
    return new ConcurrentEditException(conflictMessage(updatedBy, updatedAt, zone));
  }

  /**
   * The message of a refused save.
   *
   * @param by who saved last, or null if not known
   * @param at when, or null
   * @param zone the zone to say when (unused if {@code at} is null)
   * @return the message
   */
  public static String conflictMessage(String by, Instant at, ZoneId zone) {
    String who = by == null ? "người khác" : by;
    String when = at == null ? "" : " lúc " + TIME.withZone(zone).format(at);
    return "Dự thảo vừa được "
        + who
        + " lưu"
        + when
        + ". Những gì bạn nhập vẫn còn trên trang: hãy mở lại dự thảo để xem bản đã lưu, rồi nhập"
        + " lại phần thay đổi.";
  }

  private void requireDraft() {
    if (status != Status.DRAFT) {
      throw new InvalidInputException(
          "REPORT_ISSUED",
          "Báo cáo số " + number + " đã ban hành; không sửa được báo cáo đã ban hành.");
    }
  }

  /** Its id, or null if not stored yet. */
  public Long id() {
    return id;
  }

  /** Its version, for saving without losing someone else's change. */
  public long version() {
    return version;
  }

  /** The issuing organization. */
  public long organizationId() {
    return organizationId;
  }

  /** The period's code. */
  public String periodCode() {
    return periodCode;
  }

  /** The resolution it reviews, or null. */
  public Resolution resolution() {
    return resolution;
  }

  /** The years it reviews, or null. */
  public Integer reviewYears() {
    return reviewYears;
  }

  /** Where it stands. */
  public Status status() {
    return status;
  }

  /** Whether it is issued. */
  public boolean isIssued() {
    return status == Status.ISSUED;
  }

  /** The document's number, empty until staff give one. */
  public String number() {
    return number;
  }

  /** The document's date. */
  public LocalDate date() {
    return date;
  }

  /** Staff's text of each narrative section, empty where they wrote nothing. */
  public Map<Narratives.Section, String> sections() {
    return Collections.unmodifiableMap(sections);
  }

  /** Who saved it last, or null. */
  public String updatedBy() {
    return updatedBy;
  }

  /** When it was saved last, or null. */
  public Instant updatedAt() {
    return updatedAt;
  }

  /** What it was issued as, or null for a draft. */
  public Issue issued() {
    return issue;
  }
}
