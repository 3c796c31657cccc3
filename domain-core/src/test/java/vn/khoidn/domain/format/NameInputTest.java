package vn.khoidn.domain.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NameInputTest {

  @Test
  void aNameTypedWithCombiningAccentsIsTheSameNameAsPrecomposed() {
    String combining = "Chi bo\u0323\u0302 Ho\u0300a Bi\u0300nh";
    String precomposed = "Chi bộ Hòa Bình";

    assertThat(NameInput.check(combining, "tên tổ chức")).isEqualTo(precomposed);
    assertThat(NameInput.check("  " + precomposed + "\t", "tên tổ chức")).isEqualTo(precomposed);
  }

  @Test
  void anEmptyNameIsRefusedInVietnamese() {
    assertThatThrownBy(() -> NameInput.check("   ", "tên tổ chức"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Tên tổ chức là bắt buộc.");
  }

  @Test
  void twoHundredFiftyFiveCharactersAreTakenAndOneMoreIsNot() {
    String longest = "Đ".repeat(255);

    assertThat(NameInput.check(longest, "tên")).hasSize(255);
    assertThatThrownBy(() -> NameInput.check(longest + "ả", "tên"))
        .hasMessage("Tên dài 256 ký tự, quá giới hạn 255 ký tự.");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"Chi bộ\u0000X", "Chi bộ\nX", "Chi bộ\u001bX", "Chi bộ\u202eX", "Chi bộ\u2028X"})
  void controlCharactersAndDirectionOverridesAreRefusedWithTheirPosition(String name) {
    assertThatThrownBy(() -> NameInput.check(name, "tên tổ chức"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Tên tổ chức chứa ký tự điều khiển không được phép (U+")
        .hasMessageEndingWith(", ở vị trí 7).");
  }
}
