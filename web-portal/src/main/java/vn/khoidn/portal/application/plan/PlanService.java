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
import vn.khoidn.portal.application.account.AccessDeniedException;
import vn.khoidn.portal.application.account.AccessPolicy;
import vn.khoidn.portal.application.account.Actor;
import vn.khoidn.portal.application.exchange.ImportRejectedException;
import vn.khoidn.portal.application.exchange.ImportSummary;
import vn.khoidn.portal.application.exchange.RowError;
import vn.khoidn.portal.application.rollup.RollupService;
import vn.khoidn.portal.infrastructure.persistence.jpa.AuditEntryEntity;
import vn.khoidn.portal.infrastructure.persistence.jpa.IndicatorEntity;
import vn.khoidn.portal.infrastructure.persistence.jpa.JpaIndicatorRepository;
import vn.khoidn.portal.infrastructure.persistence.jpa.JpaOrganizationRepository;
import vn.khoidn.portal.infrastructure.persistence.jpa.JpaPlanRepository;
import vn.khoidn.portal.infrastructure.persistence.jpa.JpaSubmissionRepository;
import vn.khoidn.portal.infrastructure.persistence.jpa.OrganizationEntity;
import vn.khoidn.portal.infrastructure.persistence.jpa.PlanTargetEntity;

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
  @Inject private vn.khoidn.portal.application.exchange.ExportScope scope;
  @Inject private JpaOrganizationRepository organizations;
  @Inject private JpaIndicatorRepository indicators;
  @Inject private JpaPlanRepository plans;
  @Inject private JpaSubmissionRepository audit;

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
    Map<String, OrganizationEntity> orgs = new HashMap<>();
    organizations.all().forEach(o -> orgs.put(o.getCode(), o));
    Map<String, Indicator> known = new HashMap<>();
    for (IndicatorEntity i : indicators.all()) {
      known.put(i.getCode(), i.toDomain());
    }
    List<RowError> errors = new ArrayList<>();
    List<Checked> checked = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (PlanRow r : rows) {
      int before = errors.size();
      OrganizationEntity org = orgs.get(strip(r.org()));
      if (org == null) {
        errors.add(
            new RowError(
                r.line(), "UNKNOWN_ORGANIZATION", "Không có tổ chức mã \"" + r.org() + "\"."));
      } else if (!access.covers(actor, org)) {
        throw new AccessDeniedException(
            "Dòng "
                + r.line()
                + ": bạn không có quyền đặt kế hoạch cho tổ chức "
                + org.getCode()
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
                "Tổ chức " + org.getCode() + " không tồn tại trong kỳ " + period.code() + "."));
      }
      if (errors.size() > before) {
        continue;
      }
      String key = org.getCode() + "|" + period.code() + "|" + indicator.code();
      Integer first = seen.putIfAbsent(key, r.line());
      if (first != null) {
        errors.add(
            new RowError(r.line(), "DUPLICATE_ROW", "Dòng này trùng với dòng " + first + "."));
        continue;
      }
      checked.add(new Checked(r.line(), org, period, indicator.code(), value));
    }

    // The plans as they would stand: stored ones, with the file's rows in their place.
    Map<String, PlanTargetEntity> stored = new HashMap<>();
    Set<String> planned = new HashSet<>();
    checked.forEach(c -> planned.add(c.indicator()));
    List<Placed> standing = new ArrayList<>();
    Set<String> inFile = new HashSet<>();
    checked.forEach(c -> inFile.add(key(c.org(), c.period(), c.indicator())));
    for (PlanTargetEntity p : plans.ofIndicators(List.copyOf(planned))) {
      CalendarPeriod period;
      try {
        period = CalendarPeriod.parse(p.getPeriodCode());
      } catch (IllegalArgumentException malformed) {
        continue;
      }
      stored.put(key(p.getOrganization(), period, p.getIndicatorCode()), p);
      if (!inFile.contains(key(p.getOrganization(), period, p.getIndicatorCode()))) {
        standing.add(
            new Placed(p.getOrganization(), period, p.getIndicatorCode(), p.getTarget(), false));
      }
    }
    checked.forEach(
        c -> standing.add(new Placed(c.org(), c.period(), c.indicator(), c.value(), true)));
    for (Checked c : checked) {
      List<CalendarPeriod> sameOrg = new ArrayList<>();
      for (Placed p : standing) {
        if (p.org().getId().equals(c.org().getId()) && p.indicator().equals(c.indicator())) {
          sameOrg.add(p.period());
        }
      }
      List<CalendarPeriod> mixed = Granularity.mixedWith(c.period(), sameOrg);
      if (!mixed.isEmpty()) {
        errors.add(
            new RowError(
                c.line(),
                "MIXED_GRANULARITY",
                c.org().getCode()
                    + " đã có kế hoạch "
                    + c.indicator()
                    + " của kỳ "
                    + String.join(", ", mixed.stream().map(CalendarPeriod::code).toList())
                    + ": trong một năm, kế hoạch của một tổ chức đặt theo một loại kỳ."));
        continue;
      }
      for (Placed p : standing) {
        if (p.org().getId().equals(c.org().getId())
            || !p.indicator().equals(c.indicator())
            || !p.period().overlaps(c.period())) {
          continue;
        }
        boolean above = isAncestor(p.org(), c.org());
        boolean below = isAncestor(c.org(), p.org());
        if (above || below) {
          errors.add(
              new RowError(
                  c.line(),
                  "NESTED_PLAN",
                  (above ? "Tổ chức cấp trên " : "Tổ chức cấp dưới ")
                      + p.org().getCode()
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
      PlanTargetEntity old = stored.get(key(c.org(), c.period(), c.indicator()));
      String outcome;
      if (old == null) {
        imported++;
        outcome = "imported";
        if (!dryRun) {
          plans.add(new PlanTargetEntity(c.org(), c.indicator(), c.period().code(), c.value()));
        }
      } else if (old.getTarget() == c.value()) {
        unchanged++;
        outcome = "unchanged";
      } else {
        updated++;
        outcome = "updated";
        if (!dryRun) {
          old.setTarget(c.value());
        }
      }
      results.add(new ImportSummary.RowResult(c.line(), outcome, null, null));
    }
    if (!dryRun) {
      audit.add(
          new AuditEntryEntity(
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
    OrganizationEntity top = scope.top(actor, orgCode, "kế hoạch");
    Set<String> periods =
        periodCode == null || periodCode.isBlank()
            ? null
            : Set.copyOf(
                RollupService.periodCodesOf(
                    CalendarPeriod.parse(periodCode.strip().toUpperCase(Locale.ROOT))));
    List<Long> ids = organizations.subtree(top).stream().map(OrganizationEntity::getId).toList();
    List<PlanRow> rows = new ArrayList<>();
    for (PlanTargetEntity p : plans.ofOrganizations(ids)) {
      if (periods == null || periods.contains(p.getPeriodCode())) {
        rows.add(
            new PlanRow(
                0,
                p.getOrganization().getCode(),
                p.getPeriodCode(),
                p.getIndicatorCode(),
                Long.toString(p.getTarget())));
      }
    }
    rows.sort(
        Comparator.comparing(PlanRow::org)
            .thenComparing(PlanRow::period)
            .thenComparing(PlanRow::indicator));
    return rows;
  }

  private static boolean isAncestor(OrganizationEntity ancestor, OrganizationEntity of) {
    for (OrganizationEntity p = of.getParent(); p != null; p = p.getParent()) {
      if (p.getId().equals(ancestor.getId())) {
        return true;
      }
    }
    return false;
  }

  private static String key(OrganizationEntity org, CalendarPeriod period, String indicator) {
    return org.getId() + "|" + period.code() + "|" + indicator;
  }

  private static String strip(String s) {
    return s == null ? "" : s.strip();
  }

  /** A row that passed every check of its own. */
  private record Checked(
      int line, OrganizationEntity org, CalendarPeriod period, String indicator, long value) {}

  /** A plan as it would stand after the import. */
  private record Placed(
      OrganizationEntity org,
      CalendarPeriod period,
      String indicator,
      long value,
      boolean fromFile) {}
}
