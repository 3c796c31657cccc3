package vn.khoidn.portal.application.rollup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
import vn.khoidn.domain.organization.TreeSnapshot;
import vn.khoidn.domain.period.CalendarPeriod;
import vn.khoidn.domain.period.Period;
import vn.khoidn.domain.plan.Plan;
import vn.khoidn.domain.registry.HostUnit;
import vn.khoidn.domain.registry.Registry;
import vn.khoidn.domain.rollup.Breakdown;
import vn.khoidn.domain.rollup.Completeness;
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
import vn.khoidn.portal.application.organization.OrganizationRecord;
import vn.khoidn.portal.application.organization.OrganizationRef;
import vn.khoidn.portal.application.organization.Organizations;
import vn.khoidn.portal.application.organization.StoredTree;
import vn.khoidn.portal.application.registry.RegistryService;
import vn.khoidn.portal.application.time.PortalClock;
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

  @Inject private RoundSource rounds;
  @Inject private Organizations organizations;
  @Inject private AccessPolicy access;
  @Inject private StoredTree storedTree;
  @Inject private RegistryService registry;
  @Inject private CountedFigures figures;
  @Inject private RollupSource tables;
  @Inject private PortalClock clock;

  /** For CDI. */
  public RollupService() {}

  /**
   * A service on given ports, outside a container.
   *
   * @param organizations the organizations, to find the top of a subtree
   * @param access who may see what
   * @param storedTree the dated tree
   * @param registry the registry's host units
   * @param figures the figures that count
   * @param tables the forms and plans
   * @param rounds the rounds and the reporters to call
   * @param clock the clock, whose zone says on which day a form was submitted
   */
  public RollupService(
      Organizations organizations,
      AccessPolicy access,
      StoredTree storedTree,
      RegistryService registry,
      CountedFigures figures,
      RollupSource tables,
      RoundSource rounds,
      PortalClock clock) {
    this.organizations = organizations;
    this.access = access;
    this.storedTree = storedTree;
    this.registry = registry;
    this.figures = figures;
    this.tables = tables;
    this.rounds = rounds;
    this.clock = clock;
  }

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
    return rollup(
        username, organizationCode, period, indicatorCodes, includeSubmitted, TreeView.AS_IT_STOOD);
  }

  /**
   * Rolls up an organization's subtree on the tree as it stood or as organized today.
   *
   * @param username the user, who must work on that organization
   * @param organizationCode the top of the subtree
   * @param period the period
   * @param indicatorCodes the indicators
   * @param includeSubmitted whether submitted (not yet accepted) figures count too
   * @param view the tree the figures are grouped on
   * @return the result
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public RollupResult rollup(
      String username,
      String organizationCode,
      Period period,
      List<String> indicatorCodes,
      boolean includeSubmitted,
      TreeView view) {
    return rollups(
            username, organizationCode, List.of(period), indicatorCodes, includeSubmitted, view)
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
    return rollups(
        username,
        organizationCode,
        periods,
        indicatorCodes,
        includeSubmitted,
        TreeView.AS_IT_STOOD);
  }

  /**
   * Several roll-ups of one subtree from one read of the database, on the tree as it stood or as
   * organized today.
   *
   * @param username the user, who must work on that organization
   * @param organizationCode the top of the subtree
   * @param periods the periods, each rolled up on its own
   * @param indicatorCodes the indicators
   * @param includeSubmitted whether submitted (not yet accepted) figures count too
   * @param view the tree the figures are grouped on
   * @return the results, in the order of the periods
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<RollupResult> rollups(
      String username,
      String organizationCode,
      List<? extends Period> periods,
      List<String> indicatorCodes,
      boolean includeSubmitted,
      TreeView view) {
    requireCovered(username, organizationCode);
    Set<String> codes = codesOf(periods);
    Inputs data = inputs(includeSubmitted, codes, indicatorCodes);
    return compute(
        organizationCode,
        periods,
        indicatorCodes,
        Breakdown.SECTOR,
        data,
        codes,
        organizedOn(view));
  }

  /** The day whose tree the figures are regrouped on, or null for the tree as it stood. */
  private LocalDate organizedOn(TreeView view) {
    return view == TreeView.AS_ORGANIZED_TODAY ? clock.today() : null;
  }

  /** How many years back the headline looks for a year with figures. */
  static final int HEADLINE_YEARS = 10;

  /**
   * The headline figure of an organization: new party members admitted against the plan in the
   * current year at the portal clock's date or, if that year has neither figures nor a plan yet,
   * the latest of the ten years before it that has. All the years come from one read.
   *
   * @param username the user, who must work on that organization
   * @param organizationCode the organization
   * @return the headline, or empty if none of those years has figures or a plan
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public java.util.Optional<Headline> headline(String username, String organizationCode) {
    int year = clock.today().getYear();
    List<CalendarPeriod> years = new ArrayList<>();
    for (int y = year; y > year - HEADLINE_YEARS; y--) {
      years.add(CalendarPeriod.year(y));
    }
    List<RollupResult> results =
        rollups(username, organizationCode, years, List.of(IndicatorCatalogue.NEW_MEMBERS), false);
    for (int i = 0; i < years.size(); i++) {
      var admitted = results.get(i).root().indicator(IndicatorCatalogue.NEW_MEMBERS);
      if (admitted.total() > 0 || admitted.plan().isPresent()) {
        return java.util.Optional.of(
            new Headline(
                organizationCode,
                years.get(i).code(),
                admitted.total(),
                admitted.plan().isPresent() ? admitted.plan().getAsLong() : null));
      }
    }
    return java.util.Optional.empty();
  }

  /** Each period rolled up over the same data, "on time" measured against its rounds' deadline. */
  private List<RollupResult> compute(
      String organizationCode,
      List<? extends Period> periods,
      List<String> indicatorCodes,
      Breakdown breakdown,
      Inputs data,
      Set<String> codes,
      LocalDate organizedOn) {
    Map<String, LocalDate> deadlines = new HashMap<>();
    for (Round r : rounds.rounds(codes)) {
      deadlines.merge(r.periodCode(), r.deadline(), (a, b) -> a.isAfter(b) ? a : b);
    }
    List<RollupResult> results = new ArrayList<>();
    for (Period p : periods) {
      results.add(
          Rollup.compute(
              new RollupQuery(
                  organizationCode,
                  p,
                  indicatorCodes,
                  breakdown,
                  deadlines.get(p.code()),
                  organizedOn),
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
    List<String> read = new ArrayList<>(indicators);
    read.add(IndicatorCatalogue.OWNERS_ADMITTED);
    Inputs data = inputs(false, periodCodesOf(period), read);
    Dataset covering = data.covering(period);
    RollupResult result =
        Rollup.compute(
            new RollupQuery(organizationCode, period, indicators, Breakdown.SECTOR, null),
            covering);
    List<RegistryFigures.NewOrganization> created =
        RegistryFigures.newPartyOrganizations(
            data.tree(), data.registry(), organizationCode, period);
    ReviewFigures figures =
        ReviewFigures.fromRegistry(result.root(), created, data.tree(), data.registry(), period)
            .withOwnersAdmitted(
                ReviewFigures.reported(
                    covering, organizationCode, period, IndicatorCatalogue.OWNERS_ADMITTED));
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
    List<OrganizationRecord> orgs = storedTree.organizations();
    return completeness(
        organizationCode, codes, orgs, storedTree.read(orgs), tables.forms(codes), new HashMap<>());
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
    return page(
        username,
        organizationCode,
        periods,
        trend,
        indicatorCodes,
        includeSubmitted,
        TreeView.AS_IT_STOOD);
  }

  /**
   * Everything the roll-up page shows, with the figures grouped on the tree as it stood or as
   * organized today; the completeness of the rounds is always that of the organizations asked then.
   *
   * @param username the user, who must work on that organization
   * @param organizationCode the top of the subtree
   * @param periods the periods to roll up; the first is the one the page is about
   * @param trend the periods of the trend
   * @param indicatorCodes the indicators
   * @param includeSubmitted whether submitted (not yet accepted) figures count too
   * @param view the tree the figures are grouped on
   * @return the page's data
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public RollupPage page(
      String username,
      String organizationCode,
      List<? extends Period> periods,
      List<? extends Period> trend,
      List<String> indicatorCodes,
      boolean includeSubmitted,
      TreeView view) {
    LocalDate organizedOn = organizedOn(view);
    requireCovered(username, organizationCode);
    List<Period> all = new ArrayList<>(periods);
    all.addAll(trend);
    Set<String> codes = codesOf(all);
    Set<String> pageCodes = periodCodesOf(periods.get(0));
    List<OrganizationRecord> orgs = storedTree.organizations();
    Inputs data = inputs(includeSubmitted, codes, indicatorCodes, orgs);
    List<RollupResult> results =
        compute(
            organizationCode, periods, indicatorCodes, Breakdown.SECTOR, data, codes, organizedOn);
    List<RollupResult> trendResults =
        compute(
            organizationCode,
            trend,
            indicatorCodes.subList(0, 1),
            // With the sector parts: under a sector filter the chart shows the same part as the
            // table, never a zero the table does not have.
            Breakdown.SECTOR,
            data,
            codesOf(trend),
            organizedOn);
    List<RoundForm> forms =
        data.forms().stream().filter(f -> pageCodes.contains(f.periodCode())).toList();
    Map<String, long[]> sent = new HashMap<>();
    List<RoundCompleteness> rounds =
        completeness(organizationCode, pageCodes, orgs, data.tree(), forms, sent);
    Map<String, Completeness> sentByNode = new HashMap<>();
    sent.forEach((code, c) -> sentByNode.put(code, new Completeness(c[0], c[1], c[2])));
    return new RollupPage(results, trendResults, rounds, links(forms), sentByNode);
  }

  private List<RoundCompleteness> completeness(
      String organizationCode,
      Set<String> codes,
      List<OrganizationRecord> orgs,
      OrganizationTree tree,
      List<RoundForm> allForms,
      Map<String, long[]> sentByNode) {
    Map<String, OrganizationRecord> byCode = new HashMap<>();
    orgs.forEach(o -> byCode.put(o.code(), o));
    Map<Long, Map<String, RoundForm>> formsByRound = new HashMap<>();
    for (RoundForm f : allForms) {
      formsByRound.computeIfAbsent(f.roundId(), k -> new HashMap<>()).put(f.organizationCode(), f);
    }
    Map<String, List<RoundCompleteness.Contact>> contacts = new HashMap<>();
    for (ReporterContact c : rounds.reporterContacts()) {
      contacts
          .computeIfAbsent(c.organizationCode(), k -> new ArrayList<>())
          .add(new RoundCompleteness.Contact(c.name(), c.phone(), c.email()));
    }
    List<RoundCompleteness> result = new ArrayList<>();
    for (Round r : rounds.rounds(codes)) {
      long roundId = r.id();
      CalendarPeriod roundPeriod = CalendarPeriod.parse(r.periodCode());
      LocalDate deadline = r.deadline();
      Map<String, RoundForm> forms = formsByRound.getOrDefault(roundId, Map.of());
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
      TreeSnapshot snapshot = tree.snapshot(roundPeriod.end());
      int root = snapshot.positionOf(organizationCode);
      for (String code : expectedCodes) {
        expected++;
        RoundForm form = forms.get(code);
        boolean sent = form.counts();
        boolean timely = sent && !clock.dateOf(form.firstSubmittedAt()).isAfter(deadline);
        // The form counts at its organization and at each one above it, up to the top.
        for (int p = snapshot.positionOf(code); p >= 0; p = snapshot.parentOf(p)) {
          long[] c =
              sentByNode.computeIfAbsent(tree.organizations().get(p).code(), k -> new long[3]);
          c[0]++;
          c[1] += sent ? 1 : 0;
          c[2] += timely ? 1 : 0;
          if (p == root) {
            break;
          }
        }
        // A form counts as submitted while it is submitted or accepted: a returned form is missing
        // again until it is sent back. On time means its first submission was by the deadline.
        if (form.counts()) {
          submitted++;
          if (!clock.dateOf(form.firstSubmittedAt()).isAfter(deadline)) {
            onTime++;
          }
          if (form.status() == FormStatus.ACCEPTED) {
            accepted++;
          }
        } else {
          missing.add(
              new RoundCompleteness.Missing(
                  code,
                  byCode.get(code).name(),
                  form.status().name(),
                  contacts.getOrDefault(code, List.of())));
        }
      }
      result.add(
          new RoundCompleteness(
              roundId,
              roundPeriod.code(),
              r.title(),
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

  private static Map<String, List<FormLink>> links(List<RoundForm> forms) {
    Map<String, List<FormLink>> links = new HashMap<>();
    for (RoundForm f : forms) {
      links
          .computeIfAbsent(f.organizationCode(), k -> new ArrayList<>())
          .add(new FormLink(f.formId(), f.periodCode()));
    }
    links.values().forEach(l -> l.sort(Comparator.comparing(FormLink::periodCode)));
    return links;
  }

  private void requireCovered(String username, String organizationCode) {
    Actor actor = access.actor(username);
    OrganizationRef top =
        organizations
            .byCode(organizationCode)
            .orElseThrow(() -> new AccessDeniedException("Bạn không có quyền xem tổ chức này."));
    if (!access.covers(actor, top.id())) {
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
    return inputs(includeSubmitted, periodCodes, indicatorCodes, storedTree.organizations());
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
    List<RoundForm> forms = tables.forms(periodCodes);
    return new Inputs(
        storedTree.read(orgs),
        Registry.of(units),
        figures.byPeriod(statuses, periodCodes, indicatorCodes, codeOfId),
        tables.plans(periodCodes),
        submissions(forms),
        forms);
  }

  /** The forms that were submitted, as domain-core submissions. */
  private List<Submission> submissions(List<RoundForm> forms) {
    Map<String, CalendarPeriod> periods = new HashMap<>();
    List<Submission> submissions = new ArrayList<>();
    for (RoundForm f : forms) {
      if (f.counts()) {
        submissions.add(
            new Submission(
                f.organizationCode(),
                periods.computeIfAbsent(f.periodCode(), CalendarPeriod::parse),
                clock.dateOf(f.firstSubmittedAt())));
      }
    }
    return submissions;
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
      List<RoundForm> forms) {

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
