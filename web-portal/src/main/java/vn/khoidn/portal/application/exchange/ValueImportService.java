package vn.khoidn.portal.application.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.khoidn.domain.format.CountInput;
import vn.khoidn.domain.indicator.Indicator;
import vn.khoidn.domain.indicator.Source;
import vn.khoidn.domain.period.CalendarPeriod;
import vn.khoidn.domain.registry.Sector;
import vn.khoidn.domain.submission.FormStatus;
import vn.khoidn.portal.application.InvalidInputException;
import vn.khoidn.portal.application.account.AccessDeniedException;
import vn.khoidn.portal.application.account.AccessPolicy;
import vn.khoidn.portal.application.account.Actor;
import vn.khoidn.portal.application.audit.AuditEntry;
import vn.khoidn.portal.application.audit.AuditTrail;
import vn.khoidn.portal.application.figure.FigureStore;
import vn.khoidn.portal.application.indicator.IndicatorCatalogueRepository;
import vn.khoidn.portal.application.organization.OrganizationRef;
import vn.khoidn.portal.application.organization.Organizations;
import vn.khoidn.portal.application.submission.EntryInput;
import vn.khoidn.portal.application.submission.FormInput;
import vn.khoidn.portal.application.submission.FormSummary;
import vn.khoidn.portal.application.submission.FormView;
import vn.khoidn.portal.application.submission.SaveOutcome;
import vn.khoidn.portal.application.submission.SubmissionService;
import vn.khoidn.portal.application.submission.WorkflowException;
import vn.khoidn.portal.application.time.PortalClock;

/**
 * Imports figures. Every row is checked first and all errors are reported together; then the whole
 * file is written in one transaction, or nothing is. Figures imported by staff or an administrator
 * are back-loaded history (on no form), written through the {@link FigureStore}: a figure a form
 * owns is refused there, never added to the form's; a reporter's import fills that reporter's draft
 * form of the period.
 */
@ApplicationScoped
public class ValueImportService {

  /** The most rows one request may carry. */
  public static final int MAX_ROWS = 200_000;

  @Inject private AccessPolicy access;
  @Inject private Organizations organizations;
  @Inject private IndicatorCatalogueRepository indicators;
  @Inject private AuditTrail audit;
  @Inject private PortalClock clock;
  @Inject private FigureStore figureStore;
  @Inject private SubmissionService submissions;

  /** For CDI. */
  protected ValueImportService() {}

  /**
   * A service over its ports, for tests without a container.
   *
   * @param access the access policy
   * @param organizations the organizations
   * @param indicators the catalogue
   * @param audit the audit trail
   * @param clock the clock
   * @param figureStore the figure store
   * @param submissions the forms' use cases, for a reporter's import
   */
  public ValueImportService(
      AccessPolicy access,
      Organizations organizations,
      IndicatorCatalogueRepository indicators,
      AuditTrail audit,
      PortalClock clock,
      FigureStore figureStore,
      SubmissionService submissions) {
    this.access = access;
    this.organizations = organizations;
    this.indicators = indicators;
    this.audit = audit;
    this.clock = clock;
    this.figureStore = figureStore;
    this.submissions = submissions;
  }

  /**
   * Checks and, unless it is a dry run, writes the rows.
   *
   * @param username the user
   * @param rows the rows, in file order
   * @param dryRun whether to check only
   * @return what was (or would be) written
   * @throws ImportRejectedException if any row is wrong; nothing is written
   * @throws AccessDeniedException if a row is for an organization the user does not work on
   */
  @Transactional
  public ImportSummary importValues(String username, List<ValueRow> rows, boolean dryRun) {
    Actor actor = access.actor(username);
    boolean staff = actor.isStaff();
    if (!staff && !actor.isReporter()) {
      throw new AccessDeniedException("Chỉ Ban Tổ chức và người báo cáo được nhập số liệu.");
    }
    if (rows.size() > MAX_ROWS) {
      throw new InvalidInputException(
          "TOO_MANY_ROWS",
          "Một lần nhập tối đa " + MAX_ROWS + " dòng; tệp có " + rows.size() + " dòng.");
    }
    Validation validation = validate(actor, rows);
    if (!validation.errors().isEmpty()) {
      throw new ImportRejectedException(validation.errors());
    }
    List<Checked> checked = validation.checked();
    ImportSummary summary =
        staff
            ? history(actor, checked, rows.size(), dryRun)
            : drafts(actor, checked, rows.size(), dryRun);
    if (!dryRun) {
      audit.record(
          new AuditEntry(
              clock.now(),
              actor.username(),
              null,
              null,
              "import:data-values",
              null,
              summary.imported()
                  + " mới, "
                  + summary.updated()
                  + " sửa, "
                  + summary.unchanged()
                  + " không đổi"));
    }
    return summary;
  }

  /** Checks every row; a row for an organization out of the user's scope refuses the request. */
  private Validation validate(Actor actor, List<ValueRow> rows) {
    Map<String, OrganizationRef> orgs = new HashMap<>();
    organizations.all().forEach(o -> orgs.put(o.code(), o));
    Map<String, Indicator> known = new HashMap<>();
    for (Indicator i : indicators.all()) {
      known.put(i.code(), i);
    }
    List<RowError> errors = new ArrayList<>();
    List<Checked> checked = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    Map<String, BigDecimal> totals = new HashMap<>();
    Map<String, BigDecimal> parts = new HashMap<>();
    Map<String, Integer> totalLine = new HashMap<>();
    Set<Long> covered = new HashSet<>();
    for (ValueRow r : rows) {
      int before = errors.size();
      OrganizationRef org = orgs.get(strip(r.org()));
      if (org == null) {
        errors.add(
            new RowError(
                r.line(), "UNKNOWN_ORGANIZATION", "Không có tổ chức mã \"" + r.org() + "\"."));
      } else if (!covered.contains(org.id())) {
        if (!access.covers(actor, org.id())) {
          throw new AccessDeniedException(
              "Dòng "
                  + r.line()
                  + ": bạn không có quyền nhập số liệu cho tổ chức "
                  + org.code()
                  + ". Không có số liệu nào được ghi.");
        }
        covered.add(org.id());
      }
      CalendarPeriod period = null;
      try {
        period = CalendarPeriod.parse(strip(r.period()).toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        errors.add(new RowError(r.line(), "INVALID_PERIOD", e.getMessage()));
      }
      Indicator indicator = known.get(strip(r.indicator()));
      if (indicator == null) {
        errors.add(
            new RowError(
                r.line(), "UNKNOWN_INDICATOR", "Không có chỉ tiêu mã \"" + r.indicator() + "\"."));
      } else if (indicator.isPlan()) {
        errors.add(
            new RowError(
                r.line(),
                "PLAN_INDICATOR",
                indicator.code()
                    + " là chỉ tiêu kế hoạch, không phải số liệu thực hiện: đặt kế hoạch qua"
                    + " POST /api/v1/plans (cột org,period,indicator,value; indicator là chỉ tiêu"
                    + " được giao, ví dụ NEW_MEMBERS)."));
      } else if (indicator.source() != Source.ENTERED) {
        errors.add(
            new RowError(
                r.line(),
                "DERIVED_INDICATOR",
                "Chỉ tiêu " + indicator.code() + " được tính từ danh bạ, không nhập được."));
      }
      Sector sector = null;
      String sectorText = strip(r.sector());
      if (!sectorText.isEmpty()) {
        try {
          sector = Sector.valueOf(sectorText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          errors.add(
              new RowError(
                  r.line(),
                  "UNKNOWN_SECTOR",
                  "Khu vực \""
                      + sectorText
                      + "\" không hợp lệ: dùng STATE, NON_STATE, CREDIT, OTHER hoặc để trống."));
        }
      }
      BigDecimal value = null;
      try {
        // Checked as text before any conversion: no "1.000" read as 1, no 1E10000000 expanded.
        value = BigDecimal.valueOf(CountInput.parse(r.value()));
      } catch (CountInput.Refused e) {
        errors.add(new RowError(r.line(), e.code(), e.getMessage()));
      }
      if (org != null && period != null && !org.existsBetween(period.start(), period.end())) {
        errors.add(
            new RowError(
                r.line(),
                "ORGANIZATION_NOT_IN_PERIOD",
                "Tổ chức " + org.code() + " không tồn tại trong kỳ " + period.code() + "."));
      }
      if (errors.size() > before) {
        continue;
      }
      String figure = org.code() + "|" + period.code() + "|" + indicator.code();
      String key = figure + "|" + sector;
      Integer first = seen.putIfAbsent(key, r.line());
      if (first != null) {
        errors.add(
            new RowError(r.line(), "DUPLICATE_ROW", "Dòng này trùng với dòng " + first + "."));
        continue;
      }
      if (sector == null) {
        totals.put(figure, value);
        totalLine.put(figure, r.line());
      } else {
        parts.merge(figure, value, BigDecimal::add);
      }
      checked.add(new Checked(r.line(), org, period, indicator.code(), sector, value));
    }
    parts.forEach(
        (figure, sum) -> {
          BigDecimal total = totals.get(figure);
          if (total != null && sum.compareTo(total) > 0) {
            errors.add(
                new RowError(
                    totalLine.get(figure),
                    "BREAKDOWN_ABOVE_TOTAL",
                    "Tổng các khu vực ("
                        + sum.toPlainString()
                        + ") lớn hơn tổng số ("
                        + total.toPlainString()
                        + ")."));
          }
        });
    errors.sort(java.util.Comparator.comparingInt(RowError::line));
    return new Validation(checked, errors);
  }

  /**
   * Checks rows meant for one form, as its Excel template comes back: every check of an import, and
   * that each row is for this form's period and for a part of the form the user may fill in.
   *
   * @param username the user
   * @param formId the form
   * @param rows the rows
   * @return what is wrong, by line; empty if every row can go into the draft
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<RowError> checkForForm(String username, long formId, List<ValueRow> rows) {
    return checkedForForm(username, formId, rows).errors();
  }

  private Validation checkedForForm(String username, long formId, List<ValueRow> rows) {
    Actor actor = access.actor(username);
    FormView form = submissions.form(formId, username);
    Validation validation = validate(actor, rows);
    List<RowError> errors = new ArrayList<>(validation.errors());
    Set<String> editable = editable(form);
    for (Checked r : validation.checked()) {
      if (!r.period().code().equals(form.periodCode())) {
        errors.add(
            new RowError(
                r.line(),
                "WRONG_PERIOD",
                "Biểu mẫu này của kỳ "
                    + form.periodCode()
                    + ", dòng này của kỳ "
                    + r.period().code()
                    + "."));
      } else if (!editable.contains(r.org().code() + "|" + r.indicator())) {
        errors.add(notOnForm(r, form.periodCode()));
      }
    }
    errors.sort(java.util.Comparator.comparingInt(RowError::line));
    return new Validation(validation.checked(), errors);
  }

  /**
   * Puts checked rows into a form's draft, as if typed into it.
   *
   * @param username the user
   * @param formId the form
   * @param version the version the page loaded
   * @param rows the rows
   * @return the outcome of saving the draft
   * @throws ImportRejectedException if a row is wrong; nothing is saved
   */
  @Transactional
  public SaveOutcome applyToForm(String username, long formId, long version, List<ValueRow> rows) {
    Validation checked = checkedForForm(username, formId, rows);
    if (!checked.errors().isEmpty()) {
      throw new ImportRejectedException(checked.errors());
    }
    FormInput input = submissions.input(formId, username);
    checked.checked().forEach(r -> put(input, r));
    return submissions.saveDraft(formId, input, version, username);
  }

  /** Writes a checked row into a form's input, as if typed. */
  private static void put(FormInput input, Checked r) {
    EntryInput entry = input.entry(r.org().code(), r.indicator());
    if (r.sector() == null) {
      entry.setTotal(r.value());
    } else {
      entry.setPart(r.sector(), r.value());
    }
  }

  private static RowError notOnForm(Checked r, String period) {
    return new RowError(
        r.line(),
        "NOT_ON_FORM",
        "Chỉ tiêu "
            + r.indicator()
            + " của "
            + r.org().code()
            + " không có trên biểu mẫu kỳ "
            + period
            + ", hoặc bạn không được nhập phần này.");
  }

  private static Set<String> editable(FormView form) {
    Set<String> editable = new HashSet<>();
    for (FormView.Block b : form.blocks()) {
      if (b.editable()) {
        b.rows().forEach(row -> editable.add(b.organizationCode() + "|" + row.indicatorCode()));
      }
    }
    return editable;
  }

  /**
   * Staff rows go through the figure store: each is imported, updated, left unchanged, or refused
   * (a figure a form owns, a granularity that would count a figure twice), and one refusal refuses
   * the file.
   */
  private ImportSummary history(Actor actor, List<Checked> rows, int count, boolean dryRun) {
    List<FigureStore.Row> store = new ArrayList<>(rows.size());
    for (Checked r : rows) {
      store.add(
          new FigureStore.Row(
              r.line(),
              r.org().id(),
              r.org().code(),
              r.period(),
              r.indicator(),
              r.sector(),
              r.value()));
    }
    List<FigureStore.Result> outcomes = figureStore.backLoad(actor.username(), store, dryRun);
    List<ImportSummary.RowResult> results = new ArrayList<>(outcomes.size());
    List<RowError> refused = new ArrayList<>();
    int[] counts = new int[FigureStore.Outcome.values().length];
    for (FigureStore.Result o : outcomes) {
      counts[o.outcome().ordinal()]++;
      results.add(
          new ImportSummary.RowResult(
              o.line(), o.outcome().name().toLowerCase(Locale.ROOT), o.code(), o.message()));
      if (o.outcome() == FigureStore.Outcome.REFUSED) {
        refused.add(new RowError(o.line(), o.code(), o.message()));
      }
    }
    if (!refused.isEmpty()) {
      throw new ImportRefusedException(refused, results);
    }
    return new ImportSummary(
        dryRun,
        count,
        counts[FigureStore.Outcome.IMPORTED.ordinal()],
        counts[FigureStore.Outcome.UPDATED.ordinal()],
        counts[FigureStore.Outcome.UNCHANGED.ordinal()],
        results);
  }

  /** A reporter's rows go into their open form of each period, as if typed into it. */
  private ImportSummary drafts(Actor actor, List<Checked> rows, int count, boolean dryRun) {
    Map<String, List<Checked>> byPeriod = new LinkedHashMap<>();
    rows.forEach(r -> byPeriod.computeIfAbsent(r.period().code(), k -> new ArrayList<>()).add(r));
    List<FormSummary> forms = submissions.formsFor(actor.username());
    int imported = 0;
    int updated = 0;
    int unchanged = 0;
    List<ImportSummary.RowResult> results = new ArrayList<>();
    List<RowError> errors = new ArrayList<>();
    for (Map.Entry<String, List<Checked>> e : byPeriod.entrySet()) {
      FormSummary form =
          forms.stream()
              .filter(f -> f.periodCode().equals(e.getKey()))
              .filter(
                  f ->
                      f.status() == FormStatus.NOT_STARTED
                          || f.status() == FormStatus.DRAFT
                          || f.status() == FormStatus.RETURNED)
              .findFirst()
              .orElse(null);
      if (form == null) {
        FormSummary closed =
            forms.stream().filter(f -> f.periodCode().equals(e.getKey())).findFirst().orElse(null);
        if (closed != null) {
          throw new WorkflowException(
              "Biểu mẫu kỳ "
                  + e.getKey()
                  + " đang ở trạng thái \""
                  + closed.status().vietnameseLabel()
                  + "\": không nhập thêm số liệu được. Không có số liệu nào được ghi.");
        }
        for (Checked r : e.getValue()) {
          errors.add(
              new RowError(
                  r.line(),
                  "NO_OPEN_FORM",
                  "Không có biểu mẫu đang mở của kỳ " + e.getKey() + " để nhập số liệu."));
        }
        continue;
      }
      FormInput input = submissions.input(form.formId(), actor.username());
      Set<String> editable = editable(submissions.form(form.formId(), actor.username()));
      for (Checked r : e.getValue()) {
        if (!editable.contains(r.org().code() + "|" + r.indicator())) {
          errors.add(notOnForm(r, e.getKey()));
          continue;
        }
        EntryInput entry = input.entry(r.org().code(), r.indicator());
        BigDecimal old = r.sector() == null ? entry.getTotal() : entry.parts().get(r.sector());
        String outcome;
        if (old == null) {
          imported++;
          outcome = "imported";
        } else if (old.compareTo(r.value()) == 0) {
          unchanged++;
          outcome = "unchanged";
        } else {
          updated++;
          outcome = "updated";
        }
        results.add(new ImportSummary.RowResult(r.line(), outcome, null, null));
        put(input, r);
      }
      if (errors.isEmpty() && !dryRun) {
        SaveOutcome outcome =
            submissions.saveDraft(form.formId(), input, form.version(), actor.username());
        if (!outcome.saved()) {
          outcome
              .issues()
              .forEach(
                  i ->
                      errors.add(
                          new RowError(
                              e.getValue().get(0).line(), "FORM_VALIDATION", i.message())));
        }
      }
    }
    if (!errors.isEmpty()) {
      throw new ImportRejectedException(errors);
    }
    results.sort(java.util.Comparator.comparingInt(ImportSummary.RowResult::line));
    return new ImportSummary(dryRun, count, imported, updated, unchanged, results);
  }

  private static String strip(String s) {
    return s == null ? "" : s.strip();
  }

  /** The rows that passed and what is wrong with the others. */
  private record Validation(List<Checked> checked, List<RowError> errors) {}

  /** A row that passed every check. */
  private record Checked(
      int line,
      OrganizationRef org,
      CalendarPeriod period,
      String indicator,
      Sector sector,
      BigDecimal value) {}
}
