package vn.khoidn.portal.application.submission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.khoidn.domain.indicator.Indicator;
import vn.khoidn.domain.indicator.IndicatorCatalogue;
import vn.khoidn.domain.indicator.Source;
import vn.khoidn.domain.organization.Organization;
import vn.khoidn.domain.organization.OrganizationKind;
import vn.khoidn.domain.organization.OrganizationTree;
import vn.khoidn.domain.period.CalendarPeriod;
import vn.khoidn.domain.registry.Sector;
import vn.khoidn.domain.submission.Deadline;
import vn.khoidn.domain.submission.FormStatus;
import vn.khoidn.domain.validation.FormEntry;
import vn.khoidn.domain.validation.Severity;
import vn.khoidn.domain.validation.ValidationIssue;
import vn.khoidn.domain.validation.Validator;
import vn.khoidn.portal.application.account.AccessDeniedException;
import vn.khoidn.portal.application.account.AccessPolicy;
import vn.khoidn.portal.application.account.Actor;
import vn.khoidn.portal.application.audit.AuditEntry;
import vn.khoidn.portal.application.audit.AuditTrail;
import vn.khoidn.portal.application.figure.FigureStore;
import vn.khoidn.portal.application.figure.WritersBusyException;
import vn.khoidn.portal.application.indicator.CatalogueService;
import vn.khoidn.portal.application.organization.OrganizationRef;
import vn.khoidn.portal.application.organization.Organizations;
import vn.khoidn.portal.application.time.PortalClock;

/**
 * The submission workflow's use cases. Every method takes the acting user's name, checks their role
 * and organization, and runs in one transaction: a refusal changes nothing. The rules of the form's
 * status live in {@link Form}; the forms are read and stored through {@link FormRepository}, the
 * figures through the {@link FigureStore}.
 */
@ApplicationScoped
public class SubmissionService {

  /** An explanation is needed for every warning before a form can be submitted. */
  public static final String EXPLANATION_REQUIRED = "EXPLANATION_REQUIRED";

  @Inject private AccessPolicy access;
  @Inject private FormRepository forms;
  @Inject private Organizations organizations;
  @Inject private CatalogueService catalogue;
  @Inject private PortalClock today;
  @Inject private FigureStore figureStore;
  @Inject private AuditTrail auditTrail;

  /** For CDI. */
  public SubmissionService() {}

  /**
   * A service outside a container.
   *
   * @param access the access policy
   * @param forms the forms and rounds
   * @param organizations the organizations
   * @param catalogue the indicator catalogue
   * @param clock the portal's clock
   * @param figureStore the figure store
   * @param auditTrail the audit trail
   */
  public SubmissionService(
      AccessPolicy access,
      FormRepository forms,
      Organizations organizations,
      CatalogueService catalogue,
      PortalClock clock,
      FigureStore figureStore,
      AuditTrail auditTrail) {
    this.access = access;
    this.forms = forms;
    this.organizations = organizations;
    this.catalogue = catalogue;
    this.today = clock;
    this.figureStore = figureStore;
    this.auditTrail = auditTrail;
  }

  /**
   * Opens a round and creates a form, not started, for every organization expected to report.
   *
   * @param command the period, title, deadline, indicators and organizations
   * @param username the staff member
   * @return the new round's id
   */
  @Transactional
  public long openRound(OpenRound command, String username) {
    Actor actor = access.actor(username);
    OrganizationRef home =
        organizations
            .byId(actor.organizationId())
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "Không có tổ chức id " + actor.organizationId() + "."));
    access.requireStaffOver(actor, home.id());
    CalendarPeriod period = parsePeriod(command.periodCode());
    if (command.title() == null || command.title().isBlank()) {
      throw new WorkflowException("Vui lòng nhập tiêu đề đợt báo cáo.");
    }
    if (command.deadline() == null) {
      throw new WorkflowException("Vui lòng chọn hạn nộp.");
    }
    if (command.deadline().isBefore(period.start())) {
      throw new WorkflowException(
          "Hạn nộp phải sau ngày bắt đầu kỳ báo cáo " + period.code() + ".");
    }
    IndicatorCatalogue indicators = catalogue.current();
    if (command.indicatorCodes().isEmpty()) {
      throw new WorkflowException("Vui lòng chọn ít nhất một chỉ tiêu cho biểu mẫu.");
    }
    for (String code : command.indicatorCodes()) {
      Indicator indicator =
          indicators
              .find(code)
              .orElseThrow(
                  () -> new WorkflowException("Không có chỉ tiêu mã " + code + " trong danh mục."));
      if (indicator.isPlan()) {
        throw new WorkflowException(
            "\""
                + indicator.vietnameseLabel()
                + "\" là chỉ tiêu kế hoạch: kế hoạch không nhập trên biểu mẫu, biểu mẫu hiện kế"
                + " hoạch bên cạnh số liệu.");
      }
      if (indicator.source() != Source.ENTERED) {
        throw new WorkflowException(
            "Chỉ tiêu \""
                + indicator.vietnameseLabel()
                + "\" được tính tự động, không nhập trên biểu mẫu.");
      }
    }
    List<OrganizationRef> expected = new ArrayList<>();
    if (command.organizationCodes().isEmpty()) {
      for (OrganizationRef o : organizations.subtree(home.id())) {
        if (o.kind().isGrassroots() && o.existsOn(period.end())) {
          expected.add(o);
        }
      }
    } else {
      for (String code : command.organizationCodes()) {
        OrganizationRef o =
            organizations
                .byCode(code)
                .orElseThrow(() -> new WorkflowException("Không có tổ chức mã " + code + "."));
        access.requireStaffOver(actor, o.id());
        if (!o.kind().isGrassroots()) {
          throw new WorkflowException(
              o.name() + " không phải tổ chức cơ sở đảng: không lập biểu mẫu riêng.");
        }
        expected.add(o);
      }
    }
    if (expected.isEmpty()) {
      throw new WorkflowException(
          "Không có tổ chức cơ sở đảng nào phải báo cáo trong kỳ " + period.code() + ".");
    }
    // One round per period: a second one would ask every organization for the same figures again.
    // The period's version row is locked first, so that two staff opening it at once take turns.
    figureStore.lock(List.of(period.code()));
    for (Round other : forms.roundsOf(period.code())) {
      throw new WorkflowException(
          "Kỳ "
              + period.code()
              + " đã có đợt báo cáo \""
              + other.title()
              + "\": mỗi kỳ chỉ mở một đợt báo cáo. Hãy dùng đợt đó (gia hạn cho đơn vị nếu cần).");
    }
    Round round =
        forms.addRound(
            period.code(),
            command.title().strip(),
            command.deadline(),
            command.indicatorCodes(),
            actor.username());
    for (OrganizationRef o : expected) {
      Form form = forms.addForm(round, o.id());
      audit(actor, form, new Form.Change("STATUS", null, FormStatus.NOT_STARTED.name()));
    }
    return round.id();
  }

  /**
   * The forms the user works on, newest round first: for a reporter their organization's forms
   * (and, for a subordinate cell, its committee's), for staff and the standing committee every form
   * in their subtree. One query by the organizations' ids, not a read of every form.
   *
   * @param username the user
   * @return the forms
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<FormSummary> formsFor(String username) {
    Actor actor = access.actor(username);
    LocalDate now = today.today();
    Set<Long> ids = new LinkedHashSet<>(subtreeIds(actor));
    if (actor.isReporter()) {
      // A subordinate cell also sees the form of the committee it belongs to.
      organizations.byId(actor.organizationId()).map(OrganizationRef::parentId).ifPresent(ids::add);
    }
    return forms.ofOrganizations(ids).stream().map(f -> summary(f, now)).toList();
  }

  /**
   * The rounds the staff member can review, newest first.
   *
   * @param username the user
   * @return id, title, period and deadline of each round with at least one form in their subtree
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<RoundSummary> roundsFor(String username) {
    Actor actor = access.actor(username);
    Map<Long, List<Form>> byRound = new HashMap<>();
    for (Form f : forms.ofOrganizations(subtreeIds(actor))) {
      byRound.computeIfAbsent(f.round().id(), k -> new ArrayList<>()).add(f);
    }
    List<RoundSummary> rounds = new ArrayList<>();
    for (Round r : forms.rounds()) {
      List<Form> ofRound = byRound.getOrDefault(r.id(), List.of());
      if (!ofRound.isEmpty()) {
        Map<FormStatus, Long> byStatus = new LinkedHashMap<>();
        for (FormStatus s : FormStatus.values()) {
          byStatus.put(s, ofRound.stream().filter(f -> f.status() == s).count());
        }
        rounds.add(
            new RoundSummary(
                r.id(), r.title(), r.periodCode(), r.deadline(), ofRound.size(), byStatus));
      }
    }
    return rounds;
  }

  /**
   * What a reporter has to do: the forms of their organization (and a cell's committee) still to
   * send, the returned ones, and the last one accepted. Days left are counted at the portal clock's
   * date.
   *
   * @param username the reporter
   * @return the desk
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public ReporterDesk reporterDesk(String username) {
    List<FormSummary> mine = formsFor(username);
    Comparator<FormSummary> byDeadline =
        Comparator.comparing(FormSummary::deadline).thenComparing(FormSummary::formId);
    List<FormSummary> due =
        mine.stream()
            .filter(f -> f.status() == FormStatus.NOT_STARTED || f.status() == FormStatus.DRAFT)
            .sorted(byDeadline)
            .toList();
    List<FormSummary> returned =
        mine.stream().filter(f -> f.status() == FormStatus.RETURNED).sorted(byDeadline).toList();
    FormSummary lastAccepted =
        mine.stream()
            .filter(f -> f.acceptedAt() != null)
            .max(
                Comparator.comparing(FormSummary::acceptedAt)
                    .thenComparing(FormSummary::periodCode))
            .orElse(null);
    return new ReporterDesk(due, returned, lastAccepted);
  }

  /**
   * What staff have to do over their subtree: every round with a form not yet accepted, with how
   * many forms were sent of those due and which organizations are late, and the forms waiting for
   * review. One read of the subtree's forms.
   *
   * @param username the staff member
   * @return the desk
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public StaffDesk staffDesk(String username) {
    Actor actor = access.actor(username);
    LocalDate now = today.today();
    Map<Long, List<FormSummary>> byRound = new LinkedHashMap<>();
    List<FormSummary> waiting = new ArrayList<>();
    for (Form f : forms.ofOrganizations(subtreeIds(actor))) {
      FormSummary s = summary(f, now);
      byRound.computeIfAbsent(s.roundId(), k -> new ArrayList<>()).add(s);
      if (s.status() == FormStatus.SUBMITTED) {
        waiting.add(s);
      }
    }
    List<RoundProgress> open = new ArrayList<>();
    for (Round r : forms.rounds()) {
      List<FormSummary> ofRound = byRound.getOrDefault(r.id(), List.of());
      if (ofRound.stream().allMatch(f -> f.status() == FormStatus.ACCEPTED)) {
        continue;
      }
      int sent = (int) ofRound.stream().filter(FormSummary::isSent).count();
      List<FormSummary> late =
          ofRound.stream()
              .filter(f -> !f.isSent() && f.daysLeft() < 0)
              .sorted(
                  Comparator.comparing(
                      FormSummary::organizationName,
                      vn.khoidn.domain.format.VietnameseText.order()))
              .toList();
      open.add(
          new RoundProgress(
              r.id(),
              r.title(),
              r.periodCode(),
              r.deadline(),
              java.time.temporal.ChronoUnit.DAYS.between(now, r.deadline()),
              ofRound.size(),
              sent,
              late));
    }
    waiting.sort(
        Comparator.comparing(FormSummary::deadline)
            .thenComparing(
                FormSummary::organizationName, vn.khoidn.domain.format.VietnameseText.order()));
    return new StaffDesk(open, waiting);
  }

  /**
   * The forms of one round in the user's subtree, for review.
   *
   * @param roundId the round
   * @param username the user
   * @return the forms, by organization name
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<FormSummary> formsOfRound(long roundId, String username) {
    Actor actor = access.actor(username);
    LocalDate now = today.today();
    Set<Long> covered = new HashSet<>(subtreeIds(actor));
    return forms.ofRound(roundId).stream()
        .filter(f -> covered.contains(f.organizationId()))
        .map(f -> summary(f, now))
        .toList();
  }

  /**
   * A form as the user may see it.
   *
   * @param formId the form
   * @param username the user
   * @return the view
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public FormView form(long formId, String username) {
    Actor actor = access.actor(username);
    Form form = requireForm(formId);
    access.requireSeeFormOf(actor, form.organizationId());
    return view(actor, form);
  }

  /**
   * What is stored on a form, as the page's input.
   *
   * @param formId the form
   * @param username the user
   * @return the figures and narratives
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public FormInput input(long formId, String username) {
    Actor actor = access.actor(username);
    Form form = requireForm(formId);
    access.requireSeeFormOf(actor, form.organizationId());
    return storedInput(form);
  }

  private FormInput storedInput(Form form) {
    FormInput input = new FormInput();
    input.setResults(form.narratives().results());
    input.setDifficulties(form.narratives().difficulties());
    input.setProposals(form.narratives().proposals());
    for (FormFigure v : forms.figuresOn(form.id())) {
      EntryInput entry = input.entry(v.organizationCode(), v.indicatorCode());
      if (v.sector() == null) {
        entry.setTotal(v.value().stripTrailingZeros());
        entry.setExplanation(v.explanation());
      } else {
        entry.setPart(v.sector(), v.value().stripTrailingZeros());
      }
    }
    return input;
  }

  /**
   * Saves the form as a draft. Errors refuse the save; warnings are returned and stored with the
   * figures.
   *
   * @param formId the form
   * @param input what was typed
   * @param expectedVersion the version the page loaded
   * @param username the user
   * @return the outcome
   */
  @Transactional(rollbackOn = ConcurrentEditException.class)
  public SaveOutcome saveDraft(
      long formId, FormInput input, long expectedVersion, String username) {
    return save(formId, input, null, expectedVersion, username, false);
  }

  /**
   * Saves the form as a draft, merged block by block with what others saved since the page loaded:
   * a block only this user changed is written, a block only others changed is kept as they saved
   * it, and a block both changed (or a narrative both changed) refuses the save with a conflict.
   *
   * @param formId the form
   * @param input what was typed
   * @param loaded what the page loaded, before the user typed
   * @param expectedVersion the version the page loaded
   * @param username the user
   * @return the outcome
   */
  @Transactional(rollbackOn = ConcurrentEditException.class)
  public SaveOutcome saveDraft(
      long formId, FormInput input, FormInput loaded, long expectedVersion, String username) {
    return save(formId, input, loaded, expectedVersion, username, false);
  }

  /**
   * Submits the form, merged with what others saved since the page loaded as {@link
   * #saveDraft(long, FormInput, FormInput, long, String)} does.
   *
   * @param formId the form
   * @param input what was typed
   * @param loaded what the page loaded, before the user typed
   * @param expectedVersion the version the page loaded
   * @param username the user
   * @return the outcome
   */
  @Transactional(rollbackOn = ConcurrentEditException.class)
  public SaveOutcome submit(
      long formId, FormInput input, FormInput loaded, long expectedVersion, String username) {
    return save(formId, input, loaded, expectedVersion, username, true);
  }

  /**
   * Submits the form for review. Errors refuse it, and so does a warning without an explanation.
   *
   * @param formId the form
   * @param input what was typed
   * @param expectedVersion the version the page loaded
   * @param username the user
   * @return the outcome
   */
  @Transactional(rollbackOn = ConcurrentEditException.class)
  public SaveOutcome submit(long formId, FormInput input, long expectedVersion, String username) {
    return save(formId, input, null, expectedVersion, username, true);
  }

  /**
   * Staff return a submitted form with a comment the reporter sees on it.
   *
   * @param formId the form
   * @param comment why it is returned
   * @param expectedVersion the version the page loaded
   * @param username the staff member
   */
  @Transactional(rollbackOn = ConcurrentEditException.class)
  public void returnForm(long formId, String comment, long expectedVersion, String username) {
    Actor actor = access.actor(username);
    Form form = requireForm(formId);
    access.requireStaffOver(actor, form.organizationId());
    form.requireVersion(expectedVersion, today.zone());
    form = lockFigures(List.of(form)).get(0);
    form.requireVersion(expectedVersion, today.zone());
    form.checkReturn(editor(actor, form), comment);
    audit(actor, form, form.returnWith(editor(actor, form), comment, today.now()));
    forms.save(form);
    figuresChanged(List.of(form));
  }

  /**
   * Staff accept a submitted form: its figures count in roll-ups and are locked.
   *
   * @param formId the form
   * @param expectedVersion the version the page loaded
   * @param username the staff member
   */
  @Transactional(rollbackOn = ConcurrentEditException.class)
  public void accept(long formId, long expectedVersion, String username) {
    Actor actor = access.actor(username);
    Form form = requireForm(formId);
    access.requireStaffOver(actor, form.organizationId());
    form.requireVersion(expectedVersion, today.zone());
    form = lockFigures(List.of(form)).get(0);
    form.requireVersion(expectedVersion, today.zone());
    audit(actor, form, form.accept(editor(actor, form), today.now()));
    forms.save(form);
    figuresChanged(List.of(form));
  }

  /**
   * Staff accept several submitted forms at once: all or none.
   *
   * @param expectedVersions each form's id and the version the page loaded
   * @param username the staff member
   * @return how many forms were accepted
   */
  @Transactional(rollbackOn = ConcurrentEditException.class)
  public int acceptAll(Map<Long, Long> expectedVersions, String username) {
    Actor actor = access.actor(username);
    List<Form> loaded = new ArrayList<>();
    for (Long id : expectedVersions.keySet()) {
      loaded.add(requireForm(id));
    }
    Map<Long, Form> fresh = new HashMap<>();
    for (Form f : lockFigures(loaded)) {
      fresh.put(f.id(), f);
    }
    List<Form> accepted = new ArrayList<>();
    for (Map.Entry<Long, Long> e : expectedVersions.entrySet()) {
      Form form = fresh.get(e.getKey());
      access.requireStaffOver(actor, form.organizationId());
      form.requireVersion(e.getValue(), today.zone());
      audit(actor, form, form.accept(editor(actor, form), today.now()));
      accepted.add(form);
    }
    for (Form form : accepted) {
      forms.save(form);
    }
    figuresChanged(accepted);
    return expectedVersions.size();
  }

  /**
   * Staff correct figures after acceptance; each changed figure is counted as a change since
   * acceptance.
   *
   * @param formId the form
   * @param input the corrected figures
   * @param expectedVersion the version the page loaded
   * @param username the staff member
   * @return the outcome
   */
  @Transactional(rollbackOn = ConcurrentEditException.class)
  public SaveOutcome correctAccepted(
      long formId, FormInput input, long expectedVersion, String username) {
    Actor actor = access.actor(username);
    Form form = requireForm(formId);
    access.requireStaffOver(actor, form.organizationId());
    form.requireVersion(expectedVersion, today.zone());
    form.checkCorrection(editor(actor, form));
    form = lockFigures(List.of(form)).get(0);
    form.requireVersion(expectedVersion, today.zone());
    List<OrganizationRef> blocks = blocksOf(form);
    List<ValidationIssue> issues = validate(form, blocks, input);
    issues.addAll(granularityIssues(form, blocks, input));
    if (issues.stream().anyMatch(ValidationIssue::isError)) {
      return new SaveOutcome(false, form.status(), form.version(), issues);
    }
    int changed = apply(actor, form, blocks, input);
    form.corrected(editor(actor, form), changed, today.now());
    Form stored = forms.save(form);
    figuresChanged(List.of(stored));
    return new SaveOutcome(true, stored.status(), stored.version(), issues);
  }

  /**
   * Staff let one organization change its form after the deadline, until a later day.
   *
   * @param formId the form
   * @param until the new last day
   * @param username the staff member
   */
  @Transactional
  public void grantException(long formId, LocalDate until, String username) {
    Actor actor = access.actor(username);
    Form form = requireForm(formId);
    access.requireStaffOver(actor, form.organizationId());
    audit(actor, form, form.grantException(editor(actor, form), until, today.today(), today.now()));
    forms.save(form);
  }

  /**
   * The recorded changes of a form, newest first.
   *
   * @param formId the form
   * @param username the user
   * @return the audit trail
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<AuditView> history(long formId, String username) {
    Actor actor = access.actor(username);
    Form form = requireForm(formId);
    access.requireSeeFormOf(actor, form.organizationId());
    return auditTrail.ofForm(formId).stream()
        .map(a -> new AuditView(a.at(), a.actor(), a.subject(), a.oldValue(), a.newValue()))
        .toList();
  }

  private SaveOutcome save(
      long formId,
      FormInput typed,
      FormInput loaded,
      long expectedVersion,
      String username,
      boolean submit) {
    Actor actor = access.actor(username);
    Form form = requireForm(formId);
    access.requireSeeFormOf(actor, form.organizationId());
    if (!actor.isReporter()) {
      throw new AccessDeniedException("Chỉ cán bộ báo cáo của tổ chức mới nhập và gửi biểu mẫu.");
    }
    if (loaded == null) {
      form.requireVersion(expectedVersion, today.zone());
    }
    Form.Editor editor = editor(actor, form);
    form.checkSave(editor, submit, today.today());
    List<OrganizationRef> blocks =
        blocksOf(form).stream()
            .filter(b -> editor.wholeForm() || Objects.equals(b.id(), actor.organizationId()))
            .toList();
    form = lockFigures(List.of(form)).get(0);
    FormInput input = typed;
    if (form.version() != expectedVersion) {
      if (loaded == null) {
        form.requireVersion(expectedVersion, today.zone());
      }
      input = merged(form, blocks, typed, loaded, editor.wholeForm());
    }
    FormStatus next = form.checkSave(editor, submit, today.today());
    List<ValidationIssue> issues = validate(form, blocks, input);
    issues.addAll(granularityIssues(form, blocks, input));
    if (submit) {
      List<ValidationIssue> unexplained = new ArrayList<>();
      for (ValidationIssue w : issues) {
        if (w.severity() == Severity.WARNING
            && input.entry(w.organizationCode(), w.indicatorCode()).getExplanation() == null) {
          unexplained.add(
              new ValidationIssue(
                  EXPLANATION_REQUIRED,
                  Severity.ERROR,
                  "Cần ghi giải thích cho cảnh báo trước khi gửi: " + w.message(),
                  w.organizationCode(),
                  w.indicatorCode()));
        }
      }
      issues.addAll(unexplained);
    }
    if (issues.stream().anyMatch(ValidationIssue::isError)) {
      return new SaveOutcome(false, form.status(), form.version(), issues);
    }
    apply(actor, form, blocks, input);
    boolean counted = Form.counts(form.status());
    audit(
        actor,
        form,
        form.save(
            editor,
            submit,
            new Form.Narratives(input.getResults(), input.getDifficulties(), input.getProposals()),
            today.today(),
            today.now()));
    Form stored = forms.save(form);
    if (counted || Form.counts(next)) {
      figuresChanged(List.of(stored));
    }
    return new SaveOutcome(true, stored.status(), stored.version(), issues);
  }

  /**
   * What the user typed, merged with what others saved since the page loaded: each block (and each
   * narrative) the user changed comes from what they typed, every other one as it is stored now.
   * Where both changed the same block differently, nothing is saved and the conflict is named.
   */
  private FormInput merged(
      Form form,
      List<OrganizationRef> blocks,
      FormInput typed,
      FormInput loaded,
      boolean narrativesToo) {
    FormInput stored = storedInput(form);
    FormInput merged = stored.copy();
    List<String> conflicts = new ArrayList<>();
    for (OrganizationRef b : blocks) {
      boolean mine = !typed.sameBlock(loaded, b.code());
      boolean theirs = !stored.sameBlock(loaded, b.code());
      if (mine && theirs && !typed.sameBlock(stored, b.code())) {
        conflicts.add("khối số liệu của " + b.name());
      } else if (mine) {
        merged.takeBlock(typed, b.code());
      }
    }
    String[][] narratives = {
      {typed.getResults(), loaded.getResults(), stored.getResults(), "kết quả"},
      {typed.getDifficulties(), loaded.getDifficulties(), stored.getDifficulties(), "khó khăn"},
      {typed.getProposals(), loaded.getProposals(), stored.getProposals(), "kiến nghị"}
    };
    String[] chosen = {stored.getResults(), stored.getDifficulties(), stored.getProposals()};
    for (int i = 0; narrativesToo && i < 3; i++) {
      String[] n = narratives[i];
      boolean mine = !Objects.equals(blankToNull(n[0]), blankToNull(n[1]));
      boolean theirs = !Objects.equals(blankToNull(n[2]), blankToNull(n[1]));
      if (mine && theirs && !Objects.equals(blankToNull(n[0]), blankToNull(n[2]))) {
        conflicts.add("phần " + n[3]);
      }
      chosen[i] = mine ? n[0] : n[2];
    }
    if (!conflicts.isEmpty()) {
      String who = form.updatedBy() == null ? "người khác" : form.updatedBy();
      String when =
          form.updatedAt() == null
              ? ""
              : " lúc "
                  + java.time.format.DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")
                      .withZone(today.zone())
                      .format(form.updatedAt());
      throw new ConcurrentEditException(
          "Không lưu được: "
              + String.join(", ", conflicts)
              + " vừa được "
              + who
              + " sửa"
              + when
              + " trong khi bạn cũng sửa. Những gì bạn nhập vẫn còn trên trang: bấm \"Tải bản"
              + " mới\" để xem bản đã lưu, rồi nhập lại phần thay đổi.");
    }
    merged.setResults(chosen[0]);
    merged.setDifficulties(chosen[1]);
    merged.setProposals(chosen[2]);
    return merged;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** The actor as the form's rules see them. */
  private Form.Editor editor(Actor actor, Form form) {
    return new Form.Editor(
        actor.username(),
        actor.isReporter(),
        actor.isStaff(),
        access.covers(actor, form.organizationId()));
  }

  /** The ids of the actor's subtree: their organization and everything under it today. */
  private List<Long> subtreeIds(Actor actor) {
    return organizations.subtree(actor.organizationId()).stream().map(OrganizationRef::id).toList();
  }

  private List<ValidationIssue> validate(Form form, List<OrganizationRef> blocks, FormInput input) {
    CalendarPeriod period = CalendarPeriod.parse(form.round().periodCode());
    IndicatorCatalogue indicators = catalogue.current();
    OrganizationTree.Builder tree = OrganizationTree.builder();
    for (OrganizationRef o : blocks) {
      tree.add(
          new Organization(o.code(), o.name(), o.kind(), null, o.establishedOn(), o.dissolvedOn()));
    }
    Validator validator = new Validator(indicators, tree.build());
    List<ValidationIssue> issues = new ArrayList<>();
    for (OrganizationRef o : blocks) {
      List<FormEntry> entries = new ArrayList<>();
      Map<String, List<Long>> history = new HashMap<>();
      for (String code : form.round().indicatorCodes()) {
        EntryInput entry = input.entry(o.code(), code);
        if (!entry.isEmpty()) {
          entries.add(new FormEntry(o.code(), period, code, entry.getTotal(), entry.parts()));
          history.put(code, history(o, code, period));
        }
      }
      issues.addAll(validator.validateForm(entries, history));
    }
    return issues;
  }

  private List<Long> history(OrganizationRef o, String indicatorCode, CalendarPeriod period) {
    List<Long> values = new ArrayList<>();
    for (PastFigure past : forms.acceptedHistory(o.id(), indicatorCode, period.code())) {
      try {
        if (CalendarPeriod.parse(past.periodCode()).type() == period.type()) {
          values.add(past.value().longValue());
        }
      } catch (IllegalArgumentException ignoredMalformedPeriod) {
        // A period code that does not parse cannot be compared with this one; it is left out of the
        // history.
      }
    }
    return values;
  }

  /**
   * Writes the typed figures of the given blocks through the figure store; returns how many
   * changed.
   */
  private int apply(Actor actor, Form form, List<OrganizationRef> blocks, FormInput input) {
    List<FigureStore.Change> changes =
        figureStore.writeForm(actor.username(), storeForm(form), storeBlocks(blocks), cells(input));
    for (FigureStore.Change c : changes) {
      audit(actor, form, new Form.Change(c.subject(), c.oldValue(), c.newValue()));
    }
    return changes.size();
  }

  /** A form as the figure store knows it. */
  private static FigureStore.Form storeForm(Form form) {
    return new FigureStore.Form(
        form.id(), form.round().periodCode(), form.round().indicatorCodes());
  }

  /** The blocks being written, as the figure store knows them. */
  private static List<FigureStore.Block> storeBlocks(List<OrganizationRef> blocks) {
    return blocks.stream().map(o -> new FigureStore.Block(o.id(), o.code())).toList();
  }

  /** The figures of a form's input as the figure store reads them. */
  private static FigureStore.FormCells cells(FormInput input) {
    return new FigureStore.FormCells() {
      @Override
      public BigDecimal total(String organizationCode, String indicatorCode) {
        return input.entry(organizationCode, indicatorCode).getTotal();
      }

      @Override
      public Map<Sector, BigDecimal> parts(String organizationCode, String indicatorCode) {
        return input.entry(organizationCode, indicatorCode).parts();
      }

      @Override
      public String explanation(String organizationCode, String indicatorCode) {
        return input.entry(organizationCode, indicatorCode).getExplanation();
      }
    };
  }

  /** Figures of the input that would mix granularities, as errors on the form. */
  private List<ValidationIssue> granularityIssues(
      Form form, List<OrganizationRef> blocks, FormInput input) {
    List<ValidationIssue> issues = new ArrayList<>();
    for (FigureStore.Conflict c :
        figureStore.conflicts(storeForm(form), storeBlocks(blocks), cells(input))) {
      issues.add(
          new ValidationIssue(
              "MIXED_GRANULARITY",
              Severity.ERROR,
              c.message(),
              c.organizationCode(),
              c.indicatorCode()));
    }
    return issues;
  }

  private FormView view(Actor actor, Form form) {
    Round round = form.round();
    CalendarPeriod period = CalendarPeriod.parse(round.periodCode());
    Deadline deadline = form.deadline();
    LocalDate now = today.today();
    Form.Editor editor = editor(actor, form);
    boolean open = form.isOpenTo(editor, now);
    boolean wholeForm = editor.wholeForm();
    IndicatorCatalogue indicators = catalogue.current();
    // Who last changed a figure of each block, from the form's audit trail (subjects "ORG/IND").
    Map<String, AuditEntry> lastSave = new HashMap<>();
    for (AuditEntry e : auditTrail.ofForm(form.id())) {
      int slash = e.subject() == null ? -1 : e.subject().indexOf('/');
      if (slash > 0) {
        lastSave.merge(
            e.subject().substring(0, slash), e, (a, b) -> b.at().isAfter(a.at()) ? b : a);
      }
    }
    List<FormView.Block> blocks = new ArrayList<>();
    for (OrganizationRef o : blocksOf(form)) {
      boolean editable = open && (wholeForm || Objects.equals(o.id(), actor.organizationId()));
      Map<String, Long> plans = new HashMap<>();
      for (PlanFigure p : forms.plansOf(o.id())) {
        try {
          if (CalendarPeriod.parse(p.periodCode()).covers(period)) {
            plans.merge(p.indicatorCode(), p.target(), Long::sum);
          }
        } catch (IllegalArgumentException ignoredMalformedPeriod) {
          // A plan whose period code does not parse covers no period.
        }
      }
      List<FormView.Row> rows = new ArrayList<>();
      for (String code : round.indicatorCodes()) {
        Optional<Indicator> indicator = indicators.find(code);
        rows.add(
            new FormView.Row(
                code,
                indicator.map(Indicator::vietnameseLabel).orElse(code),
                indicator.map(Indicator::bySector).orElse(false),
                plans.get(code),
                null));
      }
      AuditEntry last = lastSave.get(o.code());
      blocks.add(
          new FormView.Block(
              o.code(),
              o.name(),
              o.kind() == OrganizationKind.SUBORDINATE_CELL,
              editable,
              last == null ? null : last.actor(),
              last == null ? null : last.at(),
              rows));
    }
    boolean staffOver = editor.staffOver();
    return new FormView(
        form.id(),
        form.version(),
        round.title(),
        round.periodCode(),
        deadline.lastDay(),
        deadline.daysLeft(now),
        form.organizationCode(),
        form.organizationName(),
        form.status(),
        form.returnComment(),
        form.changesSinceAccepted(),
        open && blocks.stream().anyMatch(FormView.Block::editable),
        open && wholeForm,
        staffOver && form.status().isUnderReview(),
        staffOver && form.status() == FormStatus.ACCEPTED,
        blocks);
  }

  /** The form's organization and its children that exist on the period's last day. */
  private List<OrganizationRef> blocksOf(Form form) {
    OrganizationRef org =
        organizations
            .byId(form.organizationId())
            .orElseThrow(() -> new AccessDeniedException("Bạn không có quyền xem biểu mẫu này."));
    LocalDate end = CalendarPeriod.parse(form.round().periodCode()).end();
    List<OrganizationRef> blocks = new ArrayList<>();
    blocks.add(org);
    for (OrganizationRef child : organizations.children(org.id())) {
      if (child.existsOn(end)) {
        blocks.add(child);
      }
    }
    return blocks;
  }

  private FormSummary summary(Form f, LocalDate now) {
    Deadline deadline = f.deadline();
    return new FormSummary(
        f.id(),
        f.round().id(),
        f.round().title(),
        f.round().periodCode(),
        f.organizationCode(),
        f.organizationName(),
        f.status(),
        deadline.lastDay(),
        deadline.daysLeft(now),
        f.version(),
        f.status() == FormStatus.RETURNED ? f.returnComment() : null,
        f.status() == FormStatus.ACCEPTED ? f.acceptedAt() : null);
  }

  /**
   * Gives the forms' periods new figure versions, so that cached roll-up figures are read again.
   * Called after the save: the form rows are locked before the version rows, in every writer.
   */
  private void figuresChanged(List<Form> changed) {
    Set<String> periods = new HashSet<>();
    changed.forEach(f -> periods.add(f.round().periodCode()));
    figureStore.changed(periods);
  }

  /**
   * Locks the forms' periods' figure versions before anything else of the forms is written: every
   * writer takes the version rows first, so a form's writers and the back-loads take turns. The
   * forms are then read again: a writer that waited here sees what the one before it committed, and
   * its version check (made again by every caller after this) refuses a stale page instead of
   * failing at commit.
   */
  private List<Form> lockFigures(List<Form> locked) {
    Set<String> periods = new HashSet<>();
    for (Form f : locked) {
      periods.add(f.round().periodCode());
    }
    try {
      figureStore.lock(periods);
    } catch (WritersBusyException e) {
      throw new ConcurrentEditException(
          "Biểu mẫu đang được người khác lưu cùng lúc; chưa có gì thay đổi. Những gì bạn nhập vẫn"
              + " còn trên trang: hãy bấm lưu lại sau ít giây.");
    }
    return locked.stream().map(f -> forms.reread(f.id())).toList();
  }

  private Form requireForm(long formId) {
    return forms
        .byId(formId)
        .orElseThrow(() -> new AccessDeniedException("Bạn không có quyền xem biểu mẫu này."));
  }

  private static CalendarPeriod parsePeriod(String code) {
    try {
      return CalendarPeriod.parse(code);
    } catch (IllegalArgumentException e) {
      throw new WorkflowException(e.getMessage());
    }
  }

  private void audit(Actor actor, Form form, Form.Change change) {
    auditTrail.record(
        new AuditEntry(
            today.now(),
            actor.username(),
            form.id(),
            form.organizationId(),
            change.subject(),
            truncate(change.oldValue()),
            truncate(change.newValue())));
  }

  private void audit(Actor actor, Form form, List<Form.Change> changes) {
    for (Form.Change c : changes) {
      audit(actor, form, c);
    }
  }

  private static String truncate(String s) {
    return s == null || s.length() <= 1000 ? s : s.substring(0, 999) + "…";
  }
}
