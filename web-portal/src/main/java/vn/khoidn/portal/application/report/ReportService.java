package vn.khoidn.portal.application.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.khoidn.domain.organization.OrganizationKind;
import vn.khoidn.domain.period.CalendarPeriod;
import vn.khoidn.domain.period.Period;
import vn.khoidn.domain.period.Resolution;
import vn.khoidn.domain.period.ReviewPeriod;
import vn.khoidn.portal.application.account.AccessDeniedException;
import vn.khoidn.portal.application.account.AccessPolicy;
import vn.khoidn.portal.application.account.Actor;
import vn.khoidn.portal.application.account.Role;
import vn.khoidn.portal.application.organization.OrganizationRow;
import vn.khoidn.portal.application.rollup.ReportData;
import vn.khoidn.portal.application.rollup.RollupService;
import vn.khoidn.portal.application.submission.ConcurrentEditException;
import vn.khoidn.portal.application.time.PortalClock;
import vn.khoidn.portal.infrastructure.persistence.jpa.JpaOrganizationRepository;
import vn.khoidn.portal.infrastructure.persistence.jpa.JpaReportRepository;
import vn.khoidn.portal.infrastructure.persistence.jpa.OrganizationEntity;
import vn.khoidn.portal.infrastructure.persistence.jpa.ReportEntity;
import vn.khoidn.portal.infrastructure.persistence.jpa.ReportSettingEntity;
import vn.khoidn.portal.infrastructure.persistence.jpa.ResolutionEntity;
import vn.khoidn.portal.infrastructure.persistence.jpa.SentenceTemplateEntity;
import vn.khoidn.reporting.document.DocxRenderer;
import vn.khoidn.reporting.document.HouseStyle;
import vn.khoidn.reporting.document.PdfRenderer;
import vn.khoidn.reporting.model.ReportDocument;
import vn.khoidn.reporting.review.IssuerSettings;
import vn.khoidn.reporting.review.Narratives;
import vn.khoidn.reporting.review.PeriodText;
import vn.khoidn.reporting.review.ReviewReportWriter;
import vn.khoidn.reporting.text.SentenceTemplates;
import vn.khoidn.reporting.xlsx.AnnexSheet;

/**
 * Writes the official report from live data. Staff and the standing committee of an organization
 * read its reports; staff write the narratives, reword sentences, change the issuing body's
 * settings and issue. An issued report keeps its files for ever; a later change to the figures is
 * seen in a new draft, never in the issued report.
 */
@ApplicationScoped
public class ReportService {

  /** The settings of the issuing body, in the order the page shows them. */
  public static final List<String> SETTINGS =
      List.of(
          "superior_body",
          "issuing_body",
          "issuer",
          "committee",
          "scope",
          "symbol",
          "place",
          "on_behalf_of",
          "signer_position",
          "signer_name",
          "recipients");

  private static final Map<String, String> DEFAULTS =
      Map.ofEntries(
          Map.entry("superior_body", "ĐẢNG BỘ TỈNH"),
          Map.entry("issuing_body", "ĐẢNG ỦY KHỐI DOANH NGHIỆP"),
          Map.entry("issuer", "Đảng ủy Khối"),
          Map.entry("committee", "Đảng bộ Khối Doanh nghiệp tỉnh"),
          Map.entry("scope", "Đảng bộ Khối"),
          Map.entry("symbol", "BC/ĐUK"),
          Map.entry("place", "Tỉnh"),
          Map.entry("on_behalf_of", "T/M BAN THƯỜNG VỤ"),
          Map.entry("signer_position", "BÍ THƯ"),
          Map.entry("signer_name", "…"),
          Map.entry("recipients", "- Như trên,\n- Lưu VP."));

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy", java.util.Locale.forLanguageTag("vi-VN"));

  @Inject private JpaReportRepository reports;
  @Inject private JpaOrganizationRepository organizations;
  @Inject private AccessPolicy access;
  @Inject private RollupService rollups;
  @Inject private PortalClock today;

  /** The issuing body's settings, with the defaults for those never set. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<String, String> settings() {
    Map<String, String> values = new LinkedHashMap<>();
    SETTINGS.forEach(k -> values.put(k, DEFAULTS.get(k)));
    reports.settings().forEach(s -> values.put(s.getName(), s.getValue()));
    return values;
  }

  /**
   * Changes the issuing body's settings.
   *
   * @param username staff or administrator
   * @param values the settings by name
   */
  @Transactional
  public void saveSettings(String username, Map<String, String> values) {
    Actor actor = requireStaff(username);
    for (String key : SETTINGS) {
      String value = values.get(key);
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException("Thông tin cơ quan ban hành chưa đủ: hãy điền mọi ô.");
      }
    }
    for (String key : SETTINGS) {
      ReportSettingEntity s =
          reports.setting(key).orElseGet(() -> reports.add(new ReportSettingEntity(key)));
      s.change(values.get(key).strip(), actor.username());
    }
  }

  /**
   * The organizations a user may issue a report for: their own and those under it, except
   * subordinate cells, whose figures their committee reports.
   *
   * @param username staff or standing committee
   * @return the organizations, the user's own first
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<OrganizationRow> organizations(String username) {
    Actor actor = access.actor(username);
    if (!actor.isStaff() && !actor.roles().contains(Role.STANDING_COMMITTEE)) {
      throw new AccessDeniedException("Chỉ Ban Thường vụ và Ban Tổ chức được lập và xem báo cáo.");
    }
    OrganizationEntity top = organizations.findById(actor.organizationId());
    return organizations.subtree(top).stream()
        .filter(o -> o.getKind() != OrganizationKind.SUBORDINATE_CELL)
        .map(OrganizationRow::of)
        .toList();
  }

  /** The sentences as staff have worded them. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public SentenceTemplates templates() {
    Map<String, String> changed = new HashMap<>();
    reports.templates().forEach(t -> changed.put(t.getKey(), t.getText()));
    return SentenceTemplates.builtIn().with(changed);
  }

  /**
   * Rewords a sentence; the text is checked first.
   *
   * @param username staff or administrator
   * @param key the sentence's key
   * @param text the new wording, or blank for the built-in one
   */
  @Transactional
  public void saveTemplate(String username, String key, String text) {
    Actor actor = requireStaff(username);
    Optional<SentenceTemplateEntity> row = reports.template(key);
    if (text == null || text.isBlank() || text.equals(SentenceTemplates.builtIn(key))) {
      SentenceTemplates.check(key, SentenceTemplates.builtIn(key));
      row.ifPresent(reports::remove);
      return;
    }
    SentenceTemplates.check(key, text);
    if (row.isPresent()) {
      row.get().reword(text, actor.username());
    } else {
      // Worded before it is stored: persisting it first would write the sentence as NULL.
      SentenceTemplateEntity reworded = new SentenceTemplateEntity(key);
      reworded.reword(text, actor.username());
      reports.add(reworded);
    }
  }

  /** The resolutions a report can review, newest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Resolution> resolutions() {
    return reports.resolutions().stream().map(ResolutionEntity::toDomain).toList();
  }

  /**
   * Records a resolution.
   *
   * @param username staff or administrator
   * @param resolution the resolution
   */
  @Transactional
  public void addResolution(String username, Resolution resolution) {
    requireStaff(username);
    if (reports.resolution(resolution.number()).isPresent()) {
      throw new IllegalArgumentException("Đã có Nghị quyết " + resolution.number() + ".");
    }
    reports.add(new ResolutionEntity(resolution));
  }

  /**
   * Reads a period chosen on the page: a calendar period ("2021", "2021Q3"), or a resolution's
   * review ("04-NQ/ĐUK+1Y").
   *
   * @param code the code
   * @return the period
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Period period(String code) {
    int plus = code.lastIndexOf('+');
    if (plus < 0) {
      return CalendarPeriod.parse(code);
    }
    String number = code.substring(0, plus);
    int years = reviewYears(code);
    Resolution r =
        reports
            .resolution(number)
            .orElseThrow(() -> new IllegalArgumentException("Không có Nghị quyết " + number + "."))
            .toDomain();
    return r.review(years);
  }

  /**
   * The years of a review code such as "04-NQ/ĐUK+1Y": one or two digits and "Y", between 1 and
   * {@link vn.khoidn.domain.period.ReviewPeriod#MAX_YEARS}.
   *
   * @param code the review code
   * @return the years
   * @throws IllegalArgumentException if the code names no number of years that a review can span
   */
  public static int reviewYears(String code) {
    int plus = code.lastIndexOf('+');
    String years = plus < 0 ? "" : code.substring(plus + 1);
    if (!years.matches("[0-9]{1,2}Y")) {
      throw new IllegalArgumentException(
          "Số năm sơ kết không hợp lệ: \""
              + years
              + "\" (viết như 04-NQ/ĐUK+1Y, từ 1 đến "
              + vn.khoidn.domain.period.ReviewPeriod.MAX_YEARS
              + " năm).");
    }
    int n = Integer.parseInt(years.substring(0, years.length() - 1));
    if (n < 1 || n > vn.khoidn.domain.period.ReviewPeriod.MAX_YEARS) {
      throw new IllegalArgumentException(
          "Số năm sơ kết phải từ 1 đến "
              + vn.khoidn.domain.period.ReviewPeriod.MAX_YEARS
              + " (đã nhận "
              + n
              + ").");
    }
    return n;
  }

  /**
   * Opens the draft report of an organization for a period, making one if there is none: its
   * narratives start from the last issued version, or else from what the grassroots organizations
   * wrote on their forms.
   *
   * @param username the user
   * @param organizationCode the issuing organization
   * @param periodCode a calendar period or a review ("04-NQ/ĐUK+1Y")
   * @return the draft
   */
  @Transactional
  public ReportView open(String username, String organizationCode, String periodCode) {
    Actor actor = access.actor(username);
    OrganizationEntity org = requireReader(actor, organizationCode);
    Period period = period(periodCode);
    List<ReportEntity> existing = reports.reports(org, period.code());
    ReportEntity draft = draftIn(existing);
    if (draft == null) {
      draft = newDraft(actor, org, period, existing);
      reports.add(draft);
    }
    return view(actor, draft, existing);
  }

  /**
   * The report of an organization for a period as it stands, without making anything: its draft, or
   * else its latest issued version, or nothing. Pages opened by a link call this; a draft is made
   * only by {@link #open}, from a button.
   *
   * @param username the user
   * @param organizationCode the issuing organization
   * @param periodCode a calendar period or a review
   * @return the report, or empty if there is none yet
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<ReportView> find(String username, String organizationCode, String periodCode) {
    Actor actor = access.actor(username);
    OrganizationEntity org = requireReader(actor, organizationCode);
    Period period = period(periodCode);
    List<ReportEntity> existing = reports.reports(org, period.code());
    ReportEntity shown = draftIn(existing);
    if (shown == null && !existing.isEmpty()) {
      shown = existing.get(0);
    }
    return shown == null ? Optional.empty() : Optional.of(view(actor, shown, existing));
  }

  /**
   * A file of the current draft of an organization's report, written from today's figures; if there
   * is no draft yet, from the draft {@link #open} would make, which is not stored.
   *
   * @param username the user
   * @param organizationCode the issuing organization
   * @param periodCode a calendar period or a review
   * @param format docx, pdf or xlsx
   * @return the file
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public ReportFile draftFile(
      String username, String organizationCode, String periodCode, String format) {
    Actor actor = access.actor(username);
    OrganizationEntity org = requireReader(actor, organizationCode);
    Period period = period(periodCode);
    List<ReportEntity> existing = reports.reports(org, period.code());
    ReportEntity draft = draftIn(existing);
    return fileOf(username, draft != null ? draft : newDraft(actor, org, period, existing), format);
  }

  private static ReportEntity draftIn(List<ReportEntity> existing) {
    return existing.stream()
        .filter(r -> ReportEntity.DRAFT.equals(r.getStatus()))
        .findFirst()
        .orElse(null);
  }

  /** A new draft, not stored: its narratives from the last issued version or the forms. */
  private ReportEntity newDraft(
      Actor actor, OrganizationEntity org, Period period, List<ReportEntity> existing) {
    ReportEntity issued = existing.isEmpty() ? null : existing.get(0);
    ReportEntity draft =
        new ReportEntity(
            org,
            period.code(),
            period instanceof ReviewPeriod rp
                ? reports.resolution(rp.resolution().number()).orElseThrow()
                : null,
            period instanceof ReviewPeriod rp ? rp.years() : null,
            "",
            today.today());
    draft.edit(
        issued != null ? issued.sections() : prefill(org, period),
        "",
        today.today(),
        actor.username());
    return draft;
  }

  /**
   * Saves staff's text on a draft.
   *
   * @param username staff or administrator
   * @param id the draft
   * @param version the version it was read at
   * @param input what they typed
   * @return the draft as saved
   * @throws ConcurrentEditException if someone else saved it since
   */
  @Transactional
  public ReportView save(String username, long id, long version, ReportInput input) {
    Actor actor = requireStaff(username);
    ReportEntity r = draftAt(actor, id, version);
    String number = input.getNumber() == null ? "" : input.getNumber().strip();
    if (!number.matches("[0-9]{1,6}")) {
      throw new IllegalArgumentException("Số văn bản gồm 1-6 chữ số, ví dụ 25.");
    }
    if (input.getDate() == null) {
      throw new IllegalArgumentException("Ngày ban hành là bắt buộc.");
    }
    String[] sections = new String[Narratives.Section.values().length];
    for (Narratives.Section s : Narratives.Section.values()) {
      String text = input.getSections().getOrDefault(s.name(), "");
      if (text.length() > 20_000) {
        throw new IllegalArgumentException("Mỗi phần của báo cáo dài tối đa 20.000 ký tự.");
      }
      sections[s.ordinal()] = text;
    }
    r.edit(sections, number, input.getDate(), actor.username());
    flush(r);
    return view(actor, r, reports.reports(r.getOrganization(), r.getPeriodCode()));
  }

  /**
   * The report as a document: an issued report as it was issued, a draft from today's figures.
   *
   * @param username the user
   * @param id the report
   * @return the document
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public ReportDocument document(String username, long id) {
    Actor actor = access.actor(username);
    ReportEntity r = requireReport(id);
    requireReader(actor, r.getOrganization().getCode());
    return write(username, r);
  }

  /**
   * The text of a report as a reader reads it: the issued text of an issued report.
   *
   * @param username the user
   * @param id the report
   * @return the text
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public String text(String username, long id) {
    Actor actor = access.actor(username);
    ReportEntity r = requireReport(id);
    requireReader(actor, r.getOrganization().getCode());
    return ReportEntity.ISSUED.equals(r.getStatus())
        ? r.getIssuedText()
        : write(username, r).plainText();
  }

  /**
   * One of the report's files: an issued report's stored file, or a draft's made now.
   *
   * @param username the user
   * @param id the report
   * @param format docx, pdf or xlsx
   * @return the file
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public ReportFile file(String username, long id, String format) {
    Actor actor = access.actor(username);
    ReportEntity r = requireReport(id);
    requireReader(actor, r.getOrganization().getCode());
    return fileOf(username, r, format);
  }

  private ReportFile fileOf(String username, ReportEntity r, String format) {
    String name =
        "bao-cao-"
            + (r.getDocNumber().isEmpty() ? "du-thao" : r.getDocNumber())
            + "-"
            + r.getOrganization().getCode().toLowerCase(java.util.Locale.ROOT);
    boolean issued = ReportEntity.ISSUED.equals(r.getStatus());
    return switch (format) {
      case "docx" ->
          new ReportFile(
              name + ".docx",
              "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
              issued ? r.getIssuedDocx() : docx(write(username, r)));
      case "pdf" ->
          new ReportFile(
              name + ".pdf",
              "application/pdf",
              issued ? r.getIssuedPdf() : pdf(write(username, r)));
      case "xlsx" ->
          new ReportFile(
              name + "-phu-luc.xlsx",
              "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
              issued ? r.getIssuedXlsx() : annex(username, r));
      default ->
          throw new IllegalArgumentException(
              "Định dạng \"" + format + "\" không được hỗ trợ: chọn docx, pdf hoặc xlsx.");
    };
  }

  /**
   * Issues a draft: its files are made now and kept as they are.
   *
   * @param username staff or administrator
   * @param id the draft
   * @param version the version it was read at
   * @return the issued report
   */
  @Transactional
  public ReportView issue(String username, long id, long version) {
    Actor actor = requireStaff(username);
    ReportEntity r = draftAt(actor, id, version);
    if (r.getDocNumber().isEmpty()) {
      throw new IllegalArgumentException("Hãy điền số văn bản và lưu dự thảo trước khi ban hành.");
    }
    ReportDocument document = write(username, r);
    String inputs =
        IssuedInputs.text(
            IssuedInputs.of(
                rollups.reportData(username, r.getOrganization().getCode(), period(r))));
    r.issue(
        document.plainText(), docx(document), pdf(document), annex(username, r), actor.username());
    r.keepInputs(inputs, IssuedInputs.hash(inputs));
    flush(r);
    return view(actor, r, reports.reports(r.getOrganization(), r.getPeriodCode()));
  }

  private ReportDocument write(String username, ReportEntity r) {
    Period period = period(r);
    ReportData data = rollups.reportData(username, r.getOrganization().getCode(), period);
    Map<Narratives.Section, String> sections = sections(r);
    return new ReviewReportWriter(templates())
        .write(
            issuer(),
            period,
            r.getDocNumber().isEmpty() ? "…" : r.getDocNumber(),
            r.getDocDate(),
            data.figures(),
            new Narratives(sections));
  }

  private byte[] annex(String username, ReportEntity r) {
    Period period = period(r);
    ReportData data = rollups.reportData(username, r.getOrganization().getCode(), period);
    return new AnnexSheet(
            "Phụ lục: Kết quả phát triển đảng viên, tổ chức đảng "
                + PeriodText.of(period)
                + " (kèm theo Báo cáo số "
                + (r.getDocNumber().isEmpty() ? "…" : r.getDocNumber())
                + "-"
                + settings().get("symbol")
                + ")",
            data.annex())
        .toXlsx();
  }

  private static byte[] docx(ReportDocument d) {
    return new DocxRenderer(HouseStyle.partyDocument2018()).render(d);
  }

  private static byte[] pdf(ReportDocument d) {
    return new PdfRenderer(HouseStyle.partyDocument2018()).render(d);
  }

  private IssuerSettings issuer() {
    Map<String, String> s = settings();
    return new IssuerSettings(
        s.get("superior_body"),
        s.get("issuing_body"),
        s.get("issuer"),
        s.get("committee"),
        s.get("scope"),
        s.get("symbol"),
        s.get("place"),
        s.get("on_behalf_of"),
        s.get("signer_position"),
        s.get("signer_name"),
        Arrays.stream(s.get("recipients").split("\\R"))
            .map(String::strip)
            .filter(l -> !l.isEmpty())
            .toList());
  }

  private Period period(ReportEntity r) {
    if (r.getResolution() != null) {
      return r.getResolution().toDomain().review(r.getReviewYears());
    }
    return CalendarPeriod.parse(r.getPeriodCode());
  }

  /**
   * What the grassroots organizations under the report's organization wrote on their forms of the
   * period, by organization: results into 1.1, difficulties into 2.2, proposals into 3. Forms of
   * organizations elsewhere in the bloc are not the report's.
   */
  private String[] prefill(OrganizationEntity org, Period period) {
    StringBuilder results = new StringBuilder();
    StringBuilder difficulties = new StringBuilder();
    StringBuilder proposals = new StringBuilder();
    java.util.Set<String> subtree = new java.util.HashSet<>();
    organizations.subtree(org).forEach(o -> subtree.add(o.getCode()));
    for (Object[] row : reports.formNarratives(RollupService.periodCodesOf(period))) {
      if (!subtree.contains((String) row[0])) {
        continue;
      }
      append(results, (String) row[1], (String) row[2]);
      append(difficulties, (String) row[1], (String) row[3]);
      append(proposals, (String) row[1], (String) row[4]);
    }
    return new String[] {
      results.toString(), "", "", "", difficulties.toString(), "", proposals.toString()
    };
  }

  private static void append(StringBuilder to, String organization, String text) {
    if (text == null || text.isBlank()) {
      return;
    }
    for (String line : text.split("\\R")) {
      if (!line.isBlank()) {
        to.append("- ").append(organization).append(": ").append(line.strip()).append('\n');
      }
    }
  }

  private ReportView view(Actor actor, ReportEntity r, List<ReportEntity> all) {
    Period period = period(r);
    Map<Narratives.Section, String> sections = sections(r);
    List<ReportView.Issued> issued = new ArrayList<>();
    for (ReportEntity e : all) {
      if (ReportEntity.ISSUED.equals(e.getStatus())) {
        issued.add(
            new ReportView.Issued(
                e.getId(), e.getDocNumber(), e.getDocDate(), e.getIssuedAt(), e.getIssuedBy()));
      }
    }
    List<String> changes = List.of();
    if (!issued.isEmpty()) {
      ReportEntity latest =
          all.stream().filter(e -> e.getId() == issued.get(0).id()).findFirst().orElseThrow();
      changes = changesSince(actor, latest);
    }
    boolean changed = !changes.isEmpty();
    return new ReportView(
        r.getId(),
        r.getVersion(),
        r.getStatus(),
        r.getOrganization().getCode(),
        r.getOrganization().getName(),
        r.getPeriodCode(),
        period instanceof ReviewPeriod rp
            ? capitalize(rp.vietnameseLabel()) + " Nghị quyết " + rp.resolution().number()
            : capitalize(PeriodText.of(period)),
        r.getDocNumber(),
        r.getDocDate(),
        sections,
        issued,
        changed,
        changes);
  }

  /** The figure paragraph of a report's text (section 1.2), to see whether the figures moved. */
  private static String figuresOf(String text) {
    int start = text.indexOf("Trong ");
    int end = text.indexOf('\n', Math.max(start, 0));
    return start < 0 ? text : text.substring(start, end < 0 ? text.length() : end);
  }

  /**
   * What changed in the figures since a report was issued: its stored inputs against today's. A
   * report issued before inputs were kept is compared by the figures in its text.
   */
  private List<String> changesSince(Actor actor, ReportEntity issued) {
    String stored = issued.getIssuedInputs();
    if (stored == null) {
      return figuresOf(issued.getIssuedText()).equals(figuresOf(write(actor.username(), issued)))
          ? List.of()
          : List.of("Số liệu trong văn bản khác số liệu hôm nay.");
    }
    List<String> changes = new ArrayList<>();
    if (!IssuedInputs.hash(stored).equals(issued.getIssuedInputsHash())) {
      changes.add("Bản lưu số liệu lúc ban hành không khớp mã kiểm tra của nó.");
    }
    changes.addAll(
        IssuedInputs.differences(
            IssuedInputs.parse(stored),
            IssuedInputs.of(
                rollups.reportData(
                    actor.username(), issued.getOrganization().getCode(), period(issued)))));
    return changes;
  }

  private static String figuresOf(ReportDocument d) {
    return figuresOf(d.plainText());
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private OrganizationEntity requireReader(Actor actor, String organizationCode) {
    OrganizationEntity org =
        organizations
            .findByCode(organizationCode)
            .orElseThrow(() -> new AccessDeniedException("Bạn không có quyền lập báo cáo này."));
    boolean reader = actor.isStaff() || actor.roles().contains(Role.STANDING_COMMITTEE);
    if (!reader || !access.covers(actor, org)) {
      throw new AccessDeniedException(
          "Chỉ Ban Thường vụ và Ban Tổ chức phụ trách tổ chức này được xem báo cáo.");
    }
    return org;
  }

  private Actor requireStaff(String username) {
    Actor actor = access.actor(username);
    if (!actor.isStaff()) {
      throw new AccessDeniedException("Chỉ Ban Tổ chức được soạn và ban hành báo cáo.");
    }
    return actor;
  }

  private ReportEntity requireReport(long id) {
    return reports
        .report(id)
        .orElseThrow(() -> new AccessDeniedException("Bạn không có quyền xem báo cáo này."));
  }

  /** A draft the actor may edit, as it was at the version they read. */
  private ReportEntity draftAt(Actor actor, long id, long version) {
    ReportEntity r = requireReport(id);
    requireReader(actor, r.getOrganization().getCode());
    requireDraft(r);
    if (r.getVersion() != version) {
      throw conflict(r);
    }
    return r;
  }

  /** Staff's text of each narrative section, empty where they wrote nothing. */
  private static Map<Narratives.Section, String> sections(ReportEntity r) {
    Map<Narratives.Section, String> sections = new EnumMap<>(Narratives.Section.class);
    String[] texts = r.sections();
    for (Narratives.Section s : Narratives.Section.values()) {
      sections.put(s, texts[s.ordinal()] == null ? "" : texts[s.ordinal()]);
    }
    return sections;
  }

  private static void requireDraft(ReportEntity r) {
    if (!ReportEntity.DRAFT.equals(r.getStatus())) {
      throw new IllegalArgumentException(
          "Báo cáo số " + r.getDocNumber() + " đã ban hành; không sửa được báo cáo đã ban hành.");
    }
  }

  private void flush(ReportEntity r) {
    try {
      reports.flush();
    } catch (OptimisticLockException e) {
      throw conflict(r);
    } catch (PersistenceException e) {
      if (e.getCause() instanceof OptimisticLockException) {
        throw conflict(r);
      }
      throw e;
    }
  }

  private ConcurrentEditException conflict(ReportEntity r) {
    String who = r.getUpdatedBy() == null ? "người khác" : r.getUpdatedBy();
    String when =
        r.getUpdatedAt() == null
            ? ""
            : " lúc " + TIME.withZone(today.zone()).format(r.getUpdatedAt());
    return new ConcurrentEditException(
        "Dự thảo vừa được "
            + who
            + " lưu"
            + when
            + ". Những gì bạn nhập vẫn còn trên trang: hãy mở lại dự thảo để xem bản đã lưu, rồi nhập lại phần thay đổi.");
  }

  /** A file to download. */
  public record ReportFile(String name, String contentType, byte[] bytes) {}
}
