package vn.khoidn.domain.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.khoidn.domain.indicator.IndicatorCatalogue.NEW_MEMBERS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.khoidn.domain.indicator.DataValue;
import vn.khoidn.domain.organization.Organization;
import vn.khoidn.domain.organization.OrganizationKind;
import vn.khoidn.domain.organization.OrganizationTree;
import vn.khoidn.domain.period.CalendarPeriod;
import vn.khoidn.domain.period.Period;
import vn.khoidn.domain.testing.Seeds;

/**
 * A past year regrouped on today's tree, over random blocs that were reorganized after it
 * (committees merged, cells moved, split or dissolved, work taken over by a committee established
 * later): the top's totals are those of the tree as it stood, and every organization of today's
 * tree sums exactly the figures whose work it holds, by a brute-force reference.
 */
class RegroupedRollupPropertiesTest {

  private static final Period YEAR = CalendarPeriod.year(2021);
  private static final LocalDate TODAY = LocalDate.of(2026, 1, 15);
  private static final LocalDate MOVE_DAY = LocalDate.of(2023, 3, 1);
  private static final LocalDate DISSOLUTION_DAY = LocalDate.of(2024, 5, 1);
  private static final LocalDate MERGER_DAY = LocalDate.of(2025, 7, 1);

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("vn.khoidn.domain.testing.Seeds#seeds")
  void theTopsTotalsAreTheSameBothWaysAndEachHolderSumsWhatItHolds(long seed) {
    Seeds.replayable(seed, () -> check(seed));
  }

  private static void check(long seed) {
    Random random = new Random(seed);
    RandomBloc bloc = new RandomBloc(random.nextLong(), 2 + random.nextInt(6), random.nextInt(8));
    OrganizationTree tree = reorganized(bloc, random);
    Dataset data = bloc.dataset(tree, submissions(bloc, random));
    RollupQuery asThen = RollupQuery.of("DUK", YEAR, NEW_MEMBERS);

    RollupResult then = Rollup.compute(asThen, data);
    RollupResult now = Rollup.compute(asThen.regroupedOn(TODAY), data);

    String where = "seed " + seed + ", " + bloc + ", tree " + describe(tree);
    IndicatorTotal before = then.root().indicator(NEW_MEMBERS);
    IndicatorTotal after = now.root().indicator(NEW_MEMBERS);
    assertThat(after.total()).as(where).isEqualTo(before.total());
    assertThat(after.bySector()).as(where).isEqualTo(before.bySector());
    assertThat(after.plan()).as(where).isEqualTo(before.plan());
    assertThat(now.root().completeness()).as(where).isEqualTo(then.root().completeness());

    Set<String> rows = new TreeSet<>();
    now.nodes().forEach(n -> rows.add(n.code()));
    Set<String> today = new TreeSet<>();
    tree.subtreeOn("DUK", TODAY).stream()
        .filter(o -> o.existsOn(TODAY))
        .forEach(o -> today.add(o.code()));
    assertThat(rows).as(where).isEqualTo(today);

    Map<String, Long> expected = new HashMap<>();
    for (DataValue v : bloc.values) {
      for (String o = holder(tree, v.organizationCode()); o != null; o = parentToday(tree, o)) {
        expected.merge(o, v.value(), Long::sum);
      }
    }
    for (NodeResult node : now.nodes()) {
      assertThat(node.indicator(NEW_MEMBERS).total())
          .as(where + ", node " + node.code())
          .isEqualTo(expected.getOrDefault(node.code(), 0L));
      assertThat(node.name()).as(where).isEqualTo(tree.nameOn(node.code(), TODAY));
    }
  }

  /** The brute-force holder: the rule as written, one organization at a time. */
  private static String holder(OrganizationTree tree, String code) {
    Organization o = tree.organization(code).orElseThrow();
    if (o.existsOn(TODAY)) {
      return code;
    }
    if (o.dissolved() == null) {
      return null;
    }
    List<String> successors = tree.successorsOf(code);
    if (successors.size() == 1) {
      return holder(tree, successors.get(0));
    }
    return tree.parentOn(code, o.dissolved().minusDays(1))
        .map(p -> holder(tree, p.code()))
        .orElse(null);
  }

  private static String parentToday(OrganizationTree tree, String code) {
    return tree.parentOn(code, TODAY).map(Organization::code).orElse(null);
  }

  /**
   * The bloc's tree with random reorganizations after 2021: cells moved to another committee,
   * grassroots cells dissolved (without a successor) or split into two others, committees merged
   * into another (their cells moving with them), and one committee's work taken over by a new one
   * established on the day of the merger.
   */
  private static OrganizationTree reorganized(RandomBloc bloc, Random random) {
    OrganizationTree.Builder b = builder(bloc);
    List<String> committees = new ArrayList<>(bloc.committees);
    List<String> cells = new ArrayList<>(bloc.grassrootsCells);
    java.util.Collections.shuffle(committees, random);
    java.util.Collections.shuffle(cells, random);
    Map<String, String> parentOf = new HashMap<>();
    bloc.links.forEach(l -> parentOf.put(l[0], l[1]));
    for (String cell : bloc.subordinateCells) {
      if (random.nextInt(4) == 0) {
        String to = bloc.committees.get(random.nextInt(bloc.committees.size()));
        if (!to.equals(parentOf.get(cell))) {
          b.move(cell, to, MOVE_DAY);
          parentOf.put(cell, to);
        }
      }
    }
    if (cells.size() >= 1 && random.nextBoolean()) {
      b.dissolve(cells.remove(0), DISSOLUTION_DAY);
    }
    if (cells.size() >= 3 && random.nextBoolean()) {
      b.split(cells.remove(0), List.of(cells.get(0), cells.get(1)), DISSOLUTION_DAY);
    }
    if (committees.size() >= 2 && random.nextBoolean()) {
      String source = committees.remove(0);
      String into = committees.get(0);
      moveChildren(b, parentOf, source, into);
      b.merge(List.of(source), into, MERGER_DAY);
    }
    if (committees.size() >= 2 && random.nextBoolean()) {
      // Not the committee that took over the first merger: its cells moved on this day already.
      String source = committees.remove(1);
      b.add(
          Organization.of(
              "DB-NEW",
              "Đảng bộ mới",
              OrganizationKind.GRASSROOTS_COMMITTEE,
              "U-" + committees.get(0),
              MERGER_DAY),
          "DUK");
      moveChildren(b, parentOf, source, "DB-NEW");
      b.merge(List.of(source), "DB-NEW", MERGER_DAY);
      if (!cells.isEmpty()) {
        b.merge(List.of(cells.remove(0)), "DB-NEW", MERGER_DAY.plusMonths(1));
      }
    }
    return b.build();
  }

  private static void moveChildren(
      OrganizationTree.Builder b, Map<String, String> parentOf, String from, String to) {
    for (Map.Entry<String, String> e : new HashMap<>(parentOf).entrySet()) {
      if (e.getValue().equals(from)) {
        b.move(e.getKey(), to, MERGER_DAY);
        parentOf.put(e.getKey(), to);
      }
    }
  }

  private static OrganizationTree.Builder builder(RandomBloc bloc) {
    OrganizationTree.Builder b =
        OrganizationTree.builder()
            .add(
                Organization.of(
                    "DUK", "Đảng ủy Khối", OrganizationKind.BLOC, null, RandomBloc.LONG_AGO));
    for (String[] link : bloc.links) {
      OrganizationKind kind =
          link[0].contains("-CB-")
              ? OrganizationKind.SUBORDINATE_CELL
              : link[0].startsWith("DB-")
                  ? OrganizationKind.GRASSROOTS_COMMITTEE
                  : OrganizationKind.GRASSROOTS_CELL;
      b.add(
          Organization.of(link[0], "Tổ chức " + link[0], kind, "U-" + link[0], RandomBloc.LONG_AGO),
          link[1]);
    }
    return b;
  }

  private static List<Submission> submissions(RandomBloc bloc, Random random) {
    List<Submission> submissions = new ArrayList<>();
    for (String[] link : bloc.links) {
      if (random.nextBoolean()) {
        submissions.add(new Submission(link[0], YEAR, LocalDate.of(2022, 1, 5)));
      }
    }
    return submissions;
  }

  private static String describe(OrganizationTree tree) {
    StringBuilder s = new StringBuilder();
    for (Organization o : tree.organizations()) {
      if (o.dissolved() != null) {
        s.append(o.code())
            .append(" dissolved ")
            .append(o.dissolved())
            .append(" into ")
            .append(tree.successorsOf(o.code()))
            .append("; ");
      }
    }
    return s.toString();
  }
}
