package vn.khoidn.domain.rollup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.khoidn.domain.indicator.DataValue;
import vn.khoidn.domain.organization.OrganizationTree;
import vn.khoidn.domain.period.CalendarPeriod;
import vn.khoidn.domain.period.Granularity;
import vn.khoidn.domain.period.Period;
import vn.khoidn.domain.plan.Plan;
import vn.khoidn.domain.registry.Registry;
import vn.khoidn.domain.validation.InvalidValueException;

/**
 * What a roll-up reads: the dated tree, the registry (for the host units' sectors), the figures,
 * the plans and the submissions.
 *
 * <p>Every figure is counted once:
 *
 * <ul>
 *   <li>A dataset <strong>refuses</strong> two values for one key (organization, period, indicator,
 *       sector): the constructor throws {@link IllegalArgumentException} naming the key.
 *   <li>A dataset <strong>resolves</strong> figures of one organization and indicator that describe
 *       the same months at two granularities (a year's figure beside that year's quarters): {@link
 *       #countedValues} keeps, for the period summed over, only the figures {@link
 *       Granularity#counted} picks: the finest ones, and a longer figure only where no finer one
 *       lies inside it. The others are not added.
 * </ul>
 *
 * <p>The collections are not copied. Checking them costs one pass and a sort of one {@code long}
 * per value; values are compared in full only where two of them share a hash.
 */
public final class Dataset {

  private final OrganizationTree tree;
  private final Registry registry;
  private final Collection<DataValue> values;
  private final Collection<Plan> plans;
  private final Collection<Submission> submissions;

  /** The (organization, indicator, year) groups that hold figures of more than one period type. */
  private final Set<Group> mixed;

  /**
   * A dataset.
   *
   * @param tree the organization tree with its history
   * @param registry the host units
   * @param values the figures to sum, at most one per key
   * @param plans the targets
   * @param submissions who submitted which period's form, and when
   * @throws IllegalArgumentException if two values have the same organization, period, indicator
   *     and sector
   */
  public Dataset(
      OrganizationTree tree,
      Registry registry,
      Collection<DataValue> values,
      Collection<Plan> plans,
      Collection<Submission> submissions) {
    this.tree = Objects.requireNonNull(tree, "tree");
    this.registry = Objects.requireNonNull(registry, "registry");
    this.values = Objects.requireNonNull(values, "values");
    this.plans = Objects.requireNonNull(plans, "plans");
    this.submissions = Objects.requireNonNull(submissions, "submissions");
    refuseDuplicates(values);
    this.mixed = mixedGroups(values);
  }

  /**
   * A dataset of values only.
   *
   * @param tree the tree
   * @param registry the registry
   * @param values the values, at most one per key
   * @return the dataset
   * @throws IllegalArgumentException if two values have the same key
   */
  public static Dataset of(OrganizationTree tree, Registry registry, Collection<DataValue> values) {
    return new Dataset(tree, registry, values, List.of(), List.of());
  }

  /** The organization tree with its history. */
  public OrganizationTree tree() {
    return tree;
  }

  /** The host units. */
  public Registry registry() {
    return registry;
  }

  /** Every figure, as given. */
  public Collection<DataValue> values() {
    return values;
  }

  /** The targets. */
  public Collection<Plan> plans() {
    return plans;
  }

  /** Who submitted which period's form, and when. */
  public Collection<Submission> submissions() {
    return submissions;
  }

  /**
   * The figures that count in a period: every value, except that where one organization has figures
   * of one indicator at two granularities in one year, only those {@link Granularity#counted} picks
   * for {@code period}.
   *
   * @param period the period summed over
   * @return the values to add up; the given collection itself when nothing is mixed
   */
  public Collection<DataValue> countedValues(Period period) {
    if (mixed.isEmpty()) {
      return values;
    }
    Map<Group, List<CalendarPeriod>> periods = new HashMap<>();
    for (DataValue v : values) {
      Group g = Group.of(v);
      if (g != null && mixed.contains(g)) {
        periods.computeIfAbsent(g, k -> new ArrayList<>()).add((CalendarPeriod) v.period());
      }
    }
    Map<Group, Set<CalendarPeriod>> counted = new HashMap<>();
    periods.forEach((g, list) -> counted.put(g, Granularity.counted(period, list)));
    List<DataValue> kept = new ArrayList<>(values.size());
    for (DataValue v : values) {
      Group g = Group.of(v);
      Set<CalendarPeriod> pick = g == null ? null : counted.get(g);
      if (pick == null || pick.contains((CalendarPeriod) v.period())) {
        kept.add(v);
      }
    }
    return kept;
  }

  private static void refuseDuplicates(Collection<DataValue> values) {
    long[] hashes = new long[values.size()];
    int i = 0;
    for (DataValue v : values) {
      hashes[i++] = keyHash(v);
    }
    Arrays.sort(hashes);
    Set<Long> shared = new HashSet<>();
    for (int j = 1; j < hashes.length; j++) {
      if (hashes[j] == hashes[j - 1]) {
        shared.add(hashes[j]);
      }
    }
    if (shared.isEmpty()) {
      return;
    }
    Set<List<Object>> seen = new HashSet<>();
    for (DataValue v : values) {
      if (shared.contains(keyHash(v))) {
        List<Object> key =
            Arrays.asList(v.organizationCode(), v.period().code(), v.indicatorCode(), v.sector());
        if (!seen.add(key)) {
          throw new InvalidValueException(
              "DUPLICATE_FIGURE",
              "Hai số liệu cho cùng một ô: tổ chức "
                  + v.organizationCode()
                  + ", kỳ "
                  + v.period().code()
                  + ", chỉ tiêu "
                  + v.indicatorCode()
                  + (v.sector() == null ? "" : ", khu vực " + v.sector().name())
                  + ". Mỗi ô chỉ có một số liệu.");
        }
      }
    }
  }

  private static Set<Group> mixedGroups(Collection<DataValue> values) {
    // One long per calendar value: the group's hash in the high bits, the period type in the low
    // two. After sorting, a group with two types shows as neighbours that differ in the low bits.
    long[] tagged = new long[values.size()];
    int n = 0;
    for (DataValue v : values) {
      if (v.period() instanceof CalendarPeriod p) {
        tagged[n++] =
            (groupHash(v.organizationCode(), v.indicatorCode(), p.year()) << 2)
                | p.type().ordinal();
      }
    }
    Arrays.sort(tagged, 0, n);
    Set<Long> candidates = new HashSet<>();
    for (int j = 1; j < n; j++) {
      if (tagged[j] >>> 2 == tagged[j - 1] >>> 2 && tagged[j] != tagged[j - 1]) {
        candidates.add(tagged[j] >>> 2);
      }
    }
    if (candidates.isEmpty()) {
      return Set.of();
    }
    Map<Group, Integer> types = new HashMap<>();
    for (DataValue v : values) {
      if (v.period() instanceof CalendarPeriod p
          && candidates.contains(groupHash(v.organizationCode(), v.indicatorCode(), p.year()))) {
        types.merge(
            new Group(v.organizationCode(), v.indicatorCode(), p.year()),
            1 << p.type().ordinal(),
            (a, b) -> a | b);
      }
    }
    Set<Group> mixed = new HashSet<>();
    types.forEach(
        (g, mask) -> {
          if (Integer.bitCount(mask) > 1) {
            mixed.add(g);
          }
        });
    return mixed;
  }

  private static long keyHash(DataValue v) {
    long h = mix(v.organizationCode().hashCode());
    h = mix(h * 31 + v.period().code().hashCode());
    h = mix(h * 31 + v.indicatorCode().hashCode());
    return mix(h * 31 + (v.sector() == null ? 7 : v.sector().ordinal()));
  }

  private static long groupHash(String org, String indicator, int year) {
    long h = mix(org.hashCode());
    h = mix(h * 31 + indicator.hashCode());
    return mix(h * 31 + year) >>> 2;
  }

  /** The finaliser of SplitMix64: spreads the bits of a combined hash. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /** One organization's figures of one indicator in one calendar year. */
  private record Group(String organizationCode, String indicatorCode, int year) {
    static Group of(DataValue v) {
      return v.period() instanceof CalendarPeriod p
          ? new Group(v.organizationCode(), v.indicatorCode(), p.year())
          : null;
    }
  }
}
