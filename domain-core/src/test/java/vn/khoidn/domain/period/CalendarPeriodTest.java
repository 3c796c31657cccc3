package vn.khoidn.domain.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CalendarPeriodTest {

  @ParameterizedTest
  @CsvSource({
    "2021,   YEAR,      2021-01-01, 2021-12-31",
    "2021S1, HALF_YEAR, 2021-01-01, 2021-06-30",
    "2021S2, HALF_YEAR, 2021-07-01, 2021-12-31",
    "2021Q3, QUARTER,   2021-07-01, 2021-09-30",
    "202102, MONTH,     2021-02-01, 2021-02-28",
    "202402, MONTH,     2024-02-01, 2024-02-29"
  })
  void identifiersParseToTheirDays(String code, PeriodType type, LocalDate start, LocalDate end) {
    CalendarPeriod period = Period.parse(code);

    assertThat(period.type()).isEqualTo(type);
    assertThat(period.start()).isEqualTo(start);
    assertThat(period.end()).isEqualTo(end);
    assertThat(period.code()).isEqualTo(code);
  }

  @ParameterizedTest
  @ValueSource(strings = {"21", "2021Q5", "2021S3", "202113", "2021-03", "Q1 2021", ""})
  void malformedIdentifiersAreRefusedInVietnamese(String code) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Period.parse(code))
        .withMessageMatching(".*(không hợp lệ).*");
  }

  @Test
  void aQuarterLiesWithinItsHalfYearAndYearButNotTheOtherHalf() {
    CalendarPeriod q3 = CalendarPeriod.quarter(2021, 3);

    assertThat(q3.isWithin(CalendarPeriod.halfYear(2021, 2))).isTrue();
    assertThat(q3.isWithin(CalendarPeriod.year(2021))).isTrue();
    assertThat(q3.isWithin(CalendarPeriod.halfYear(2021, 1))).isFalse();
    assertThat(CalendarPeriod.year(2021).covers(CalendarPeriod.month(2021, 12))).isTrue();
    assertThat(CalendarPeriod.month(2021, 12).covers(CalendarPeriod.year(2021))).isFalse();
  }

  @Test
  void previousAndSameLastYearCrossYearBoundaries() {
    assertThat(CalendarPeriod.quarter(2021, 1).previous())
        .isEqualTo(CalendarPeriod.quarter(2020, 4));
    assertThat(CalendarPeriod.month(2021, 3).sameLastYear())
        .isEqualTo(CalendarPeriod.month(2020, 3));
    assertThat(CalendarPeriod.year(2021).previous()).isEqualTo(CalendarPeriod.year(2020));
  }

  @Test
  void aQuarterCoversItselfAndItsThreeMonths() {
    assertThat(CalendarPeriod.coveredBy(CalendarPeriod.quarter(2021, 3)))
        .extracting(CalendarPeriod::code)
        .containsExactly("2021Q3", "202107", "202108", "202109");
  }

  @Test
  void aYearCoversNineteenPeriodsOfItsOwnYearAndNoneOfAnother() {
    assertThat(CalendarPeriod.coveredBy(CalendarPeriod.year(2021)))
        .hasSize(19)
        .startsWith(CalendarPeriod.year(2021), CalendarPeriod.halfYear(2021, 1))
        .allMatch(p -> p.year() == 2021);
  }

  @Nested
  class ReviewPeriods {

    private final Resolution resolution04 =
        new Resolution(
            "04-NQ/ĐUK",
            LocalDate.of(2021, 1, 22),
            "về phát triển đảng viên, thành lập tổ chức đảng, đoàn thể trong doanh nghiệp ngoài khu vực nhà nước");

    @Test
    void theOneYearReviewRunsFromTheResolutionsDateForAYear() {
      ReviewPeriod review = resolution04.review(1);

      assertThat(review.start()).isEqualTo(LocalDate.of(2021, 1, 22));
      assertThat(review.end()).isEqualTo(LocalDate.of(2022, 1, 21));
      assertThat(review.vietnameseLabel()).isEqualTo("sơ kết 01 năm");
    }

    @Test
    void figuresCountWhenTheirPeriodEndsInsideTheReview() {
      ReviewPeriod review = resolution04.review(1);

      assertThat(review.covers(Period.parse("2021Q1"))).isTrue();
      assertThat(review.covers(Period.parse("2021Q4"))).isTrue();
      assertThat(review.covers(Period.parse("2021"))).isTrue();
      assertThat(review.covers(Period.parse("202101"))).isTrue();
      assertThat(review.covers(Period.parse("2022Q1"))).isFalse();
      assertThat(review.covers(Period.parse("2020Q4"))).isFalse();
    }

    @Test
    void theReviewYearReadsThePeriodsThatEndInsideIt() {
      assertThat(CalendarPeriod.coveredBy(resolution04.review(1)))
          .extracting(CalendarPeriod::code)
          .contains("2021", "2021Q1", "2021Q4", "202101", "202112")
          .doesNotContain("2022", "2022Q1", "202201", "2020Q4");
    }
  }
}
