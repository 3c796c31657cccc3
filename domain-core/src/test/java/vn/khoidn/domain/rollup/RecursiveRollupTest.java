package vn.khoidn.domain.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.khoidn.domain.registry.Sector;

/**
 * The benchmark's yardstick must compute the same totals as the roll-up, or the comparison means
 * nothing.
 */
class RecursiveRollupTest {

  @Test
  void theYardstickAgreesWithTheRollupOnASyntheticTree() {
    NationalTree national = new NationalTree(3_000, 3, 42);
    RollupQuery query = national.query("T5");

    RollupResult fast = Rollup.compute(query, national.dataset());
    Map<String, Map<String, Map<Sector, Long>>> slow =
        RecursiveRollup.compute(query, national.dataset());

    assertThat(fast.size()).isEqualTo(slow.size()).isGreaterThan(10);
    for (NodeResult node : fast.nodes()) {
      for (String indicator : national.indicators) {
        Map<Sector, Long> expected = slow.get(node.code()).getOrDefault(indicator, Map.of());
        for (Sector s : Sector.values()) {
          assertThat(node.indicator(indicator).part(s)).isEqualTo(expected.getOrDefault(s, 0L));
        }
      }
    }
  }
}
