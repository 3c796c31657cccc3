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
import vn.khoidn.domain.indicator.Indicator;
import vn.khoidn.domain.indicator.Source;
import vn.khoidn.domain.period.CalendarPeriod;
import vn.khoidn.domain.period.Granularity;
import vn.khoidn.domain.plan.Plan;
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
 * <p>A parent's plan is the sum of its subtree's plans, so a plan is set at one level of a branch
 * only: a plan beside an ancestor's or a descendant's plan of the same indicator for an overlapping
 * period is refused (it would be counted twice), and so is a plan that mixes granularities in one
 * year (a year's target beside the same organization's quarterly ones).
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
    Actor actor = access.actor(username);
    if (!actor.isStaff()) {
      throw new AccessDeniedException("Chỉ Ban Tổ chức đặt kế hoạch.");
    }
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
    List<RowError> errors = new ArrayList<>();
    List<Checked> checked = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (PlanRow r : rows) {
      int before = errors.size();
      OrganizationRef org = orgs.get(strip(r.org()));
      if (org == null) {
        errors.add(
            new RowError(
                r.line(), "UNKNOWN_ORGANIZATION", "Không có tổ chức mã \"" + r.org() + "\"."));
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
        errors.add(new RowError(r.line(), "INVALID_PERIOD", e.getMessage()));
      }
      Indicator indicator = known.get(strip(r.indicator()));
      if (indicator == null) {
        errors.add(
            new RowError(
                r.line(), "UNKNOWN_INDICATOR", "Không có chỉ tiêu mã \"" + r.indicator() + "\"."));
      } else if (indicator.isPlan() || indicator.source() != Source.ENTERED) {
        errors.add(
            new RowError(
                r.line(),
                "NOT_PLANNABLE",
                "Chỉ tiêu "
                    + indicator.code()
                    + " không đặt kế hoạch được: cột indicator ghi chỉ tiêu được giao kế hoạch,"
                    + " ví dụ NEW_MEMBERS."));
      }
      Long value = null;
      try {
        value = CountInput.parse(r.value());
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
      if (org == null) {
        continue;
      }
      CalendarPeriod period = p.period();
      stored.put(key(org, period, p.indicatorCode()), p);
      if (!inFile.contains(key(org, period, p.indicatorCode()))) {
        standing.add(new Placed(org, period, p.indicatorCode(), p.target(), false));
      }
    }
    checked.forEach(
        c -> standing.add(new Placed(c.org(), c.period(), c.indicator(), c.value(), true)));
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
        continue;
      }
      for (Placed p : standing) {
        if (p.org().id() == c.org().id()
            || !p.indicator().equals(c.indicator())
            || !p.period().overlaps(c.period())) {
          continue;
        }
        boolean above = isAncestor(p.org(), c.org(), byId);
        boolean below = isAncestor(c.org(), p.org(), byId);
        if (above || below) {
          errors.add(
              new RowError(
                  c.line(),
                  "NESTED_PLAN",
                  (above ? "Tổ chức cấp trên " : "Tổ chức cấp dưới ")
                      + p.org().code()
                      + (p.fromFile() ? " (trong tệp)" : "")
                      + " đã có kế hoạch "
                      + c.indicator()
                      + " kỳ "
                      + p.period().code()
                      + " ("
                      + p.value()
                      + "): kế hoạch của cấp trên là tổng kế hoạch cấp dưới, nên mỗi nhánh"
                      + " chỉ đặt ở một cấp để không cộng hai lần."));
          break;
        }
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
      audit.record(
          new AuditEntry(
              clock.now(),
              actor.username(),
              null,
              null,
              "import:plans",
              null,
              imported + " mới, " + updated + " sửa, " + unchanged + " không đổi"));
    }
    return new ImportSummary(dryRun, rows.size(), imported, updated, unchanged, results);
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

  /** Whether one organization lies above another today, walked over organizations read once. */
  private static boolean isAncestor(
      OrganizationRef ancestor, OrganizationRef of, Map<Long, OrganizationRef> byId) {
    Set<Long> walked = new HashSet<>();
    for (Long p = of.parentId(); p != null && walked.add(p); ) {
      if (p == ancestor.id()) {
        return true;
      }
      OrganizationRef parent = byId.get(p);
      p = parent == null ? null : parent.parentId();
    }
    return false;
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
  private record Placed(
      OrganizationRef org, CalendarPeriod period, String indicator, long value, boolean fromFile) {}
}
