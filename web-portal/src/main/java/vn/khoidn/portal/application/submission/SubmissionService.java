package vn.khoidn.portal.application.submission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.khoidn.domain.indicator.Indicator;
import vn.khoidn.domain.indicator.IndicatorCatalogue;
import vn.khoidn.domain.indicator.Source;
import vn.khoidn.domain.organization.Organization;
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
import vn.khoidn.portal.application.figure.FigureStore;
import vn.khoidn.portal.application.indicator.CatalogueService;
import vn.khoidn.portal.application.time.PortalClock;
import vn.khoidn.portal.infrastructure.persistence.jpa.AuditEntryEntity;
import vn.khoidn.portal.infrastructure.persistence.jpa.DataValueEntity;
import vn.khoidn.portal.infrastructure.persistence.jpa.JpaOrganizationRepository;
import vn.khoidn.portal.infrastructure.persistence.jpa.JpaSubmissionRepository;
import vn.khoidn.portal.infrastructure.persistence.jpa.OrganizationEntity;
import vn.khoidn.portal.infrastructure.persistence.jpa.PlanTargetEntity;
import vn.khoidn.portal.infrastructure.persistence.jpa.ReportFormEntity;
import vn.khoidn.portal.infrastructure.persistence.jpa.ReportingRoundEntity;

/**
 * The submission workflow's use cases. Every method takes the acting user's name, checks their role
 * and organization, and runs in one transaction: a refusal changes nothing.
 */
@ApplicationScoped
public class SubmissionService {

  /** An explanation is needed for every warning before a form can be submitted. */
  public static final String EXPLANATION_REQUIRED = "EXPLANATION_REQUIRED";

  private static final java.util.Locale VI = java.util.Locale.forLanguageTag("vi-VN");

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy", VI);

  @Inject private AccessPolicy access;
  @Inject private JpaSubmissionRepository repository;
  @Inject private JpaOrganizationRepository organizations;
  @Inject private CatalogueService catalogue;
  @Inject private PortalClock today;
  @Inject private FigureStore figureStore;

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
    OrganizationEntity home = organizations.findById(actor.organizationId());
    access.requireStaffOver(actor, home);
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
    List<OrganizationEntity> expected = new ArrayList<>();
    if (command.organizationCodes().isEmpty()) {
      for (OrganizationEntity o : organizations.subtree(home)) {
        if (o.getKind().isGrassroots() && o.existsOn(period.end())) {
          expected.add(o);
        }
      }
    } else {
      for (String code : command.organizationCodes()) {
        OrganizationEntity o =
            organizations
                .findByCode(code)
                .orElseThrow(() -> new WorkflowException("Không có tổ chức mã " + code + "."));
        access.requireStaffOver(actor, o);
        if (!o.getKind().isGrassroots()) {
          throw new WorkflowException(
              o.getName() + " không phải tổ chức cơ sở đảng: không lập biểu mẫu riêng.");
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
    for (ReportingRoundEntity other : repository.roundsOf(period.code())) {
      throw new WorkflowException(
          "Kỳ "
              + period.code()
              + " đã có đợt báo cáo \""
              + other.getTitle()
              + "\": mỗi kỳ chỉ mở một đợt báo cáo. Hãy dùng đợt đó (gia hạn cho đơn vị nếu cần).");
    }
    ReportingRoundEntity round =
        repository.add(
            new ReportingRoundEntity(
                period.code(),
                command.title().strip(),
                command.deadline(),
                command.indicatorCodes(),
                actor.username()));
    for (OrganizationEntity o : expected) {
      ReportFormEntity form = repository.add(new ReportFormEntity(round, o));
      repository.flush();
      audit(actor, form, "STATUS", null, FormStatus.NOT_STARTED.name());
    }
    return round.getId();
  }

  /**
   * The forms the user works on, newest round first: for a reporter their organization's forms
   * (and, for a subordinate cell, its committee's), for staff and the standing committee every form
   * in their subtree.
   *
   * @param username the user
   * @return the forms
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<FormSummary> formsFor(String username) {
    Actor actor = access.actor(username);
    LocalDate now = today.today();
    return repository.forms().stream()
        .filter(f -> access.canSee(actor, f))
        .map(f -> summary(f, now))
        .toList();
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
    List<RoundSummary> rounds = new ArrayList<>();
    for (ReportingRoundEntity r : repository.rounds()) {
      List<ReportFormEntity> forms =
          repository.formsOf(r.getId()).stream()
              .filter(f -> access.covers(actor, f.getOrganization()))
              .toList();
      if (!forms.isEmpty()) {
        Map<FormStatus, Long> byStatus = new LinkedHashMap<>();
        for (FormStatus s : FormStatus.values()) {
          byStatus.put(s, forms.stream().filter(f -> f.getStatus() == s).count());
        }
        rounds.add(
            new RoundSummary(
                r.getId(),
                r.getTitle(),
                r.getPeriodCode(),
                r.getDeadline(),
                forms.size(),
                byStatus));
      }
    }
    return rounds;
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
    return repository.formsOf(roundId).stream()
        .filter(f -> access.covers(actor, f.getOrganization()))
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
    ReportFormEntity form = requireForm(formId);
    access.requireSee(actor, form);
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
    ReportFormEntity form = requireForm(formId);
    access.requireSee(actor, form);
    FormInput input = new FormInput();
    input.setResults(form.getResultsText());
    input.setDifficulties(form.getDifficultiesText());
    input.setProposals(form.getProposalsText());
    for (DataValueEntity v : repository.valuesOf(form)) {
      EntryInput entry = input.entry(v.getOrganization().getCode(), v.getIndicatorCode());
      if (v.getSector() == null) {
        entry.setTotal(v.getNumericValue().stripTrailingZeros());
        entry.setExplanation(v.getExplanation());
      } else {
        entry.setPart(v.getSector(), v.getNumericValue().stripTrailingZeros());
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
    return save(formId, input, expectedVersion, username, false);
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
    return save(formId, input, expectedVersion, username, true);
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
    ReportFormEntity form = requireForm(formId);
    access.requireStaffOver(actor, form.getOrganization());
    checkVersion(form, expectedVersion);
    lockFigures(form);
    checkVersion(form, expectedVersion);
    if (comment == null || comment.isBlank()) {
      throw new WorkflowException("Vui lòng ghi lý do trả lại để đơn vị biết cần sửa gì.");
    }
    FormStatus next = transition(() -> form.getStatus().afterReturn());
    audit(actor, form, "STATUS", form.getStatus().name(), next.name());
    audit(actor, form, "COMMENT", form.getReturnComment(), comment.strip());
    form.setStatus(next);
    form.markReturned(comment.strip());
    form.touch(actor.username());
    flush();
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
    ReportFormEntity form = requireForm(formId);
    access.requireStaffOver(actor, form.getOrganization());
    checkVersion(form, expectedVersion);
    lockFigures(form);
    checkVersion(form, expectedVersion);
    acceptChecked(actor, form);
    flush();
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
    List<ReportFormEntity> accepted = new ArrayList<>();
    lockFigures(
        expectedVersions.keySet().stream().map(this::requireForm).toArray(ReportFormEntity[]::new));
    for (Map.Entry<Long, Long> e : expectedVersions.entrySet()) {
      ReportFormEntity form = requireForm(e.getKey());
      access.requireStaffOver(actor, form.getOrganization());
      checkVersion(form, e.getValue());
      acceptChecked(actor, form);
      accepted.add(form);
    }
    flush();
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
    ReportFormEntity form = requireForm(formId);
    access.requireStaffOver(actor, form.getOrganization());
    checkVersion(form, expectedVersion);
    if (form.getStatus() != FormStatus.ACCEPTED) {
      throw new WorkflowException("Chỉ sửa theo cách này với biểu mẫu đã duyệt.");
    }
    lockFigures(form);
    checkVersion(form, expectedVersion);
    List<OrganizationEntity> blocks = blocksOf(form);
    List<ValidationIssue> issues = validate(form, blocks, input);
    issues.addAll(granularityIssues(form, blocks, input));
    if (issues.stream().anyMatch(ValidationIssue::isError)) {
      return new SaveOutcome(false, form.getStatus(), form.getVersion(), issues);
    }
    int changed = apply(actor, form, blocks, input);
    for (int i = 0; i < changed; i++) {
      form.countCorrection();
    }
    form.touch(actor.username());
    flush();
    figuresChanged(List.of(form));
    return new SaveOutcome(true, form.getStatus(), form.getVersion(), issues);
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
    ReportFormEntity form = requireForm(formId);
    access.requireStaffOver(actor, form.getOrganization());
    if (until == null || until.isBefore(today.today())) {
      throw new WorkflowException("Ngày gia hạn phải từ hôm nay trở đi.");
    }
    audit(
        actor,
        form,
        "DEADLINE_EXCEPTION",
        Objects.toString(form.getDeadlineException(), null),
        until.toString());
    form.setDeadlineException(until);
    form.touch(actor.username());
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
    ReportFormEntity form = requireForm(formId);
    access.requireSee(actor, form);
    return repository.auditOf(formId).stream()
        .map(
            a ->
                new AuditView(
                    a.getChangedAt(),
                    a.getActor(),
                    a.getSubject(),
                    a.getOldValue(),
                    a.getNewValue()))
        .toList();
  }

  private SaveOutcome save(
      long formId, FormInput input, long expectedVersion, String username, boolean submit) {
    Actor actor = access.actor(username);
    ReportFormEntity form = requireForm(formId);
    access.requireSee(actor, form);
    if (!actor.isReporter()) {
      throw new AccessDeniedException("Chỉ cán bộ báo cáo của tổ chức mới nhập và gửi biểu mẫu.");
    }
    checkVersion(form, expectedVersion);
    FormStatus next =
        transition(() -> submit ? form.getStatus().afterSubmit() : form.getStatus().afterSave());
    Deadline deadline = new Deadline(form.getRound().getDeadline(), form.getDeadlineException());
    if (!deadline.isOpenOn(today.today())) {
      throw new WorkflowException(
          "Đã quá hạn nộp ("
              + vn.khoidn.domain.format.VietnameseFormat.date(deadline.lastDay())
              + "): biểu mẫu chỉ còn xem được. Liên hệ Ban Tổ chức nếu cần gia hạn.");
    }
    boolean wholeForm = access.covers(actor, form.getOrganization());
    if (submit && !wholeForm) {
      throw new AccessDeniedException(
          "Chỉ tổ chức cơ sở đảng gửi biểu mẫu; chi bộ trực thuộc chỉ nhập số liệu của mình.");
    }
    List<OrganizationEntity> blocks =
        blocksOf(form).stream()
            .filter(b -> wholeForm || Objects.equals(b.getId(), actor.organizationId()))
            .toList();
    lockFigures(form);
    checkVersion(form, expectedVersion);
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
      return new SaveOutcome(false, form.getStatus(), form.getVersion(), issues);
    }
    apply(actor, form, blocks, input);
    if (wholeForm) {
      auditIfChanged(actor, form, "NARRATIVE/results", form.getResultsText(), input.getResults());
      auditIfChanged(
          actor,
          form,
          "NARRATIVE/difficulties",
          form.getDifficultiesText(),
          input.getDifficulties());
      auditIfChanged(
          actor, form, "NARRATIVE/proposals", form.getProposalsText(), input.getProposals());
      form.setNarratives(input.getResults(), input.getDifficulties(), input.getProposals());
    }
    boolean counted = counts(form.getStatus());
    if (next != form.getStatus()) {
      audit(actor, form, "STATUS", form.getStatus().name(), next.name());
      form.setStatus(next);
    }
    if (submit) {
      form.markSubmitted(today.now());
    }
    form.touch(actor.username());
    flush();
    if (counted || counts(next)) {
      figuresChanged(List.of(form));
    }
    return new SaveOutcome(true, form.getStatus(), form.getVersion(), issues);
  }

  private List<ValidationIssue> validate(
      ReportFormEntity form, List<OrganizationEntity> blocks, FormInput input) {
    CalendarPeriod period = CalendarPeriod.parse(form.getRound().getPeriodCode());
    IndicatorCatalogue indicators = catalogue.current();
    OrganizationTree.Builder tree = OrganizationTree.builder();
    for (OrganizationEntity o : blocks) {
      tree.add(
          new Organization(
              o.getCode(),
              o.getName(),
              o.getKind(),
              null,
              o.getEstablishedOn(),
              o.getDissolvedOn()));
    }
    Validator validator = new Validator(indicators, tree.build());
    List<ValidationIssue> issues = new ArrayList<>();
    for (OrganizationEntity o : blocks) {
      List<FormEntry> entries = new ArrayList<>();
      Map<String, List<Long>> history = new HashMap<>();
      for (String code : form.getRound().getIndicatorCodes()) {
        EntryInput entry = input.entry(o.getCode(), code);
        if (!entry.isEmpty()) {
          entries.add(new FormEntry(o.getCode(), period, code, entry.getTotal(), entry.parts()));
          history.put(code, history(o, code, period));
        }
      }
      issues.addAll(validator.validateForm(entries, history));
    }
    return issues;
  }

  private List<Long> history(OrganizationEntity o, String indicatorCode, CalendarPeriod period) {
    List<Long> values = new ArrayList<>();
    for (Object[] row : repository.acceptedHistory(o, indicatorCode, period.code())) {
      try {
        if (CalendarPeriod.parse((String) row[0]).type() == period.type()) {
          values.add(((BigDecimal) row[1]).longValue());
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
  private int apply(
      Actor actor, ReportFormEntity form, List<OrganizationEntity> blocks, FormInput input) {
    List<FigureStore.Change> changes =
        figureStore.writeForm(actor.username(), storeForm(form), storeBlocks(blocks), cells(input));
    for (FigureStore.Change c : changes) {
      audit(actor, form, c.subject(), c.oldValue(), c.newValue());
    }
    return changes.size();
  }

  /** A form as the figure store knows it. */
  private static FigureStore.Form storeForm(ReportFormEntity form) {
    return new FigureStore.Form(
        form.getId(), form.getRound().getPeriodCode(), form.getRound().getIndicatorCodes());
  }

  /** The blocks being written, as the figure store knows them. */
  private static List<FigureStore.Block> storeBlocks(List<OrganizationEntity> blocks) {
    return blocks.stream().map(o -> new FigureStore.Block(o.getId(), o.getCode())).toList();
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
      ReportFormEntity form, List<OrganizationEntity> blocks, FormInput input) {
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

  private void acceptChecked(Actor actor, ReportFormEntity form) {
    FormStatus next = transition(() -> form.getStatus().afterAccept());
    audit(actor, form, "STATUS", form.getStatus().name(), next.name());
    form.setStatus(next);
    form.markAccepted(actor.username(), today.now());
    form.touch(actor.username());
  }

  private FormView view(Actor actor, ReportFormEntity form) {
    ReportingRoundEntity round = form.getRound();
    CalendarPeriod period = CalendarPeriod.parse(round.getPeriodCode());
    Deadline deadline = new Deadline(round.getDeadline(), form.getDeadlineException());
    LocalDate now = today.today();
    boolean open =
        deadline.isOpenOn(now) && form.getStatus().isEditableByReporter() && actor.isReporter();
    boolean wholeForm = access.covers(actor, form.getOrganization());
    IndicatorCatalogue indicators = catalogue.current();
    List<FormView.Block> blocks = new ArrayList<>();
    for (OrganizationEntity o : blocksOf(form)) {
      boolean editable = open && (wholeForm || Objects.equals(o.getId(), actor.organizationId()));
      Map<String, Long> plans = new HashMap<>();
      for (PlanTargetEntity p : repository.plansOf(o)) {
        try {
          if (CalendarPeriod.parse(p.getPeriodCode()).covers(period)) {
            plans.merge(p.getIndicatorCode(), p.getTarget(), Long::sum);
          }
        } catch (IllegalArgumentException ignoredMalformedPeriod) {
          // A plan whose period code does not parse covers no period.
        }
      }
      List<FormView.Row> rows = new ArrayList<>();
      for (String code : round.getIndicatorCodes()) {
        Optional<Indicator> indicator = indicators.find(code);
        rows.add(
            new FormView.Row(
                code,
                indicator.map(Indicator::vietnameseLabel).orElse(code),
                indicator.map(Indicator::bySector).orElse(false),
                plans.get(code),
                null));
      }
      blocks.add(new FormView.Block(o.getCode(), o.getName(), editable, rows));
    }
    boolean staffOver = actor.isStaff() && wholeForm;
    return new FormView(
        form.getId(),
        form.getVersion(),
        round.getTitle(),
        round.getPeriodCode(),
        deadline.lastDay(),
        deadline.daysLeft(now),
        form.getOrganization().getCode(),
        form.getOrganization().getName(),
        form.getStatus(),
        form.getReturnComment(),
        form.getChangesSinceAccepted(),
        open && blocks.stream().anyMatch(FormView.Block::editable),
        open && wholeForm,
        staffOver && form.getStatus().isUnderReview(),
        staffOver && form.getStatus() == FormStatus.ACCEPTED,
        blocks);
  }

  private List<OrganizationEntity> blocksOf(ReportFormEntity form) {
    OrganizationEntity org = form.getOrganization();
    LocalDate end = CalendarPeriod.parse(form.getRound().getPeriodCode()).end();
    List<OrganizationEntity> blocks = new ArrayList<>();
    blocks.add(org);
    for (OrganizationEntity child : organizations.findChildren(org)) {
      if (child.existsOn(end)) {
        blocks.add(child);
      }
    }
    return blocks;
  }

  private FormSummary summary(ReportFormEntity f, LocalDate now) {
    Deadline deadline = new Deadline(f.getRound().getDeadline(), f.getDeadlineException());
    return new FormSummary(
        f.getId(),
        f.getRound().getId(),
        f.getRound().getTitle(),
        f.getRound().getPeriodCode(),
        f.getOrganization().getCode(),
        f.getOrganization().getName(),
        f.getStatus(),
        deadline.lastDay(),
        deadline.daysLeft(now),
        f.getVersion());
  }

  private void checkVersion(ReportFormEntity form, long expectedVersion) {
    if (form.getVersion() != expectedVersion) {
      throw conflict(form);
    }
  }

  private ConcurrentEditException conflict(ReportFormEntity form) {
    String who = form.getUpdatedBy() == null ? "người khác" : form.getUpdatedBy();
    String when =
        form.getUpdatedAt() == null
            ? ""
            : " lúc " + TIME.withZone(today.zone()).format(form.getUpdatedAt());
    return new ConcurrentEditException(
        "Biểu mẫu vừa được "
            + who
            + " lưu"
            + when
            + ". Những gì bạn nhập vẫn còn trên trang: hãy bấm \"Tải bản mới\" để xem bản đã lưu, rồi nhập lại phần thay đổi.");
  }

  /** Whether a roll-up may count the figures of a form in this status. */
  private static boolean counts(FormStatus status) {
    return status == FormStatus.SUBMITTED || status == FormStatus.ACCEPTED;
  }

  /**
   * Gives the forms' periods new figure versions, so that cached roll-up figures are read again.
   * Called after the flush: the form rows are locked before the version rows, in every writer.
   */
  private void figuresChanged(List<ReportFormEntity> forms) {
    Set<String> periods = new HashSet<>();
    forms.forEach(f -> periods.add(f.getRound().getPeriodCode()));
    figureStore.changed(periods);
  }

  /**
   * Locks the forms' periods' figure versions before anything else of the forms is written: every
   * writer takes the version rows first, so a form's writers and the back-loads take turns. The
   * forms are then read again: a writer that waited here sees what the one before it committed, and
   * its version check (made again by every caller after this) refuses a stale page instead of
   * failing at commit.
   */
  private void lockFigures(ReportFormEntity... forms) {
    Set<String> periods = new HashSet<>();
    for (ReportFormEntity f : forms) {
      periods.add(f.getRound().getPeriodCode());
    }
    try {
      figureStore.lock(periods);
    } catch (vn.khoidn.portal.application.figure.WritersBusyException e) {
      throw new ConcurrentEditException(
          "Biểu mẫu đang được người khác lưu cùng lúc; chưa có gì thay đổi. Những gì bạn nhập vẫn"
              + " còn trên trang: hãy bấm lưu lại sau ít giây.");
    }
    for (ReportFormEntity f : forms) {
      repository.refresh(f);
    }
  }

  private void flush() {
    try {
      repository.flush();
    } catch (OptimisticLockException e) {
      throw new ConcurrentEditException(
          "Biểu mẫu vừa được người khác lưu. Những gì bạn nhập vẫn còn trên trang: hãy tải bản mới rồi nhập lại phần thay đổi.");
    } catch (PersistenceException e) {
      if (e.getCause() instanceof OptimisticLockException) {
        throw new ConcurrentEditException(
            "Biểu mẫu vừa được người khác lưu. Những gì bạn nhập vẫn còn trên trang: hãy tải bản mới rồi nhập lại phần thay đổi.");
      }
      throw e;
    }
  }

  private ReportFormEntity requireForm(long formId) {
    return repository
        .form(formId)
        .orElseThrow(() -> new AccessDeniedException("Bạn không có quyền xem biểu mẫu này."));
  }

  private static FormStatus transition(java.util.function.Supplier<FormStatus> step) {
    try {
      return step.get();
    } catch (IllegalStateException e) {
      throw new WorkflowException(e.getMessage());
    }
  }

  private static CalendarPeriod parsePeriod(String code) {
    try {
      return CalendarPeriod.parse(code);
    } catch (IllegalArgumentException e) {
      throw new WorkflowException(e.getMessage());
    }
  }

  private void audit(
      Actor actor, ReportFormEntity form, String subject, String oldValue, String newValue) {
    repository.add(
        new AuditEntryEntity(
            actor.username(),
            form.getId(),
            form.getOrganization().getId(),
            subject,
            truncate(oldValue),
            truncate(newValue)));
  }

  private void auditIfChanged(
      Actor actor, ReportFormEntity form, String subject, String oldValue, String newValue) {
    if (!Objects.equals(blankToNull(oldValue), blankToNull(newValue))) {
      audit(actor, form, subject, oldValue, newValue);
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private static String truncate(String s) {
    return s == null || s.length() <= 1000 ? s : s.substring(0, 999) + "…";
  }
}
