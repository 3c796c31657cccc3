package vn.khoidn.domain.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.khoidn.domain.rollup.Ratio;

class VietnameseFormatTest {

  @Test
  void percentagesTakeADecimalCommaAndTwoDecimals() {
    assertThat(VietnameseFormat.percent(new Ratio(95, 80))).isEqualTo("118,75%");
    assertThat(VietnameseFormat.percent(new BigDecimal("7.5"))).isEqualTo("7,50%");
    assertThat(VietnameseFormat.percent(new Ratio(1, 3))).isEqualTo("33,33%");
    assertThat(VietnameseFormat.percent(new Ratio(2, 3))).isEqualTo("66,67%");
  }

  @Test
  void aPercentageOfNothingIsADash() {
    assertThat(VietnameseFormat.percent(new Ratio(5, 0))).isEqualTo("–");
  }

  @Test
  void countsUnderTenTakeALeadingZero() {
    assertThat(VietnameseFormat.count(5)).isEqualTo("05");
    assertThat(VietnameseFormat.count(1)).isEqualTo("01");
    assertThat(VietnameseFormat.count(10)).isEqualTo("10");
    assertThat(VietnameseFormat.count(0)).isEqualTo("0");
    assertThat(VietnameseFormat.count(12345)).isEqualTo("12.345");
  }

  @Test
  void fractionsShowTheirShare() {
    assertThat(VietnameseFormat.fraction(11, 95)).isEqualTo("11/95 (11,58%)");
    assertThat(VietnameseFormat.fraction(13, 110)).isEqualTo("13/110 (11,82%)");
  }

  @Test
  void datesAreWrittenDayFirst() {
    LocalDate date = LocalDate.of(2021, 1, 22);

    assertThat(VietnameseFormat.date(date)).isEqualTo("22/01/2021");
    assertThat(VietnameseFormat.longDate(date)).isEqualTo("ngày 22 tháng 01 năm 2021");
  }

  @org.junit.jupiter.api.Test
  void periodsAreNamedInWords() {
    assertThat(VietnameseFormat.periodLabel(vn.khoidn.domain.period.Period.parse("2026Q4")))
        .isEqualTo("Quý IV/2026");
    assertThat(VietnameseFormat.periodLabel(vn.khoidn.domain.period.Period.parse("2026S1")))
        .isEqualTo("6 tháng đầu năm 2026");
    assertThat(VietnameseFormat.periodLabel(vn.khoidn.domain.period.Period.parse("2026")))
        .isEqualTo("Năm 2026");
    assertThat(VietnameseFormat.periodLabel(vn.khoidn.domain.period.Period.parse("202603")))
        .isEqualTo("Tháng 3/2026");
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(
      delimiter = '|',
      value = {
        "Năm 2026|2026",
        "  năm   2026 |2026",
        "6 tháng đầu năm 2026|2026S1",
        "6 THÁNG CUỐI NĂM 2026|2026S2",
        "Quý IV/2026|2026Q4",
        "quý 3/2021|2021Q3",
        "Quý II năm 2025|2025Q2",
        "Tháng 3/2026|202603",
        "tháng 12 năm 2021|202112",
        "2021Q3|2021Q3",
        "2021s1|2021S1",
        "202103|202103"
      })
  void aPeriodIsReadAsPeopleWriteIt(String typed, String code) {
    assertThat(VietnameseFormat.parsePeriod(typed).code()).isEqualTo(code);
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {"", "Quý V/2026", "Tháng 13/2026", "6 tháng giữa năm 2026", "năm", "2026Q5"})
  void anythingElseIsRefusedInWords(String typed) {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> VietnameseFormat.parsePeriod(typed))
        .isInstanceOf(vn.khoidn.domain.validation.InvalidValueException.class)
        .hasMessageContaining("hãy viết như Năm 2026");
  }

  @org.junit.jupiter.api.Test
  void everyLabelReadsBackAsItsPeriod() {
    for (int year = 2019; year <= 2027; year++) {
      java.util.List<vn.khoidn.domain.period.CalendarPeriod> all = new java.util.ArrayList<>();
      all.add(vn.khoidn.domain.period.CalendarPeriod.year(year));
      for (int i = 1; i <= 2; i++) {
        all.add(vn.khoidn.domain.period.CalendarPeriod.halfYear(year, i));
      }
      for (int i = 1; i <= 4; i++) {
        all.add(vn.khoidn.domain.period.CalendarPeriod.quarter(year, i));
      }
      for (int i = 1; i <= 12; i++) {
        all.add(vn.khoidn.domain.period.CalendarPeriod.month(year, i));
      }
      for (vn.khoidn.domain.period.CalendarPeriod p : all) {
        assertThat(VietnameseFormat.parsePeriod(VietnameseFormat.periodLabel(p))).isEqualTo(p);
      }
    }
  }
}
