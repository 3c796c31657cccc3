package vn.khoidn.portal.application.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.khoidn.domain.organization.OrganizationKind;
import vn.khoidn.domain.period.CalendarPeriod;
import vn.khoidn.domain.period.Period;
import vn.khoidn.domain.period.Resolution;
import vn.khoidn.domain.period.ReviewPeriod;
import vn.khoidn.portal.application.InvalidInputException;
import vn.khoidn.portal.application.account.AccessDeniedException;
import vn.khoidn.portal.application.account.AccessPolicy;
import vn.khoidn.portal.application.account.Actor;
import vn.khoidn.portal.application.account.Role;
import vn.khoidn.portal.application.organization.OrganizationRef;
import vn.khoidn.portal.application.organization.OrganizationRow;
import vn.khoidn.portal.application.organization.Organizations;
import vn.khoidn.portal.application.rollup.ReportData;
import vn.khoidn.portal.application.rollup.RollupService;
import vn.khoidn.portal.application.submission.ConcurrentEditException;
import vn.khoidn.portal.application.time.PortalClock;
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

  /** The settings an organization starts from that do not come from its names or its ancestors. */
  private static final Map<String, String> DEFAULTS =
      Map.ofEntries(
          Map.entry("superior_body", "ĐẢNG BỘ TỈNH"),
          Map.entry("symbol", "BC/ĐUK"),
          Map.entry("place", "Tỉnh"),
          Map.entry("on_behalf_of", "T/M BAN THƯỜNG VỤ"),
          Map.entry("signer_position", "BÍ THƯ"),
          Map.entry("signer_name", "…"),
          Map.entry("recipients", "- Như trên,\n- Lưu VP."));

  /** Settings a subtree shares: where none is set, the nearest ancestor's is used. */
  private static final List<String> INHERITED = List.of("place");

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

  private ReportRepository reports;
  private ReportSettings settings;
  private SentenceTemplateStore sentences;
  private Resolutions resolutions;
  private Organizations organizations;
  private AccessPolicy access;
  private ReportFigures figures;
  private PortalClock today;

  /** For CDI. */
  protected ReportService() {}

  /**
   * A service on its ports.
   *
   * @param reports the reports
   * @param settings the issuing body's settings
   * @param sentences the reworded sentences
   * @param resolutions the resolutions
   * @param organizations the organizations
   * @param access who may do what
   * @param figures the figures of a report
   * @param today the clock
   */
  @Inject
  public ReportService(
      ReportRepository reports,
      ReportSettings settings,
      SentenceTemplateStore sentences,
      Resolutions resolutions,
      Organizations organizations,
      AccessPolicy access,
      ReportFigures figures,
      PortalClock today) {
    this.reports = reports;
    this.settings = settings;
    this.sentences = sentences;
    this.resolutions = resolutions;
    this.organizations = organizations;
    this.access = access;
    this.figures = figures;
    this.today = today;
  }

  /**
   * The issuing body's settings of an organization, with defaults for those never set: the superior
   * body is its parent's name in capitals, the issuing body its own name in capitals, the issuer,
   * committee and scope its name; the place is its nearest ancestor's.
   *
   * @param username staff or standing committee of the organization or above it
   * @param organizationCode the issuing organization
   * @return value by name, in the order of {@link #SETTINGS}
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<String, String> settings(String username, String organizationCode) {
    return settingsOf(requireReader(access.actor(username), organizationCode));
  }

  private Map<String, String> settingsOf(OrganizationRef org) {
    Optional<OrganizationRef> parent =
        org.parentId() == null ? Optional.empty() : organizations.byId(org.parentId());
    Map<String, String> values = new LinkedHashMap<>();
    for (String key : SETTINGS) {
      values.put(key, DEFAULTS.get(key));
    }
    parent.ifPresent(p -> values.put("superior_body", p.name().toUpperCase(VIETNAMESE)));
    values.put("issuing_body", org.name().toUpperCase(VIETNAMESE));
    values.put("issuer", org.name());
    values.put("committee", org.name());
    values.put("scope", org.name());
    for (String key : INHERITED) {
      inherited(parent, key).ifPresent(v -> values.put(key, v));
    }
    values.putAll(settings.stored(org.id()));
    return values;
  }

  /** The nearest ancestor's stored setting. */
  private Optional<String> inherited(Optional<OrganizationRef> from, String key) {
    Set<Long> seen = new HashSet<>();
    Optional<OrganizationRef> at = from;
    while (at.isPresent() && seen.add(at.get().id())) {
      String value = settings.stored(at.get().id()).get(key);
      if (value != null) {
        return Optional.of(value);
      }
      Long up = at.get().parentId();
      at = up == null ? Optional.empty() : organizations.byId(up);
    }
    return Optional.empty();
  }

  /**
   * Changes the issuing body's settings of an organization.
   *
   * @param username staff or administrator of the organization or above it
   * @param organizationCode the issuing organization
   * @param values the settings by name
   */
  @Transactional
  public void saveSettings(String username, String organizationCode, Map<String, String> values) {
    Actor actor = requireStaff(username);
    OrganizationRef org = requireReader(actor, organizationCode);
    for (String key : SETTINGS) {
      String value = values.get(key);
      if (value == null || value.isBlank()) {
        throw new InvalidInputException(
            "REPORT_SETTINGS_INCOMPLETE", "Thông tin cơ quan ban hành chưa đủ: hãy điền mọi ô.");
      }
    }
    Instant at = today.now();
    for (String key : SETTINGS) {
      settings.change(org.id(), key, values.get(key).strip(), actor.username(), at);
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
    List<OrganizationRef> subtree = organizations.subtree(actor.organizationId());
    Map<Long, String> codes = new HashMap<>();
    subtree.forEach(o -> codes.put(o.id(), o.code()));
    List<OrganizationRow> rows = new ArrayList<>();
    for (OrganizationRef o : subtree) {
      if (o.kind() == OrganizationKind.SUBORDINATE_CELL) {
        continue;
      }
      String parentCode = null;
      if (o.parentId() != null) {
        parentCode = codes.get(o.parentId());
        if (parentCode == null) {
          parentCode = organizations.byId(o.parentId()).map(OrganizationRef::code).orElse(null);
        }
      }
      rows.add(
          new OrganizationRow(
              o.code(),
              o.name(),
              o.kind(),
              o.sector(),
              parentCode,
              o.establishedOn(),
              o.dissolvedOn()));
    }
    return rows;
  }

  /** The sentences as staff have worded them. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public SentenceTemplates templates() {
    return SentenceTemplates.builtIn().with(new HashMap<>(sentences.reworded()));
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
    if (text == null || text.isBlank() || text.equals(SentenceTemplates.builtIn(key))) {
      SentenceTemplates.check(key, SentenceTemplates.builtIn(key));
      sentences.restore(key);
      return;
    }
    SentenceTemplates.check(key, text);
    sentences.reword(key, text, actor.username(), today.now());
  }

  /** The resolutions a report can review, newest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Resolution> resolutions() {
    return resolutions.all();
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
    if (resolutions.byNumber(resolution.number()).isPresent()) {
      throw new InvalidInputException(
          "RESOLUTION_EXISTS", "Đã có Nghị quyết " + resolution.number() + ".");
    }
    resolutions.add(resolution);
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
        resolutions
            .byNumber(number)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "UNKNOWN_RESOLUTION", "Không có Nghị quyết " + number + "."));
    return r.review(years);
  }

  /**
   * The years of a review code such as "04-NQ/ĐUK+1Y": one or two digits and "Y", between 1 and
   * {@link ReviewPeriod#MAX_YEARS}.
   *
   * @param code the review code
   * @return the years
   * @throws IllegalArgumentException if the code names no number of years that a review can span
   */
  public static int reviewYears(String code) {
    int plus = code.lastIndexOf('+');
    String years = plus < 0 ? "" : code.substring(plus + 1);
    if (!years.matches("[0-9]{1,2}Y")) {
      throw new InvalidInputException(
          "REVIEW_YEARS",
          "Số năm sơ kết không hợp lệ: \""
              + years
              + "\" (viết như 04-NQ/ĐUK+1Y, từ 1 đến "
              + ReviewPeriod.MAX_YEARS
              + " năm).");
    }
    int n = Integer.parseInt(years.substring(0, years.length() - 1));
    if (n < 1 || n > ReviewPeriod.MAX_YEARS) {
      throw new InvalidInputException(
          "REVIEW_YEARS",
          "Số năm sơ kết phải từ 1 đến " + ReviewPeriod.MAX_YEARS + " (đã nhận " + n + ").");
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
    OrganizationRef org = requireReader(actor, organizationCode);
    Period period = period(periodCode);
    List<Report> existing = reports.of(org.id(), period.code());
    Report draft = draftIn(existing);
    if (draft == null) {
      draft = reports.add(newDraft(actor, org, period, existing));
    }
    return view(actor, org, draft, existing);
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
    OrganizationRef org = requireReader(actor, organizationCode);
    Period period = period(periodCode);
    List<Report> existing = reports.of(org.id(), period.code());
    Report shown = draftIn(existing);
    if (shown == null && !existing.isEmpty()) {
      shown = existing.get(0);
    }
    return shown == null ? Optional.empty() : Optional.of(view(actor, org, shown, existing));
  }

  /**
   * The report of an organization worked on last, draft or issued, whatever its period; nothing is
   * made.
   *
   * @param username the user: staff or the standing committee over that organization
   * @param organizationCode the issuing organization
   * @return the report in a line, or empty if the organization has none
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<ReportSummary> latest(String username, String organizationCode) {
    Actor actor = access.actor(username);
    OrganizationRef org = requireReader(actor, organizationCode);
    return reports
        .latestOf(org.id())
        .map(
            r ->
                new ReportSummary(
                    r.id(),
                    r.status().name(),
                    org.code(),
                    r.periodCode(),
                    periodLabel(r.period()),
                    r.number(),
                    r.date(),
                    r.updatedAt()));
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
    OrganizationRef org = requireReader(actor, organizationCode);
    Period period = period(periodCode);
    List<Report> existing = reports.of(org.id(), period.code());
    Report draft = draftIn(existing);
    return fileOf(
        username, org, draft != null ? draft : newDraft(actor, org, period, existing), format);
  }

  private static Report draftIn(List<Report> existing) {
    return existing.stream().filter(r -> !r.isIssued()).findFirst().orElse(null);
  }

  /** A new draft, not stored: its narratives from the last issued version or the forms. */
  private Report newDraft(Actor actor, OrganizationRef org, Period period, List<Report> existing) {
    Report issued = existing.isEmpty() ? null : existing.get(0);
    return Report.draft(
        org.id(),
        period,
        issued != null ? issued.sections() : prefill(org, period),
        today.today(),
        actor.username(),
        today.now());
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
    Report r = requireReport(id);
    OrganizationRef org = requireReader(actor, r.organizationId());
    r.requireDraftAt(version, today.zone());
    r.edit(input.getNumber(), input.getDate(), input.getSections(), actor.username(), today.now());
    Report saved = reports.save(r);
    return view(actor, org, saved, reports.of(org.id(), saved.periodCode()));
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
    Report r = requireReport(id);
    OrganizationRef org = requireReader(actor, r.organizationId());
    return write(username, org, r);
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
    Report r = requireReport(id);
    OrganizationRef org = requireReader(actor, r.organizationId());
    return r.isIssued() ? r.issued().text() : write(username, org, r).plainText();
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
    Report r = requireReport(id);
    OrganizationRef org = requireReader(actor, r.organizationId());
    return fileOf(username, org, r, format);
  }

  private ReportFile fileOf(String username, OrganizationRef org, Report r, String format) {
    String name =
        "bao-cao-"
            + (r.number().isEmpty() ? "du-thao" : r.number())
            + "-"
            + org.code().toLowerCase(Locale.ROOT);
    Report.Issue issued = r.issued();
    return switch (format) {
      case "docx" ->
          new ReportFile(
              name + ".docx",
              "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
              issued != null ? issued.docx() : docx(write(username, org, r)));
      case "pdf" ->
          new ReportFile(
              name + ".pdf",
              "application/pdf",
              issued != null ? issued.pdf() : pdf(write(username, org, r)));
      case "xlsx" ->
          new ReportFile(
              name + "-phu-luc.xlsx",
              "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
              issued != null ? issued.xlsx() : annex(username, org, r));
      default ->
          throw new InvalidInputException(
              "REPORT_FORMAT",
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
    Report r = requireReport(id);
    OrganizationRef org = requireReader(actor, r.organizationId());
    r.requireDraftAt(version, today.zone());
    r.requireIssuable();
    ReportDocument document = write(username, org, r).issued();
    Map<String, String> inputs = IssuedInputs.of(figures.of(username, org.code(), r.period()));
    r.issue(
        document.plainText(),
        docx(document),
        pdf(document),
        annex(username, org, r),
        inputs,
        actor.username(),
        today.now());
    Report saved = reports.save(r);
    return view(actor, org, saved, reports.of(org.id(), saved.periodCode()));
  }

  /** The document of a report: a draft carries the draft mark, an issued report never does. */
  private ReportDocument write(String username, OrganizationRef org, Report r) {
    Period period = r.period();
    ReportData data = figures.of(username, org.code(), period);
    ReportDocument document =
        new ReviewReportWriter(templates())
            .write(
                issuer(org),
                period,
                r.number().isEmpty() ? "…" : r.number(),
                r.date(),
                data.figures(),
                r.narratives());
    return r.isIssued() ? document.issued() : document;
  }

  private byte[] annex(String username, OrganizationRef org, Report r) {
    Period period = r.period();
    ReportData data = figures.of(username, org.code(), period);
    return new AnnexSheet(
            "Phụ lục: Kết quả phát triển đảng viên, tổ chức đảng "
                + PeriodText.of(period)
                + " (kèm theo Báo cáo số "
                + (r.number().isEmpty() ? "…" : r.number())
                + "-"
                + settingsOf(org).get("symbol")
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

  private IssuerSettings issuer(OrganizationRef org) {
    Map<String, String> s = settingsOf(org);
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

  /**
   * What the grassroots organizations under the report's organization wrote on their forms of the
   * period, by organization: results into 1.1, difficulties into 2.2, proposals into 3. Forms of
   * organizations elsewhere in the bloc are not the report's.
   */
  private Map<Narratives.Section, String> prefill(OrganizationRef org, Period period) {
    StringBuilder results = new StringBuilder();
    StringBuilder difficulties = new StringBuilder();
    StringBuilder proposals = new StringBuilder();
    Set<String> subtree = new HashSet<>();
    organizations.subtree(org.id()).forEach(o -> subtree.add(o.code()));
    for (FormNarrative n : reports.formNarratives(RollupService.periodCodesOf(period))) {
      if (!subtree.contains(n.organizationCode())) {
        continue;
      }
      append(results, n.organizationName(), n.results());
      append(difficulties, n.organizationName(), n.difficulties());
      append(proposals, n.organizationName(), n.proposals());
    }
    Map<Narratives.Section, String> sections = new EnumMap<>(Narratives.Section.class);
    for (Narratives.Section s : Narratives.Section.values()) {
      sections.put(s, "");
    }
    sections.put(Narratives.Section.DISSEMINATION, results.toString());
    sections.put(Narratives.Section.LIMITATIONS, difficulties.toString());
    sections.put(Narratives.Section.TASKS, proposals.toString());
    return sections;
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

  private ReportView view(Actor actor, OrganizationRef org, Report r, List<Report> all) {
    Period period = r.period();
    List<ReportView.Issued> issued = new ArrayList<>();
    Report latest = null;
    for (Report e : all) {
      if (e.isIssued()) {
        if (latest == null) {
          latest = e;
        }
        issued.add(
            new ReportView.Issued(e.id(), e.number(), e.date(), e.issued().at(), e.issued().by()));
      }
    }
    List<String> changes = latest == null ? List.of() : changesSince(actor, org, latest);
    return new ReportView(
        r.id(),
        r.version(),
        r.status().name(),
        org.code(),
        org.name(),
        r.periodCode(),
        periodLabel(period),
        r.number(),
        r.date(),
        new EnumMap<>(r.sections()),
        issued,
        !changes.isEmpty(),
        changes);
  }

  /**
   * What changed in the figures since a report was issued: its stored inputs against today's. A
   * report issued before inputs were kept is compared by the figures in its text.
   */
  private List<String> changesSince(Actor actor, OrganizationRef org, Report issued) {
    if (!issued.keepsInputs()) {
      return issued.changesInTextSince(write(actor.username(), org, issued).plainText());
    }
    return issued.changesSince(
        IssuedInputs.of(figures.of(actor.username(), org.code(), issued.period())));
  }

  private static String periodLabel(Period period) {
    return period instanceof ReviewPeriod rp
        ? capitalize(rp.vietnameseLabel()) + " Nghị quyết " + rp.resolution().number()
        : capitalize(PeriodText.of(period));
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private OrganizationRef requireReader(Actor actor, String organizationCode) {
    return requireReader(actor, organizations.byCode(organizationCode));
  }

  private OrganizationRef requireReader(Actor actor, long organizationId) {
    return requireReader(actor, organizations.byId(organizationId));
  }

  private OrganizationRef requireReader(Actor actor, Optional<OrganizationRef> found) {
    OrganizationRef org =
        found.orElseThrow(() -> new AccessDeniedException("Bạn không có quyền lập báo cáo này."));
    boolean reader = actor.isStaff() || actor.roles().contains(Role.STANDING_COMMITTEE);
    if (!reader || !access.covers(actor, org.id())) {
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

  private Report requireReport(long id) {
    return reports
        .byId(id)
        .orElseThrow(() -> new AccessDeniedException("Bạn không có quyền xem báo cáo này."));
  }

  /** A file to download. */
  public record ReportFile(String name, String contentType, byte[] bytes) {}
}
