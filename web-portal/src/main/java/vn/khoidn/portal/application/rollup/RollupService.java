package vn.khoidn.portal.application.rollup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.khoidn.domain.indicator.DataValue;
import vn.khoidn.domain.indicator.IndicatorCatalogue;
import vn.khoidn.domain.organization.OrganizationTree;
import vn.khoidn.domain.period.CalendarPeriod;
import vn.khoidn.domain.period.Period;
import vn.khoidn.domain.plan.Plan;
import vn.khoidn.domain.registry.HostUnit;
import vn.khoidn.domain.registry.Registry;
import vn.khoidn.domain.rollup.Breakdown;
import vn.khoidn.domain.rollup.Dataset;
import vn.khoidn.domain.rollup.RegistryFigures;
import vn.khoidn.domain.rollup.Rollup;
import vn.khoidn.domain.rollup.RollupQuery;
import vn.khoidn.domain.rollup.RollupResult;
import vn.khoidn.domain.rollup.Submission;
import vn.khoidn.domain.submission.FormStatus;
import vn.khoidn.portal.application.account.AccessDeniedException;
import vn.khoidn.portal.application.account.AccessPolicy;
import vn.khoidn.portal.application.account.Actor;
import vn.khoidn.portal.application.organization.StoredTree;
import vn.khoidn.portal.application.registry.RegistryService;
import vn.khoidn.portal.application.time.PortalClock;
import vn.khoidn.portal.infrastructure.persistence.RollupTables;
import vn.khoidn.portal.infrastructure.persistence.jpa.JpaOrganizationRepository;
import vn.khoidn.portal.infrastructure.persistence.jpa.JpaRollupRepository;
import vn.khoidn.portal.infrastructure.persistence.jpa.OrganizationEntity;
import vn.khoidn.portal.infrastructure.persistence.jpa.OrganizationRecord;
import vn.khoidn.reporting.review.ReviewFigures;
import vn.khoidn.reporting.xlsx.AnnexSheet;

/**
 * Live roll-ups from the database: no nightly job. Reads the tree with its history, the accepted
 * figures (and, on request, the submitted ones), the plans and the submissions, and hands them to
 * domain-core's {@link Rollup}.
 *
 * <p>An organization not yet placed in a registry host unit stands for a unit of its own, with the
 * sector it carries.
 */
@ApplicationScoped
public class RollupService {

  /** The indicators the roll-up page and the API show: the form's entered indicators. */
  public static final List<String> FORM_INDICATORS =
      List.of(
          IndicatorCatalogue.NEW_MEMBERS,
          IndicatorCatalogue.AWARENESS_CLASSES,
          IndicatorCatalogue.AWARENESS_TRAINEES,
          IndicatorCatalogue.OWNERS_ADMITTED);

  @Inject private JpaRollupRepository repository;
  @Inject private JpaOrganizationRepository organizations;
  @Inject private AccessPolicy access;
  @Inject private StoredTree storedTree;
  @Inject private RegistryService registry;
  @Inject private CountedFigures figures;
  @Inject private RollupTables tables;
  @Inject private PortalClock clock;

  /**
   * Rolls up an organization's subtree.
   *
   * @param username the user, who must work on that organization
   * @param organizationCode the top of the subtree
   * @param period the period
   * @param indicatorCodes the indicators
   * @param includeSubmitted whether submitted (not yet accepted) figures count too
   * @return the result
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public RollupResult rollup(
      String username,
      String organizationCode,
      Period period,
      List<String> indicatorCodes,
      boolean includeSubmitted) {
    return rollups(username, organizationCode, List.of(period), indicatorCodes, includeSubmitted)
        .get(0);
  }

  /**
   * Several roll-ups of one subtree from one read of the database: the chosen period, the period it
   * is compared with, the periods of a trend.
   *
   * @param username the user, who must work on that organization
   * @param organizationCode the top of the subtree
   * @param periods the periods, each rolled up on its own
   * @param indicatorCodes the indicators
   * @param includeSubmitted whether submitted (not yet accepted) figures count too
   * @return the results, in the order of the periods
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<RollupResult> rollups(
      String username,
      String organizationCode,
      List<? extends Period> periods,
      List<String> indicatorCodes,
      boolean includeSubmitted) {
    requireCovered(username, organizationCode);
    Set<String> codes = codesOf(periods);
    Inputs data = inputs(includeSubmitted, codes, indicatorCodes);
    return compute(organizationCode, periods, indicatorCodes, Breakdown.SECTOR, data, codes);
  }

  /** Each period rolled up over the same data, "on time" measured against its rounds' deadline. */
  private List<RollupResult> compute(
      String organizationCode,
      List<? extends Period> periods,
      List<String> indicatorCodes,
      Breakdown breakdown,
      Inputs data,
      Set<String> codes) {
    Map<String, LocalDate> deadlines = new HashMap<>();
    for (Object[] r : repository.rounds(codes)) {
      deadlines.merge((String) r[1], (LocalDate) r[3], (a, b) -> a.isAfter(b) ? a : b);
    }
    List<RollupResult> results = new ArrayList<>();
    for (Period p : periods) {
      results.add(
          Rollup.compute(
              new RollupQuery(
                  organizationCode, p, indicatorCodes, breakdown, deadlines.get(p.code())),
              data.covering(p)));
    }
    return results;
  }

  private static Set<String> codesOf(List<? extends Period> periods) {
    Set<String> codes = new HashSet<>();
    periods.forEach(p -> codes.addAll(periodCodesOf(p)));
    return codes;
  }

  /**
   * The figures of a report: the issuing organization's roll-up, the party organizations, youth
   * unions and trade unions established in the period, and the annex's lines.
   *
   * @param username the user, who must work on that organization
   * @param organizationCode the issuing organization
   * @param period a calendar period or a resolution's review period
   * @return the figures
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public ReportData reportData(String username, String organizationCode, Period period) {
    requireCovered(username, organizationCode);
    List<String> indicators =
        List.of(
            IndicatorCatalogue.NEW_MEMBERS,
            IndicatorCatalogue.AWARENESS_CLASSES,
            IndicatorCatalogue.AWARENESS_TRAINEES);
    Inputs data = inputs(false, periodCodesOf(period), indicators);
    RollupResult result =
        Rollup.compute(
            new RollupQuery(organizationCode, period, indicators, Breakdown.SECTOR, null),
            data.covering(period));
    List<RegistryFigures.NewOrganization> created =
        RegistryFigures.newPartyOrganizations(
            data.tree(), data.registry(), organizationCode, period);
    ReviewFigures figures =
        ReviewFigures.fromRegistry(result.root(), created, data.tree(), data.registry(), period);
    return new ReportData(result, figures, AnnexSheet.linesOf(result, created));
  }

  /**
   * Completeness of each round whose period lies within the given one, over a user's subtree.
   *
   * @param username the user, who must work on that organization
   * @param organizationCode the top of the subtree
   * @param period the period: a quarter gives its round, a year its rounds
   * @return one entry per round, by period
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<RoundCompleteness> completeness(
      String username, String organizationCode, Period period) {
    requireCovered(username, organizationCode);
    Set<String> codes = periodCodesOf(period);
    List<OrganizationRecord> orgs = tables.organizations();
    return completeness(organizationCode, codes, orgs, storedTree.read(orgs), tables.forms(codes));
  }

  /**
   * Everything the roll-up page shows, read once: the roll-ups of several periods, the totals of a
   * trend, the completeness of the rounds within the first period, and the forms behind each
   * organization's figures.
   *
   * @param username the user, who must work on that organization
   * @param organizationCode the top of the subtree
   * @param periods the periods to roll up; the first is the one the page is about
   * @param trend the periods of the trend: only the first indicator is summed (with its sector
   *     parts, for the sector filter), which costs a fraction of a full roll-up
   * @param indicatorCodes the indicators
   * @param includeSubmitted whether submitted (not yet accepted) figures count too
   * @return the page's data
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public RollupPage page(
      String username,
      String organizationCode,
      List<? extends Period> periods,
      List<? extends Period> trend,
      List<String> indicatorCodes,
      boolean includeSubmitted) {
    requireCovered(username, organizationCode);
    List<Period> all = new ArrayList<>(periods);
    all.addAll(trend);
    Set<String> codes = codesOf(all);
    Set<String> pageCodes = periodCodesOf(periods.get(0));
    List<OrganizationRecord> orgs = tables.organizations();
    Inputs data = inputs(includeSubmitted, codes, indicatorCodes, orgs);
    List<RollupResult> results =
        compute(organizationCode, periods, indicatorCodes, Breakdown.SECTOR, data, codes);
    List<RollupResult> trendResults =
        compute(
            organizationCode,
            trend,
            indicatorCodes.subList(0, 1),
            // With the sector parts: under a sector filter the chart shows the same part as the
            // table, never a zero the table does not have.
            Breakdown.SECTOR,
            data,
            codesOf(trend));
    List<Object[]> forms =
        data.forms().stream().filter(f -> pageCodes.contains((String) f[2])).toList();
    return new RollupPage(
        results,
        trendResults,
        completeness(organizationCode, pageCodes, orgs, data.tree(), forms),
        links(forms));
  }

  private List<RoundCompleteness> completeness(
      String organizationCode,
      Set<String> codes,
      List<OrganizationRecord> orgs,
      OrganizationTree tree,
      List<Object[]> allForms) {
    Map<String, OrganizationRecord> byCode = new HashMap<>();
    orgs.forEach(o -> byCode.put(o.code(), o));
    Map<Long, Map<String, Object[]>> formsByRound = new HashMap<>();
    for (Object[] f : allForms) {
      formsByRound.computeIfAbsent((Long) f[5], k -> new HashMap<>()).put((String) f[1], f);
    }
    Map<String, List<RoundCompleteness.Contact>> contacts = new HashMap<>();
    for (Object[] c : repository.reporterContacts()) {
      contacts
          .computeIfAbsent((String) c[0], k -> new ArrayList<>())
          .add(new RoundCompleteness.Contact((String) c[1], (String) c[2], (String) c[3]));
    }
    List<RoundCompleteness> result = new ArrayList<>();
    for (Object[] r : repository.rounds(codes)) {
      long roundId = (Long) r[0];
      CalendarPeriod roundPeriod = CalendarPeriod.parse((String) r[1]);
      LocalDate deadline = (LocalDate) r[3];
      Map<String, Object[]> forms = formsByRound.getOrDefault(roundId, Map.of());
      long expected = 0;
      long submitted = 0;
      long accepted = 0;
      long onTime = 0;
      List<RoundCompleteness.Missing> missing = new ArrayList<>();
      Set<String> inSubtree = new HashSet<>();
      for (var o : tree.subtreeOn(organizationCode, roundPeriod.end())) {
        if (o.kind().isGrassroots() && o.existsOn(roundPeriod.end())) {
          inSubtree.add(o.code());
        }
      }
      List<String> expectedCodes = new ArrayList<>(forms.keySet());
      expectedCodes.retainAll(inSubtree);
      expectedCodes.sort(
          Comparator.comparing(
              code -> byCode.get(code).name(), vn.khoidn.domain.format.VietnameseText.order()));
      for (String code : expectedCodes) {
        expected++;
        Object[] form = forms.get(code);
        // A form counts as submitted while it is submitted or accepted: a returned form is missing
        // again until it is sent back. On time means its first submission was by the deadline.
        Instant submittedAt = (Instant) form[4];
        if (submittedAt != null && counts((FormStatus) form[3])) {
          submitted++;
          if (!clock.dateOf(submittedAt).isAfter(deadline)) {
            onTime++;
          }
          if (form[3] == FormStatus.ACCEPTED) {
            accepted++;
          }
        } else {
          missing.add(
              new RoundCompleteness.Missing(
                  code,
                  byCode.get(code).name(),
                  ((FormStatus) form[3]).name(),
                  contacts.getOrDefault(code, List.of())));
        }
      }
      result.add(
          new RoundCompleteness(
              roundId,
              roundPeriod.code(),
              (String) r[2],
              deadline,
              expected,
              submitted,
              accepted,
              onTime,
              missing));
    }
    return result;
  }

  /**
   * The forms of each grassroots organization in a user's subtree, for rounds within a period. A
   * subordinate cell's figures are on its committee's form, so it links there.
   *
   * @param username the user
   * @param organizationCode the top of the subtree
   * @param period the period
   * @return the forms by organization code, by period
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<String, List<FormLink>> formLinks(
      String username, String organizationCode, Period period) {
    requireCovered(username, organizationCode);
    return links(tables.forms(periodCodesOf(period)));
  }

  private static Map<String, List<FormLink>> links(List<Object[]> forms) {
    Map<String, List<FormLink>> links = new HashMap<>();
    for (Object[] f : forms) {
      links
          .computeIfAbsent((String) f[1], k -> new ArrayList<>())
          .add(new FormLink((Long) f[0], (String) f[2]));
    }
    links.values().forEach(l -> l.sort(Comparator.comparing(FormLink::periodCode)));
    return links;
  }

  private void requireCovered(String username, String organizationCode) {
    Actor actor = access.actor(username);
    OrganizationEntity top =
        organizations
            .findByCode(organizationCode)
            .orElseThrow(() -> new AccessDeniedException("Bạn không có quyền xem tổ chức này."));
    if (!access.covers(actor, top)) {
      throw new AccessDeniedException("Bạn không có quyền xem tổ chức này.");
    }
  }

  /**
   * The codes of the calendar periods a period covers (domain-core's {@link
   * CalendarPeriod#coveredBy}): the periods whose figures and forms it reads.
   *
   * @param period the period
   * @return the codes
   */
  public static Set<String> periodCodesOf(Period period) {
    Set<String> codes = new HashSet<>();
    CalendarPeriod.coveredBy(period).forEach(p -> codes.add(p.code()));
    return codes;
  }

  private Inputs inputs(
      boolean includeSubmitted, Set<String> periodCodes, List<String> indicatorCodes) {
    return inputs(includeSubmitted, periodCodes, indicatorCodes, tables.organizations());
  }

  private Inputs inputs(
      boolean includeSubmitted,
      Set<String> periodCodes,
      List<String> indicatorCodes,
      List<OrganizationRecord> orgs) {
    Map<Long, String> codeOfId = new HashMap<>();
    orgs.forEach(o -> codeOfId.put(o.id(), o.code()));
    List<HostUnit> units = new ArrayList<>(registry.units());
    for (OrganizationRecord o : orgs) {
      if (o.hostUnitCode() == null) {
        units.add(HostUnit.of(StoredTree.ownUnitCode(o.code()), o.name(), null, o.sector()));
      }
    }
    List<FormStatus> statuses =
        includeSubmitted
            ? List.of(FormStatus.ACCEPTED, FormStatus.SUBMITTED)
            : List.of(FormStatus.ACCEPTED);
    List<Object[]> forms = tables.forms(periodCodes);
    return new Inputs(
        storedTree.read(orgs),
        Registry.of(units),
        figures.byPeriod(statuses, periodCodes, indicatorCodes, codeOfId),
        plans(periodCodes),
        submissions(forms),
        forms);
  }

  private List<Plan> plans(Set<String> periodCodes) {
    List<Plan> plans = new ArrayList<>();
    for (Object[] row : tables.plans(periodCodes)) {
      plans.add(
          new Plan(
              (String) row[0],
              (String) row[1],
              CalendarPeriod.parse((String) row[2]),
              (Long) row[3]));
    }
    return plans;
  }

  /** The forms that were submitted, as domain-core submissions. */
  private List<Submission> submissions(List<Object[]> forms) {
    Map<String, CalendarPeriod> periods = new HashMap<>();
    List<Submission> submissions = new ArrayList<>();
    for (Object[] f : forms) {
      if (f[4] != null && counts((FormStatus) f[3])) {
        submissions.add(
            new Submission(
                (String) f[1],
                periods.computeIfAbsent((String) f[2], CalendarPeriod::parse),
                clock.dateOf((Instant) f[4])));
      }
    }
    return submissions;
  }

  /** Whether a form in this status counts as submitted: submitted or accepted, not returned. */
  private static boolean counts(FormStatus status) {
    return status == FormStatus.SUBMITTED || status == FormStatus.ACCEPTED;
  }

  /**
   * What roll-ups read: the tree, the registry, each period's countable figures, the plans and the
   * submissions.
   */
  private record Inputs(
      OrganizationTree tree,
      Registry registry,
      Map<String, List<DataValue>> valuesByPeriod,
      List<Plan> plans,
      List<Submission> submissions,
      List<Object[]> forms) {

    /**
     * The dataset of one roll-up: only the figures of periods it covers, so none is looked at
     * twice.
     */
    Dataset covering(Period period) {
      List<DataValue> values = new ArrayList<>();
      for (List<DataValue> vs : valuesByPeriod.values()) {
        if (!vs.isEmpty() && period.covers(vs.get(0).period())) {
          values.addAll(vs);
        }
      }
      return new Dataset(tree, registry, values, plans, submissions);
    }
  }
}
