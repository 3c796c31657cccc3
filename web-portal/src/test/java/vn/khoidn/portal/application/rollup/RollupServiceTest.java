package vn.khoidn.portal.application.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.khoidn.domain.indicator.IndicatorCatalogue;
import vn.khoidn.domain.organization.OrganizationKind;
import vn.khoidn.domain.period.CalendarPeriod;
import vn.khoidn.domain.plan.Plan;
import vn.khoidn.domain.registry.HostUnit;
import vn.khoidn.domain.rollup.Completeness;
import vn.khoidn.domain.rollup.IndicatorTotal;
import vn.khoidn.domain.rollup.RollupResult;
import vn.khoidn.domain.submission.FormStatus;
import vn.khoidn.portal.application.account.AccessDeniedException;
import vn.khoidn.portal.application.account.AccessPolicy;
import vn.khoidn.portal.application.account.Actor;
import vn.khoidn.portal.application.account.Role;
import vn.khoidn.portal.application.organization.StoredTree;
import vn.khoidn.portal.application.registry.RegistryService;
import vn.khoidn.portal.application.time.PortalClock;

/**
 * The roll-up use cases on a small bloc, with every port in memory: the bloc's totals and plans,
 * submitted figures on request, the completeness of a round (the portal's zone decides "on time"),
 * the forms to click through, and the refusals.
 */
class RollupServiceTest {

  private static final String CLASSES = IndicatorCatalogue.AWARENESS_CLASSES;
  private static final CalendarPeriod Q1 = CalendarPeriod.quarter(2021, 1);

  private final InMemoryRollupData data = new InMemoryRollupData();
  private final RollupService service;

  RollupServiceTest() {
    data.add("DUK", "Đảng ủy Khối", OrganizationKind.BLOC, null, null);
    data.add("A", "Đảng bộ Công ty A", OrganizationKind.GRASSROOTS_COMMITTEE, "DUK", null);
    data.add("A1", "Chi bộ Phân xưởng 1", OrganizationKind.SUBORDINATE_CELL, "A", null);
    data.add("B", "Chi bộ Công ty Bình", OrganizationKind.GRASSROOTS_CELL, "DUK", null);
    data.add(
        "C",
        "Chi bộ đã giải thể",
        OrganizationKind.GRASSROOTS_CELL,
        "DUK",
        LocalDate.of(2021, 2, 1));
    data.add("D", "Chi bộ Đông", OrganizationKind.GRASSROOTS_CELL, "DUK", null);

    data.rounds.add(new Round(10, "2021Q1", "Quý I/2021", LocalDate.of(2021, 4, 10)));
    // A: accepted, sent on time. B: submitted 01:00 on 11 April in Hà Nội, 18:00 UTC on the
    // 10th: late. D: returned, so missing. C: dissolved before the quarter ended, not expected.
    data.forms.add(
        new RoundForm(
            100, "A", "2021Q1", FormStatus.ACCEPTED, Instant.parse("2021-04-05T03:00:00Z"), 10));
    data.forms.add(
        new RoundForm(
            101, "B", "2021Q1", FormStatus.SUBMITTED, Instant.parse("2021-04-10T18:00:00Z"), 10));
    data.forms.add(new RoundForm(102, "C", "2021Q1", FormStatus.NOT_STARTED, null, 10));
    data.forms.add(
        new RoundForm(
            103, "D", "2021Q1", FormStatus.RETURNED, Instant.parse("2021-04-08T03:00:00Z"), 10));
    data.contacts.add(new ReporterContact("D", "Nguyễn Thị Đào", "0901234567", "dao@example.vn"));

    data.figures.add(new InMemoryRollupData.Figure(data.id("A"), "2021Q1", CLASSES, null, 2, 100));
    data.figures.add(new InMemoryRollupData.Figure(data.id("B"), "2021Q1", CLASSES, null, 3, 101));
    // A back-load of the bloc's own classes, without a form: it always counts.
    data.figures.add(new InMemoryRollupData.Figure(data.id("DUK"), "2021Q1", CLASSES, null, 1, 0));
    data.plans.add(new Plan("A", CLASSES, Q1, 4));
    data.plans.add(new Plan("B", CLASSES, Q1, 6));

    AccessPolicy access =
        new AccessPolicy() {
          @Override
          public Actor actor(String username) {
            return new Actor(username, data.id(username.toUpperCase()), Set.of(Role.STAFF));
          }

          @Override
          public boolean covers(Actor actor, long organizationId) {
            return data.isWithin(organizationId, actor.organizationId());
          }
        };
    RegistryService registry =
        new RegistryService() {
          @Override
          public List<HostUnit> units() {
            return List.of();
          }
        };
    service =
        new RollupService(
            data,
            access,
            new StoredTree(data),
            registry,
            new CountedFigures(data, data),
            data,
            data,
            new PortalClock(
                Clock.fixed(Instant.parse("2021-05-01T00:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"))));
  }

  @Test
  void theHeadlineIsTheCurrentYearsAdmissionsAgainstPlanOrElseTheLatestYearWithFigures() {
    assertThat(service.headline("duk", "DUK")).as("no admissions and no plan").isEmpty();

    data.figures.add(
        new InMemoryRollupData.Figure(
            data.id("A"), "2019Q4", IndicatorCatalogue.NEW_MEMBERS, null, 7, 0));
    data.figures.add(
        new InMemoryRollupData.Figure(
            data.id("B"), "2019", IndicatorCatalogue.NEW_MEMBERS, null, 12, 0));
    data.plans.add(new Plan("DUK", IndicatorCatalogue.NEW_MEMBERS, CalendarPeriod.year(2019), 16));
    // As the figure store does when it writes them: the periods get new versions.
    data.figureVersions.put("2019Q4", 2L);
    data.figureVersions.put("2019", 2L);

    Headline headline = service.headline("duk", "DUK").orElseThrow();
    assertThat(headline.periodCode()).as("2021 and 2020 have nothing").isEqualTo("2019");
    assertThat(headline.admitted()).isEqualTo(19);
    assertThat(headline.plan()).isEqualTo(16L);
    assertThat(vn.khoidn.domain.format.VietnameseFormat.percent(headline.percentOfPlan()))
        .isEqualTo("118,75%");

    data.plans.add(new Plan("A", IndicatorCatalogue.NEW_MEMBERS, CalendarPeriod.year(2021), 5));
    Headline current = service.headline("duk", "DUK").orElseThrow();
    assertThat(current.periodCode()).as("the current year, once it has a plan").isEqualTo("2021");
    assertThat(current.admitted()).isZero();
    assertThat(current.plan()).isEqualTo(5L);
  }

  @Test
  void formsSentAreCountedForEveryOrganizationOverTheRoundsOfAYear() {
    data.rounds.add(new Round(11, "2021Q2", "Quý II/2021", LocalDate.of(2021, 7, 15)));
    data.forms.add(
        new RoundForm(
            110, "A", "2021Q2", FormStatus.ACCEPTED, Instant.parse("2021-07-01T03:00:00Z"), 11));
    data.forms.add(
        new RoundForm(
            111, "B", "2021Q2", FormStatus.SUBMITTED, Instant.parse("2021-07-02T03:00:00Z"), 11));
    data.forms.add(new RoundForm(112, "D", "2021Q2", FormStatus.DRAFT, null, 11));

    RollupPage page =
        service.page(
            "duk",
            "DUK",
            List.of(CalendarPeriod.year(2021)),
            List.of(),
            RollupService.FORM_INDICATORS,
            false);

    Map<String, Completeness> sent = page.formsSent();
    assertThat(sent.get("DUK"))
        .as("Q1: A and B of A, B, D (C was dissolved); Q2: A and B of A, B, D")
        .isEqualTo(new Completeness(6, 4, 3));
    assertThat(sent.get("A")).isEqualTo(new Completeness(2, 2, 2));
    assertThat(sent.get("D")).isEqualTo(new Completeness(2, 0, 0));
    assertThat(sent).as("a subordinate cell sends on its committee's form").doesNotContainKey("A1");
    RollupPage quarter =
        service.page("duk", "DUK", List.of(Q1), List.of(), RollupService.FORM_INDICATORS, false);
    assertThat(quarter.formsSent().get("DUK")).isEqualTo(new Completeness(3, 2, 1));
  }

  private static IndicatorTotal classes(RollupResult r, String code) {
    return r.node(code).orElseThrow().indicator(CLASSES);
  }

  @Test
  void theBlocSumsItsAcceptedFiguresAndPlans() {
    RollupResult r = service.rollup("duk", "DUK", Q1, RollupService.FORM_INDICATORS, false);

    assertThat(classes(r, "DUK").total()).as("A's accepted 2 and the bloc's own 1").isEqualTo(3);
    assertThat(classes(r, "DUK").plan()).isEqualTo(OptionalLong.of(10));
    assertThat(classes(r, "A").total()).isEqualTo(2);
    assertThat(classes(r, "B").total()).as("B's form is only submitted").isZero();
  }

  @Test
  void submittedFiguresCountOnRequest() {
    RollupResult r = service.rollup("duk", "DUK", Q1, RollupService.FORM_INDICATORS, true);

    assertThat(classes(r, "DUK").total()).isEqualTo(6);
    assertThat(classes(r, "B").total()).isEqualTo(3);
  }

  @Test
  void aYearCoversItsQuarters() {
    List<RollupResult> rs =
        service.rollups(
            "duk",
            "DUK",
            List.of(CalendarPeriod.year(2021), Q1, CalendarPeriod.quarter(2021, 2)),
            List.of(CLASSES),
            false);

    assertThat(rs).extracting(r -> classes(r, "DUK").total()).containsExactly(3L, 3L, 0L);
  }

  @Test
  void theBlocsCompletenessCountsTheGrassrootsThatExistedAtTheQuartersEnd() {
    RollupResult r = service.rollup("duk", "DUK", Q1, List.of(CLASSES), false);

    assertThat(r.root().completeness())
        .as("A, B and D expected; A and B sent; only A by the deadline in Hà Nội")
        .isEqualTo(new Completeness(3, 2, 1));
  }

  @Test
  void theRoundsCompletenessNamesWhoIsMissingAndWhomToCall() {
    List<RoundCompleteness> rounds = service.completeness("duk", "DUK", Q1);

    assertThat(rounds).hasSize(1);
    RoundCompleteness q1 = rounds.get(0);
    assertThat(q1.title()).isEqualTo("Quý I/2021");
    assertThat(List.of(q1.expected(), q1.submitted(), q1.accepted(), q1.onTime()))
        .containsExactly(3L, 2L, 1L, 1L);
    assertThat(q1.missing())
        .containsExactly(
            new RoundCompleteness.Missing(
                "D",
                "Chi bộ Đông",
                "RETURNED",
                List.of(
                    new RoundCompleteness.Contact(
                        "Nguyễn Thị Đào", "0901234567", "dao@example.vn"))));
  }

  @Test
  void aCommitteesCompletenessCoversOnlyItsSubtree() {
    RoundCompleteness q1 = service.completeness("a", "A", Q1).get(0);

    assertThat(List.of(q1.expected(), q1.submitted(), q1.onTime())).containsExactly(1L, 1L, 1L);
    assertThat(q1.missing()).isEmpty();
  }

  @Test
  void thePageHasTheRollUpsTheTrendTheCompletenessAndTheForms() {
    RollupPage page =
        service.page(
            "duk",
            "DUK",
            List.of(Q1),
            List.of(Q1, CalendarPeriod.quarter(2021, 2)),
            // The trend sums only the first indicator.
            List.of(CLASSES, IndicatorCatalogue.NEW_MEMBERS),
            false);

    assertThat(classes(page.results().get(0), "DUK").total()).isEqualTo(3);
    assertThat(page.trend()).extracting(r -> classes(r, "DUK").total()).containsExactly(3L, 0L);
    assertThat(page.completeness())
        .singleElement()
        .extracting(RoundCompleteness::expected)
        .isEqualTo(3L);
    assertThat(page.forms())
        .containsEntry("A", List.of(new FormLink(100, "2021Q1")))
        .containsEntry("B", List.of(new FormLink(101, "2021Q1")));
  }

  @Test
  void theFormLinksOfAPeriod() {
    Map<String, List<FormLink>> links = service.formLinks("duk", "DUK", CalendarPeriod.year(2021));

    assertThat(links).containsOnlyKeys("A", "B", "C", "D");
    assertThat(links.get("D")).containsExactly(new FormLink(103, "2021Q1"));
  }

  @Test
  void figuresAreReadOnceAPeriodUntilTheirVersionChanges() {
    service.rollup("duk", "DUK", Q1, List.of(CLASSES), false);
    service.rollup("duk", "DUK", Q1, List.of(CLASSES), false);
    assertThat(data.figureReads).as("the second from the cache").isEqualTo(1);

    data.figures.add(new InMemoryRollupData.Figure(data.id("D"), "2021Q1", CLASSES, null, 5, 0));
    data.figureVersions.put("2021Q1", 2L);
    RollupResult r = service.rollup("duk", "DUK", Q1, List.of(CLASSES), false);

    assertThat(data.figureReads).isEqualTo(2);
    assertThat(classes(r, "DUK").total()).isEqualTo(8);
  }

  @Test
  void aPastQuarterRegroupedAsOrganizedTodayCountsEachFigureUnderWhoHoldsItsWorkNow() {
    // After the quarter (and before the clock's 1 May 2021): E merges into A, A1 moves to F.
    data.add("E", "Chi bộ Công ty Én", OrganizationKind.GRASSROOTS_CELL, "DUK", null);
    data.add("F", "Đảng bộ Công ty Phúc", OrganizationKind.GRASSROOTS_COMMITTEE, "DUK", null);
    data.figures.add(new InMemoryRollupData.Figure(data.id("E"), "2021Q1", CLASSES, null, 7, 0));
    data.figures.add(new InMemoryRollupData.Figure(data.id("A1"), "2021Q1", CLASSES, null, 4, 0));
    data.merged("E", "A", LocalDate.of(2021, 4, 20));
    data.moved("A1", "F", LocalDate.of(2021, 4, 20));

    RollupResult then = service.rollup("duk", "DUK", Q1, List.of(CLASSES), false);
    RollupResult now =
        service.rollup("duk", "DUK", Q1, List.of(CLASSES), false, TreeView.AS_ORGANIZED_TODAY);

    assertThat(classes(then, "A").total()).as("A's 2 and A1's 4").isEqualTo(6);
    assertThat(classes(then, "E").total()).isEqualTo(7);
    assertThat(classes(now, "A").total()).as("A's 2 and E's 7, which A carries on").isEqualTo(9);
    assertThat(classes(now, "F").total()).as("A1's 4 went with it").isEqualTo(4);
    assertThat(now.node("E")).as("E is no longer in today's tree").isEmpty();
    assertThat(now.node("A1").orElseThrow().parentCode()).isEqualTo("F");
    assertThat(classes(now, "DUK").total()).isEqualTo(classes(then, "DUK").total()).isEqualTo(14);
  }

  @Test
  void aUserSeesOnlyTheirSubtree() {
    assertThatThrownBy(() -> service.rollup("b", "DUK", Q1, List.of(CLASSES), false))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> service.completeness("b", "A", Q1))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> service.rollup("duk", "NOWHERE", Q1, List.of(CLASSES), false))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage("Bạn không có quyền xem tổ chức này.");
  }
}
