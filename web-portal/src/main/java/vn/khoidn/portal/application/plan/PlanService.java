package vn.khoidn.portal.application.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.khoidn.domain.format.CountInput;
import vn.khoidn.domain.format.VietnameseText;
import vn.khoidn.domain.indicator.Indicator;
import vn.khoidn.domain.indicator.Source;
import vn.khoidn.domain.period.CalendarPeriod;
import vn.khoidn.domain.period.Granularity;
import vn.khoidn.domain.plan.Plan;
import vn.khoidn.portal.application.InvalidInputException;
import vn.khoidn.portal.application.account.AccessDeniedException;
import vn.khoidn.portal.application.account.AccessPolicy;
import vn.khoidn.portal.application.account.Actor;
import vn.khoidn.portal.application.audit.AuditEntry;
import vn.khoidn.portal.application.audit.AuditTrail;
import vn.khoidn.portal.application.exchange.ExportScope;
import vn.khoidn.portal.application.exchange.ImportRejectedException;
import vn.khoidn.portal.application.exchange.ImportSummary;
import vn.khoidn.portal.application.exchange.RowError;
import vn.khoidn.portal.application.indicator.IndicatorCatalogueRepository;
import vn.khoidn.portal.application.organization.OrganizationRef;
import vn.khoidn.portal.application.organization.Organizations;
import vn.khoidn.portal.application.time.PortalClock;

/**
 * Plans set by staff: a target per organization, indicator and period, which the form shows beside
 * the figure and the roll-up and the report divide by ("% kế hoạch").
 *
 * <p>A parent may have a target of its own (the bloc's 80, set by its resolution) and give parts of
 * it out to its children; the parts need not add up (the bloc may keep a reserve). The roll-up
 * measures an organization against its own target, or, without one, against the sum of its
 * children's, so nothing is counted twice. A plan that mixes granularities in one year (a year's
 * target beside the same organization's quarterly ones) is refused.
 *
 * <p>The plans page works on a {@link PlanGrid}; its save carries the target each cell showed, and
 * a cell someone else changed meanwhile is refused ({@code STALE_PLAN}), so no update is lost.
 */
@ApplicationScoped
public class PlanService {

  @Inject private AccessPolicy access;
  @Inject private ExportScope scope;
  @Inject private Organizations organizations;
  @Inject private IndicatorCatalogueRepository indicators;
  @Inject private PlanRepository plans;
  @Inject private AuditTrail audit;
  @Inject private PortalClock clock;
  @Inject private PastFigures figures;

  /** For CDI. */
  protected PlanService() {}

  /**
   * A plan service over its ports, e.g. in memory for a test.
   *
   * @param access who works on what
   * @param organizations the organizations
   * @param indicators the indicator catalogue
   * @param plans the stored plans
   * @param audit the audit trail
   * @param clock the clock
   */
  public PlanService(
      AccessPolicy access,
      Organizations organizations,
      IndicatorCatalogueRepository indicators,
      PlanRepository plans,
      AuditTrail audit,
      PortalClock clock) {
    this(access, organizations, indicators, plans, audit, clock, (u, o, p, i) -> Map.of());
  }

  /**
   * A plan service over its ports, with last year's figures, e.g. in memory for a test.
   *
   * @param access who works on what
   * @param organizations the organizations
   * @param indicators the indicator catalogue
   * @param plans the stored plans
   * @param audit the audit trail
   * @param clock the clock
   * @param figures past periods' rolled-up figures
   */
  public PlanService(
      AccessPolicy access,
      Organizations organizations,
      IndicatorCatalogueRepository indicators,
      PlanRepository plans,
      AuditTrail audit,
      PortalClock clock,
      PastFigures figures) {
    this.figures = figures;
    this.access = access;
    this.scope = new ExportScope(access, organizations);
    this.organizations = organizations;
    this.indicators = indicators;
    this.plans = plans;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Checks and, unless it is a dry run, stores plans: all rows or none.
   *
   * @param username a staff member
   * @param rows the rows, in file order
   * @param dryRun whether to check only
   * @return what was (or would be) stored, per row
   * @throws ImportRejectedException if any row is wrong; nothing is stored
   * @throws AccessDeniedException if the user is not staff, or a row is outside their scope
   */
  @Transactional
  public ImportSummary importPlans(String username, List<PlanRow> rows, boolean dryRun) {
    return apply(staff(username), rows, Set.of(), new ArrayList<>(), dryRun, "import:plans");
  }

  private Actor staff(String username) {
    Actor actor = access.actor(username);
    if (!actor.isStaff()) {
      throw new AccessDeniedException("Chỉ Ban Tổ chức đặt kế hoạch.");
    }
    return actor;
  }

  /**
   * Checks rows and, unless it is a dry run, stores them and removes some stored plans: all or
   * none.
   */
  private ImportSummary apply(
      Actor actor,
      List<PlanRow> rows,
      Set<Long> removed,
      List<RowError> errors,
      boolean dryRun,
      String subject) {
    Map<String, OrganizationRef> orgs = new HashMap<>();
    Map<Long, OrganizationRef> byId = new HashMap<>();
    for (OrganizationRef o : organizations.all()) {
      orgs.put(o.code(), o);
      byId.put(o.id(), o);
    }
    Map<String, Indicator> known = new HashMap<>();
    for (Indicator i : indicators.all()) {
      known.put(i.code(), i);
    }
    List<Checked> checked = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (PlanRow r : rows) {
      int before = errors.size();
      OrganizationRef org = orgs.get(strip(r.org()));
      if (org == null) {
        errors.add(
            new RowError(
                r.line(),
                "UNKNOWN_ORGANIZATION",
                "Không có tổ chức mã \"" + r.org() + "\".",
                "org"));
      } else if (!access.covers(actor, org.id())) {
        throw new AccessDeniedException(
            "Dòng "
                + r.line()
                + ": bạn không có quyền đặt kế hoạch cho tổ chức "
                + org.code()
                + ". Không có kế hoạch nào được ghi.");
      }
      CalendarPeriod period = null;
      try {
        period = CalendarPeriod.parse(strip(r.period()).toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        errors.add(new RowError(r.line(), "INVALID_PERIOD", e.getMessage(), "period"));
      }
      Indicator indicator = known.get(strip(r.indicator()));
      if (indicator == null) {
        errors.add(
            new RowError(
                r.line(),
                "UNKNOWN_INDICATOR",
                "Không có chỉ tiêu mã \"" + r.indicator() + "\".",
                "indicator"));
      } else if (indicator.isPlan() || indicator.source() != Source.ENTERED) {
        errors.add(
            new RowError(
                r.line(),
                "NOT_PLANNABLE",
                "Chỉ tiêu "
                    + indicator.code()
                    + " không đặt kế hoạch được: cột indicator ghi chỉ tiêu được giao kế hoạch,"
                    + " ví dụ NEW_MEMBERS.",
                "indicator"));
      }
      Long value = null;
      try {
        value = CountInput.parse(r.value());
      } catch (CountInput.Refused e) {
        errors.add(new RowError(r.line(), e.code(), e.getMessage(), "value"));
      }
      if (org != null && period != null && !org.existsBetween(period.start(), period.end())) {
        errors.add(
            new RowError(
                r.line(),
                "ORGANIZATION_NOT_IN_PERIOD",
                "Tổ chức " + org.code() + " không tồn tại trong kỳ " + period.code() + ".",
                "period"));
      }
      if (errors.size() > before) {
        continue;
      }
      String key = org.code() + "|" + period.code() + "|" + indicator.code();
      Integer first = seen.putIfAbsent(key, r.line());
      if (first != null) {
        errors.add(
            new RowError(r.line(), "DUPLICATE_ROW", "Dòng này trùng với dòng " + first + "."));
        continue;
      }
      checked.add(new Checked(r.line(), org, period, indicator.code(), value));
    }

    // The plans as they would stand: stored ones, with the file's rows in their place.
    Map<String, StoredPlan> stored = new HashMap<>();
    Set<String> planned = new HashSet<>();
    checked.forEach(c -> planned.add(c.indicator()));
    List<Placed> standing = new ArrayList<>();
    Set<String> inFile = new HashSet<>();
    checked.forEach(c -> inFile.add(key(c.org(), c.period(), c.indicator())));
    for (StoredPlan p : plans.ofIndicators(List.copyOf(planned))) {
      OrganizationRef org = byId.get(p.organizationId());
      if (org == null || removed.contains(p.id())) {
        continue;
      }
      CalendarPeriod period = p.period();
      stored.put(key(org, period, p.indicatorCode()), p);
      if (!inFile.contains(key(org, period, p.indicatorCode()))) {
        standing.add(new Placed(org, period, p.indicatorCode()));
      }
    }
    checked.forEach(c -> standing.add(new Placed(c.org(), c.period(), c.indicator())));
    for (Checked c : checked) {
      List<CalendarPeriod> sameOrg = new ArrayList<>();
      for (Placed p : standing) {
        if (p.org().id() == c.org().id() && p.indicator().equals(c.indicator())) {
          sameOrg.add(p.period());
        }
      }
      List<CalendarPeriod> mixed = Granularity.mixedWith(c.period(), sameOrg);
      if (!mixed.isEmpty()) {
        errors.add(
            new RowError(
                c.line(),
                "MIXED_GRANULARITY",
                c.org().code()
                    + " đã có kế hoạch "
                    + c.indicator()
                    + " của kỳ "
                    + String.join(", ", mixed.stream().map(CalendarPeriod::code).toList())
                    + ": trong một năm, kế hoạch của một tổ chức đặt theo một loại kỳ."));
      }
    }
    if (!errors.isEmpty()) {
      errors.sort(Comparator.comparingInt(RowError::line));
      throw new ImportRejectedException(errors);
    }

    List<ImportSummary.RowResult> results = new ArrayList<>();
    int imported = 0;
    int updated = 0;
    int unchanged = 0;
    for (Checked c : checked) {
      StoredPlan old = stored.get(key(c.org(), c.period(), c.indicator()));
      String outcome;
      if (old == null) {
        imported++;
        outcome = "imported";
        if (!dryRun) {
          plans.add(
              new StoredPlan(
                  null,
                  c.org().id(),
                  new Plan(c.org().code(), c.indicator(), c.period(), c.value())));
        }
      } else if (old.target() == c.value()) {
        unchanged++;
        outcome = "unchanged";
      } else {
        updated++;
        outcome = "updated";
        if (!dryRun) {
          plans.changeTarget(old.id(), c.value());
        }
      }
      results.add(new ImportSummary.RowResult(c.line(), outcome, null, null));
    }
    if (!dryRun) {
      for (Long id : removed) {
        plans.remove(id);
      }
      audit.record(
          new AuditEntry(
              clock.now(),
              actor.username(),
              null,
              null,
              subject,
              null,
              imported
                  + " mới, "
                  + updated
                  + " sửa, "
                  + unchanged
                  + " không đổi"
                  + (removed.isEmpty() ? "" : ", " + removed.size() + " xoá")));
    }
    return new ImportSummary(
        dryRun, rows.size(), imported, updated + removed.size(), unchanged, results);
  }

  /**
   * The plans of an organization and its subtree, in the import's columns.
   *
   * @param username the user
   * @param orgCode the organization, or null for the user's own
   * @param periodCode a period whose plans to export (those of the periods it covers), or null
   * @return the rows, by organization, period and indicator
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<PlanRow> export(String username, String orgCode, String periodCode) {
    Actor actor = access.actor(username);
    List<Long> ids = scope.subtreeIds(actor, orgCode, "kế hoạch");
    Set<String> periods =
        periodCode == null || periodCode.isBlank()
            ? null
            : periodCodesOf(CalendarPeriod.parse(periodCode.strip().toUpperCase(Locale.ROOT)));
    List<PlanRow> rows = new ArrayList<>();
    for (StoredPlan p : plans.ofOrganizations(ids)) {
      if (periods == null || periods.contains(p.period().code())) {
        rows.add(
            new PlanRow(
                0,
                p.organizationCode(),
                p.period().code(),
                p.indicatorCode(),
                Long.toString(p.target())));
      }
    }
    rows.sort(
        Comparator.comparing(PlanRow::org)
            .thenComparing(PlanRow::period)
            .thenComparing(PlanRow::indicator));
    return rows;
  }

  /**
   * The plans of a period for the organizations under a staff member's own, for the plans page.
   *
   * @param username a staff member
   * @param periodCode the period, e.g. {@code 2026}
   * @return the grid
   * @throws InvalidInputException if the period is not one
   * @throws AccessDeniedException if the user is not staff
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public PlanGrid grid(String username, String periodCode) {
    Actor actor = staff(username);
    CalendarPeriod period = period(periodCode);
    OrganizationRef top = scope.top(actor, null, "kế hoạch");
    List<OrganizationRef> subtree = new ArrayList<>();
    for (OrganizationRef o : organizations.subtree(top.id())) {
      if (o.existsBetween(period.start(), period.end())) {
        subtree.add(o);
      }
    }
    Map<Long, List<OrganizationRef>> children = new HashMap<>();
    Map<Long, OrganizationRef> byId = new HashMap<>();
    for (OrganizationRef o : subtree) {
      byId.put(o.id(), o);
    }
    Comparator<String> vietnamese = VietnameseText.order();
    for (OrganizationRef o : subtree) {
      if (o.id() != top.id() && o.parentId() != null && byId.containsKey(o.parentId())) {
        children.computeIfAbsent(o.parentId(), k -> new ArrayList<>()).add(o);
      }
    }
    children.values().forEach(l -> l.sort(Comparator.comparing(OrganizationRef::name, vietnamese)));
    List<PlanGrid.Column> columns = plannedIndicators();
    Map<Long, Map<String, Long>> targets = new HashMap<>();
    for (StoredPlan p : plans.ofOrganizations(List.copyOf(byId.keySet()))) {
      if (p.period().code().equals(period.code())) {
        targets
            .computeIfAbsent(p.organizationId(), k -> new HashMap<>())
            .put(p.indicatorCode(), p.target());
      }
    }
    List<PlanGrid.Row> rows = new ArrayList<>();
    walk(top, null, 0, children, targets, rows);
    return new PlanGrid(period.code(), columns, rows);
  }

  private static void walk(
      OrganizationRef org,
      String parentCode,
      int depth,
      Map<Long, List<OrganizationRef>> children,
      Map<Long, Map<String, Long>> targets,
      List<PlanGrid.Row> rows) {
    List<OrganizationRef> below = children.getOrDefault(org.id(), List.of());
    rows.add(
        new PlanGrid.Row(
            org.code(),
            org.name(),
            depth,
            parentCode,
            !below.isEmpty(),
            new HashMap<>(targets.getOrDefault(org.id(), Map.of()))));
    for (OrganizationRef c : below) {
      walk(c, org.code(), depth + 1, children, targets, rows);
    }
  }

  /**
   * The indicators that have a plan indicator ({@code NEW_MEMBERS} for {@code NEW_MEMBERS_PLAN}).
   */
  private List<PlanGrid.Column> plannedIndicators() {
    List<Indicator> all = indicators.all();
    Set<String> planCodes = new HashSet<>();
    all.stream().filter(Indicator::isPlan).forEach(i -> planCodes.add(i.code()));
    List<PlanGrid.Column> columns = new ArrayList<>();
    for (Indicator i : all) {
      if (!i.isPlan() && i.source() == Source.ENTERED && planCodes.contains(i.code() + "_PLAN")) {
        columns.add(new PlanGrid.Column(i.code(), i.vietnameseLabel()));
      }
    }
    return columns;
  }

  /**
   * Saves the cells of the plans grid or of its workbook that the user changed: all or none. A cell
   * whose stored target is no longer the one it showed is refused ({@code STALE_PLAN}); a changed
   * cell left blank removes the plan.
   *
   * @param username a staff member
   * @param cells the cells, each numbered ({@link PlanCell#line}) for the errors
   * @return what was stored (removed plans count as updated)
   * @throws ImportRejectedException naming every wrong cell; nothing is stored
   * @throws AccessDeniedException if the user is not staff, or a cell is outside their scope
   */
  @Transactional
  public ImportSummary saveCells(String username, List<PlanCell> cells) {
    Actor actor = staff(username);
    Map<String, OrganizationRef> orgs = new HashMap<>();
    organizations.all().forEach(o -> orgs.put(o.code(), o));
    List<Long> ids = new ArrayList<>();
    for (PlanCell c : cells) {
      OrganizationRef o = orgs.get(strip(c.org()));
      if (o != null) {
        ids.add(o.id());
      }
    }
    Map<String, StoredPlan> current = new HashMap<>();
    for (StoredPlan p : plans.ofOrganizations(ids)) {
      current.put(p.organizationCode() + "|" + p.period().code() + "|" + p.indicatorCode(), p);
    }
    List<RowError> errors = new ArrayList<>();
    List<PlanRow> rows = new ArrayList<>();
    Set<Long> removed = new HashSet<>();
    for (PlanCell c : cells) {
      if (!c.changed()) {
        continue;
      }
      OrganizationRef org = orgs.get(strip(c.org()));
      if (org != null && !access.covers(actor, org.id())) {
        throw new AccessDeniedException(
            "Bạn không có quyền đặt kế hoạch cho tổ chức "
                + org.code()
                + ". Không có kế hoạch nào được ghi.");
      }
      String periodCode = strip(c.period()).toUpperCase(Locale.ROOT);
      StoredPlan now = current.get(strip(c.org()) + "|" + periodCode + "|" + strip(c.indicator()));
      String seen = strip(c.seen());
      String stored = now == null ? "" : Long.toString(now.target());
      boolean same;
      try {
        same = seen.isEmpty() ? now == null : now != null && now.target() == CountInput.parse(seen);
      } catch (CountInput.Refused e) {
        same = seen.equals(stored);
      }
      if (!same) {
        errors.add(
            new RowError(
                c.line(),
                "STALE_PLAN",
                "Kế hoạch "
                    + strip(c.indicator())
                    + " của "
                    + strip(c.org())
                    + " vừa được người khác sửa"
                    + (stored.isEmpty() ? " (đã xoá)" : " thành " + stored)
                    + " sau khi bạn mở trang (lúc đó là "
                    + (seen.isEmpty() ? "trống" : seen)
                    + "): hãy tải lại trang rồi nhập lại. Chưa có kế hoạch nào được ghi."));
        continue;
      }
      if (strip(c.value()).isEmpty()) {
        if (now != null) {
          removed.add(now.id());
        }
        continue;
      }
      rows.add(new PlanRow(c.line(), c.org(), c.period(), c.indicator(), c.value()));
    }
    return apply(actor, rows, removed, errors, false, "plans:grid");
  }

  /**
   * Last year's plans, or last year's rolled-up figures, as a starting point for the targets of a
   * parent's children this period: shown for review, never stored by this call.
   *
   * @param username a staff member
   * @param periodCode this period, e.g. {@code 2026}
   * @param parentCode the parent whose children get the values
   * @param fromFigures true for last year's figures, false for last year's plans
   * @return the values by {@link PlanGrid#key}, for the parent's children that have one
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<String, Long> lastYear(
      String username, String periodCode, String parentCode, boolean fromFigures) {
    PlanGrid grid = grid(username, periodCode);
    CalendarPeriod last = period(periodCode).sameLastYear();
    List<String> indicatorCodes = grid.indicators().stream().map(PlanGrid.Column::code).toList();
    Set<String> childCodes = new HashSet<>();
    for (PlanGrid.Row r : grid.rows()) {
      if (parentCode.equals(r.parentCode())) {
        childCodes.add(r.code());
      }
    }
    if (childCodes.isEmpty()) {
      throw new InvalidInputException(
          "NO_CHILDREN",
          "Tổ chức " + parentCode + " không có tổ chức trực thuộc để giao chỉ tiêu.");
    }
    Map<String, Long> values = new HashMap<>();
    if (fromFigures) {
      Map<String, Long> totals = figures.totals(username, parentCode, last, indicatorCodes);
      for (String child : childCodes) {
        for (String i : indicatorCodes) {
          Long t = totals.get(PlanGrid.key(child, i));
          if (t != null) {
            values.put(PlanGrid.key(child, i), t);
          }
        }
      }
    } else {
      Map<String, Long> byCode = new HashMap<>();
      organizations.all().stream()
          .filter(o -> childCodes.contains(o.code()))
          .forEach(o -> byCode.put(o.code(), o.id()));
      for (StoredPlan p : plans.ofOrganizations(List.copyOf(byCode.values()))) {
        if (p.period().code().equals(last.code()) && indicatorCodes.contains(p.indicatorCode())) {
          values.put(PlanGrid.key(p.organizationCode(), p.indicatorCode()), p.target());
        }
      }
    }
    return values;
  }

  private static CalendarPeriod period(String periodCode) {
    try {
      return CalendarPeriod.parse(strip(periodCode).toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("INVALID_PERIOD", e.getMessage(), e);
    }
  }

  /** The codes of the calendar periods a period covers, itself included. */
  private static Set<String> periodCodesOf(CalendarPeriod period) {
    Set<String> codes = new HashSet<>();
    CalendarPeriod.coveredBy(period).forEach(p -> codes.add(p.code()));
    return codes;
  }

  private static String key(OrganizationRef org, CalendarPeriod period, String indicator) {
    return org.id() + "|" + period.code() + "|" + indicator;
  }

  private static String strip(String s) {
    return s == null ? "" : s.strip();
  }

  /** A row that passed every check of its own. */
  private record Checked(
      int line, OrganizationRef org, CalendarPeriod period, String indicator, long value) {}

  /** A plan as it would stand after the import. */
  private record Placed(OrganizationRef org, CalendarPeriod period, String indicator) {}
}
