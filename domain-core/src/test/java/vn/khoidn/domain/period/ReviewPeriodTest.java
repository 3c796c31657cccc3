package vn.khoidn.domain.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReviewPeriodTest {

  private final Resolution nq04 =
      new Resolution("04-NQ/ĐUK", LocalDate.of(2021, 1, 22), "phát triển đảng viên");

  @Test
  void aReviewSpansOneToFiftyYears() {
    assertThat(nq04.review(1).end()).isEqualTo(LocalDate.of(2022, 1, 21));
    assertThat(nq04.review(ReviewPeriod.MAX_YEARS).end()).isEqualTo(LocalDate.of(2071, 1, 21));
  }

  @Test
  void aMillionYearReviewIsRefusedInVietnameseBeforeAnyDateArithmetic() {
    assertThatThrownBy(() -> nq04.review(999_999_999))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Kỳ sơ kết, tổng kết dài tối đa 50 năm (đã nhận 999999999 năm).");
    assertThatThrownBy(() -> nq04.review(0)).hasMessage("Kỳ sơ kết phải dài ít nhất 01 năm.");
  }
}
