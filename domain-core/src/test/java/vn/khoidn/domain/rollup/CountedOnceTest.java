package vn.khoidn.domain.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.khoidn.domain.indicator.DataValue;
import vn.khoidn.domain.period.CalendarPeriod;
import vn.khoidn.domain.registry.Sector;
import vn.khoidn.domain.testing.RandomHistory;
import vn.khoidn.domain.testing.Seeds;

/**
 * The central property: for any generated history, the roll-up equals a naive recomputation from
 * the raw list of figures on the tree as it stood in each figure's period, each figure counted
 * once.
 */
class CountedOnceTest {

  private static final String SEEDS = "vn.khoidn.domain.testing.Seeds#seeds";

  @ParameterizedTest(name = "seed {0}")
  @MethodSource(SEEDS)
  void theRollupEqualsTheNaiveRecomputationWithOneGranularityPerYear(long seed) {
    Seeds.replayable(seed, () -> rollupEqualsNaive(RandomHistory.of(seed)));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource(SEEDS)
  void theRollupCountsAYearBesideItsQuartersOnce(long seed) {
    Seeds.replayable(seed, () -> rollupEqualsNaive(RandomHistory.mixed(seed)));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource(SEEDS)
  void aDatasetRefusesTwoValuesForOneKey(long seed) {
    Seeds.replayable(
        seed,
        () -> {
          RandomHistory h = RandomHistory.mixed(seed);
          List<DataValue> values = new ArrayList<>(h.figures());
          if (values.isEmpty()) {
            return;
          }
          Random r = new Random(seed);
          DataValue twin = values.get(r.nextInt(values.size()));
          values.add(
              r.nextInt(values.size() + 1),
              new DataValue(
                  twin.organizationCode(),
                  twin.period(),
                  twin.indicatorCode(),
                  twin.sector(),
                  twin.value() + 1));
          assertThatThrownBy(() -> Dataset.of(h.tree(), h.registry(), values))
              .isInstanceOf(IllegalArgumentException.class)
              .hasMessageContaining(twin.organizationCode())
              .hasMessageContaining(twin.period().code());
        });
  }

  private static void rollupEqualsNaive(RandomHistory h) {
    Dataset data = Dataset.of(h.tree(), h.registry(), h.figures());
    for (CalendarPeriod period : h.queries()) {
      RollupResult result =
          Rollup.compute(
              new RollupQuery(
                  h.rootCode(), period, RandomHistory.INDICATORS, Breakdown.SECTOR, null),
              data);
      for (NodeResult node : result.nodes()) {
        for (String indicator : RandomHistory.INDICATORS) {
          IndicatorTotal t = node.indicator(indicator);
          assertThat(t.total())
              .as("%s: %s %s %s", h, node.code(), period, indicator)
              .isEqualTo(h.naiveTotal(node.code(), period, indicator, null));
          for (Sector s : Sector.values()) {
            assertThat(t.part(s))
                .as("%s: %s %s %s %s", h, node.code(), period, indicator, s)
                .isEqualTo(h.naiveTotal(node.code(), period, indicator, s));
          }
        }
      }
    }
  }
}
