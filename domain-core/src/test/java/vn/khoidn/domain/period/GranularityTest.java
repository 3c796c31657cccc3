package vn.khoidn.domain.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.khoidn.domain.testing.Seeds;

class GranularityTest {

  private static List<CalendarPeriod> parse(String... codes) {
    return java.util.Arrays.stream(codes).map(CalendarPeriod::parse).toList();
  }

  @Test
  void theFinestCompleteGranularityCountsAndTheRedundantYearDoesNot() {
    assertThat(
            Granularity.counted(
                CalendarPeriod.year(2021), parse("2021", "2021Q1", "2021Q2", "2021Q3", "2021Q4")))
        .containsExactlyInAnyOrderElementsOf(parse("2021Q1", "2021Q2", "2021Q3", "2021Q4"));
  }

  @Test
  void aYearBesideSomeOfItsQuartersCountsTheQuarters() {
    assertThat(Granularity.counted(CalendarPeriod.year(2021), parse("2021", "2021Q1", "2021Q3")))
        .containsExactlyInAnyOrderElementsOf(parse("2021Q1", "2021Q3"));
    assertThat(Granularity.counted(CalendarPeriod.year(2021), parse("2021", "2022Q1")))
        .containsExactly(CalendarPeriod.year(2021));
  }

  @Test
  void aQuarterCountsTheFiguresInsideItAndNeverTheYear() {
    assertThat(
            Granularity.counted(
                CalendarPeriod.quarter(2021, 1), parse("2021", "2021Q1", "202101", "202102")))
        .containsExactlyInAnyOrderElementsOf(parse("202101", "202102"));
    assertThat(Granularity.counted(CalendarPeriod.quarter(2021, 2), parse("2021", "2021Q2")))
        .containsExactly(CalendarPeriod.quarter(2021, 2));
  }

  @Test
  void halvesQuartersAndMonthsResolvePartByPart() {
    // S1 is given by its quarters, S2 by one of its months: 2021S2 has a finer figure inside.
    assertThat(
            Granularity.counted(
                CalendarPeriod.year(2021), parse("2021Q1", "2021Q2", "2021S1", "2021S2", "202107")))
        .containsExactlyInAnyOrderElementsOf(parse("2021Q1", "2021Q2", "202107"));
    assertThat(Granularity.counted(CalendarPeriod.year(2021), parse("2021S1", "2021Q3", "2021")))
        .containsExactlyInAnyOrderElementsOf(parse("2021S1", "2021Q3"));
  }

  @Test
  void aFigureMixesWithTheSameYearsOtherGranularitiesOnly() {
    assertThat(
            Granularity.mixedWith(
                CalendarPeriod.year(2021), parse("2021Q2", "2021Q1", "2020Q1", "2021", "2022S1")))
        .containsExactlyElementsOf(parse("2021Q1", "2021Q2"));
    assertThat(Granularity.mixedWith(CalendarPeriod.quarter(2021, 3), parse("2021Q1", "2021Q2")))
        .isEmpty();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("vn.khoidn.domain.testing.Seeds#seeds")
  void noMonthIsEverCountedTwiceAndASingleGranularityCountsWhole(long seed) {
    Seeds.replayable(
        seed,
        () -> {
          Random r = new Random(seed);
          List<CalendarPeriod> present = new ArrayList<>();
          for (PeriodType type : PeriodType.values()) {
            for (int i = 1; i <= type.perYear(); i++) {
              if (r.nextInt(3) == 0) {
                present.add(new CalendarPeriod(type, 2021, i));
              }
            }
          }
          List<CalendarPeriod> candidates = CalendarPeriod.coveredBy(CalendarPeriod.year(2021));
          CalendarPeriod query = candidates.get(r.nextInt(candidates.size()));
          Set<CalendarPeriod> counted = Granularity.counted(query, present);
          int[] months = new int[13];
          for (CalendarPeriod p : counted) {
            assertThat(present).contains(p);
            assertThat(query.covers(p)).isTrue();
            for (int m = p.start().getMonthValue(); m <= p.end().getMonthValue(); m++) {
              months[m]++;
            }
          }
          for (int m = 1; m <= 12; m++) {
            assertThat(months[m])
                .as("month %d of %s in %s", m, present, query)
                .isLessThanOrEqualTo(1);
          }
          // A figure is left out only for a finer one inside it that counts.
          for (CalendarPeriod p : present) {
            if (query.covers(p) && !counted.contains(p)) {
              assertThat(counted.stream().anyMatch(c -> !c.equals(p) && p.covers(c)))
                  .as("%s left out of %s in %s", p, present, query)
                  .isTrue();
            }
          }
          List<CalendarPeriod> sameType =
              present.stream().filter(p -> p.type() == present.get(0).type()).toList();
          if (!sameType.isEmpty()) {
            assertThat(Granularity.counted(query, sameType))
                .containsExactlyInAnyOrderElementsOf(
                    sameType.stream().filter(query::covers).toList());
          }
        });
  }
}
