package vn.khoidn.domain.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CountInputTest {

  @Test
  void plainDigitsAreReadExactly() {
    assertThat(CountInput.parse(" 25 ")).isEqualTo(25);
    assertThat(CountInput.parse("0")).isZero();
    assertThat(CountInput.parse("1000000000")).isEqualTo(1_000_000_000L);
  }

  @Test
  void anythingElseIsRefusedWithItsReason() {
    assertRefused("-3", "NEGATIVE_VALUE");
    assertRefused("1.000", "FRACTIONAL_VALUE");
    assertRefused("2,5", "FRACTIONAL_VALUE");
    assertRefused("1e3", "INVALID_NUMBER");
    assertRefused("1E10000000", "INVALID_NUMBER");
    assertRefused("５", "INVALID_NUMBER");
    assertRefused("1000000001", "TOO_LARGE");
    assertRefused("1000000000000000", "TOO_LARGE");
    assertRefused("", "INVALID_NUMBER");
    assertRefused("x".repeat(100_000), "INVALID_NUMBER");
  }

  private static void assertRefused(String text, String code) {
    assertThatThrownBy(() -> CountInput.parse(text))
        .isInstanceOfSatisfying(
            CountInput.Refused.class, r -> assertThat(r.code()).as(text).isEqualTo(code))
        .hasMessageNotContaining("Exception");
  }
}
