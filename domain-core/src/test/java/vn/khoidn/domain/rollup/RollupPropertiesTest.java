package vn.khoidn.domain.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.khoidn.domain.indicator.IndicatorCatalogue.NEW_MEMBERS;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.khoidn.domain.indicator.DataValue;
import vn.khoidn.domain.organization.OrganizationTree;
import vn.khoidn.domain.period.CalendarPeriod;
import vn.khoidn.domain.period.Period;
import vn.khoidn.domain.plan.Plan;
import vn.khoidn.domain.registry.Sector;
import vn.khoidn.domain.testing.Seeds;

class RollupPropertiesTest {

  private static final Period YEAR = CalendarPeriod.year(2021);

  private static final String SEEDS = "vn.khoidn.domain.testing.Seeds#seeds";

  private static RandomBloc bloc(long seed) {
    Random random = new Random(seed);
    return new RandomBloc(random.nextLong(), 1 + random.nextInt(8), random.nextInt(11));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource(SEEDS)
  void aParentEqualsTheSumOfItsChildrenPlusItsOwnValues(long seed) {
    Seeds.replayable(seed, () -> aParentEqualsTheSumOfItsChildrenPlusItsOwnValues(bloc(seed)));
  }

  private static void aParentEqualsTheSumOfItsChildrenPlusItsOwnValues(RandomBloc bloc) {
    OrganizationTree tree = bloc.tree();
    RollupResult result =
        Rollup.compute(RollupQuery.of("DUK", YEAR, NEW_MEMBERS), bloc.dataset(tree, List.of()));

    for (NodeResult node : result.nodes()) {
      IndicatorTotal total = node.indicator(NEW_MEMBERS);
      long own =
          bloc.values.stream()
              .filter(v -> v.organizationCode().equals(node.code()))
              .mapToLong(DataValue::value)
              .sum();
      long children =
          result.children(node.code()).stream()
              .mapToLong(c -> c.indicator(NEW_MEMBERS).total())
              .sum();
      assertThat(total.total()).isEqualTo(own + children);
      for (Sector s : Sector.values()) {
        long childParts =
            result.children(node.code()).stream()
                .mapToLong(c -> c.indicator(NEW_MEMBERS).part(s))
                .sum();
        assertThat(total.part(s)).isGreaterThanOrEqualTo(childParts);
      }
      assertThat(total.bySector().values().stream().mapToLong(Long::longValue).sum())
          .isEqualTo(total.total());
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource(SEEDS)
  void ratiosComeFromSumsNeverFromAveragingRatios(long seed) {
    Seeds.replayable(seed, () -> ratiosComeFromSumsNeverFromAveragingRatios(bloc(seed)));
  }

  private static void ratiosComeFromSumsNeverFromAveragingRatios(RandomBloc bloc) {
    RollupResult result =
        Rollup.compute(
            RollupQuery.of("DUK", YEAR, NEW_MEMBERS), bloc.dataset(bloc.tree(), List.of()));

    long allValues = bloc.values.stream().mapToLong(DataValue::value).sum();
    long allPlans = bloc.plans.stream().mapToLong(Plan::target).sum();
    IndicatorTotal root = result.root().indicator(NEW_MEMBERS);
    long blocOwn = ownPlan(bloc, "DUK");
    assertThat(root.percentOfPlan())
        .isEqualTo(
            new Ratio(allValues, blocOwn >= 0 ? blocOwn : bloc.plans.isEmpty() ? 0 : allPlans));
    for (NodeResult node : result.nodes()) {
      IndicatorTotal t = node.indicator(NEW_MEMBERS);
      long childPlans =
          result.children(node.code()).stream()
              .mapToLong(c -> c.indicator(NEW_MEMBERS).plan().orElse(0))
              .sum();
      long own = ownPlan(bloc, node.code());
      assertThat(t.plan().orElse(0))
          .as("its own target, or else the sum of its children's")
          .isEqualTo(own >= 0 ? own : childPlans);
      assertThat(t.percentOfPlan().numerator()).isEqualTo(t.total());
      Ratio share = t.share(Sector.NON_STATE);
      assertThat(share.numerator()).isEqualTo(t.part(Sector.NON_STATE));
      assertThat(share.denominator()).isEqualTo(t.total());
    }
  }

  /** An organization's own target, or -1 if it has none. */
  private static long ownPlan(RandomBloc bloc, String code) {
    return bloc.plans.stream()
        .filter(p -> p.organizationCode().equals(code))
        .mapToLong(Plan::target)
        .reduce(Long::sum)
        .orElse(-1);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource(SEEDS)
  void movingAnOrganizationChangesRollupsOnlyFromTheMovesDate(long seed) {
    Random random = new Random(seed);
    RandomBloc bloc = bloc(random.nextLong());
    int moveQuarter = 2 + random.nextInt(3);
    long pick = random.nextLong();
    Seeds.replayable(
        seed,
        () -> movingAnOrganizationChangesRollupsOnlyFromTheMovesDate(bloc, moveQuarter, pick));
  }

  private static void movingAnOrganizationChangesRollupsOnlyFromTheMovesDate(
      RandomBloc bloc, int moveQuarter, long pick) {
    if (bloc.subordinateCells.isEmpty() || bloc.committees.size() < 2) {
      return;
    }
    Random random = new Random(pick);
    String moved = bloc.subordinateCells.get(random.nextInt(bloc.subordinateCells.size()));
    String oldParent = moved.substring(0, moved.indexOf("-CB-"));
    List<String> others = new ArrayList<>(bloc.committees);
    others.remove(oldParent);
    String newParent = others.get(random.nextInt(others.size()));
    LocalDate on = CalendarPeriod.quarter(2021, moveQuarter).start();
    Dataset still = bloc.dataset(bloc.tree(), List.of());
    Dataset afterMove = bloc.dataset(bloc.tree(moved, newParent, on), List.of());

    for (int q = 1; q <= 4; q++) {
      Period quarter = CalendarPeriod.quarter(2021, q);
      RollupResult before = Rollup.compute(RollupQuery.of("DUK", quarter, NEW_MEMBERS), still);
      RollupResult after = Rollup.compute(RollupQuery.of("DUK", quarter, NEW_MEMBERS), afterMove);
      long movedValue = before.node(moved).orElseThrow().indicator(NEW_MEMBERS).total();
      long oldBefore = before.node(oldParent).orElseThrow().indicator(NEW_MEMBERS).total();
      long oldAfter = after.node(oldParent).orElseThrow().indicator(NEW_MEMBERS).total();
      long newBefore = before.node(newParent).orElseThrow().indicator(NEW_MEMBERS).total();
      long newAfter = after.node(newParent).orElseThrow().indicator(NEW_MEMBERS).total();
      if (q < moveQuarter) {
        assertThat(oldAfter).isEqualTo(oldBefore);
        assertThat(newAfter).isEqualTo(newBefore);
      } else {
        assertThat(oldAfter).isEqualTo(oldBefore - movedValue);
        assertThat(newAfter).isEqualTo(newBefore + movedValue);
      }
      assertThat(after.root().indicator(NEW_MEMBERS).total())
          .isEqualTo(before.root().indicator(NEW_MEMBERS).total());
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource(SEEDS)
  void completenessStaysWithinZeroAndOneHundredPercent(long seed) {
    Random random = new Random(seed);
    RandomBloc bloc = bloc(random.nextLong());
    long submissionSeed = random.nextLong();
    int submissionCount = random.nextInt(61);
    Seeds.replayable(
        seed,
        () ->
            completenessStaysWithinZeroAndOneHundredPercent(bloc, submissionSeed, submissionCount));
  }

  private static void completenessStaysWithinZeroAndOneHundredPercent(
      RandomBloc bloc, long submissionSeed, int submissionCount) {
    Random random = new Random(submissionSeed);
    List<String> everyone = new ArrayList<>(List.of("DUK"));
    everyone.addAll(bloc.committees);
    everyone.addAll(bloc.subordinateCells);
    everyone.addAll(bloc.grassrootsCells);
    Period q3 = CalendarPeriod.quarter(2021, 3);
    List<Submission> submissions = new ArrayList<>();
    for (int i = 0; i < submissionCount; i++) {
      Period period =
          random.nextBoolean() ? q3 : CalendarPeriod.quarter(2021, 1 + random.nextInt(4));
      submissions.add(
          new Submission(
              everyone.get(random.nextInt(everyone.size())),
              period,
              LocalDate.of(2021, 10, 1).plusDays(random.nextInt(30))));
    }
    OrganizationTree tree = bloc.tree();
    RollupResult result =
        Rollup.compute(
            new RollupQuery(
                "DUK", q3, List.of(NEW_MEMBERS), Breakdown.NONE, LocalDate.of(2021, 10, 15)),
            bloc.dataset(tree, submissions));

    for (NodeResult node : result.nodes()) {
      Completeness c = node.completeness();
      assertThat(c.submitted()).isBetween(0L, c.expected());
      assertThat(c.onTime()).isBetween(0L, c.submitted());
      c.submittedRate()
          .percent()
          .ifPresent(p -> assertThat(p).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100)));
    }
    assertThat(result.root().completeness().expected())
        .isEqualTo(bloc.committees.size() + bloc.grassrootsCells.size());
  }
}
