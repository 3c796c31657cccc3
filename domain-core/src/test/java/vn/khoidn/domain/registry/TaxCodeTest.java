package vn.khoidn.domain.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TaxCodeTest {

  @Test
  void anEnterpriseHasTenDigits() {
    TaxCode code = TaxCode.parse("5800123456");

    assertThat(code.isBranch()).isFalse();
    assertThat(code.toString()).isEqualTo("5800123456");
  }

  @Test
  void aBranchHasThirteenDigitsAndIsWrittenWithADash() {
    TaxCode code = TaxCode.parse("5800123456-001");

    assertThat(code.isBranch()).isTrue();
    assertThat(code.value()).isEqualTo("5800123456001");
    assertThat(code.enterpriseCode()).isEqualTo("5800123456");
    assertThat(code.toString()).isEqualTo("5800123456-001");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"580012345", "58001234567", "58001234560012", "58001234AB", "5800123456-01"})
  void otherShapesAreRefusedInVietnamese(String text) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> TaxCode.parse(text))
        .withMessageContaining("Mã số thuế")
        .withMessageContaining("10 chữ số");
  }
}
