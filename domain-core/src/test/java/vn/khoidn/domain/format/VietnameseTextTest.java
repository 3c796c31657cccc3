package vn.khoidn.domain.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VietnameseTextTest {

  @Test
  void namesSortAsAVietnameseReaderExpects() {
    List<String> names =
        new ArrayList<>(
            List.of(
                "Đà Lạt", "Dương", "Duy", "Ân", "An", "Ăn", "Hóa", "Hoa", "Hòa", "Ơ", "Ô", "O"));

    names.sort(VietnameseText.order());

    assertThat(names)
        .containsExactly(
            "An", "Ăn", "Ân", "Duy", "Dương", "Đà Lạt", "Hoa", "Hòa", "Hóa", "O", "Ô", "Ơ");
  }

  @Test
  void aDecomposedNameIsTheComposedOne() {
    String decomposed =
        "Co\u0302ng ty Co\u0302\u0309 pha\u0302\u0300n"; // as some keyboards send it
    String composed = "Công ty Cổ phần";

    assertThat(decomposed).isNotEqualTo(composed);
    assertThat(VietnameseText.nfc(decomposed)).isEqualTo(composed);
    assertThat(VietnameseText.sameName(decomposed, composed)).isTrue();
  }

  @Test
  void sameNameIgnoresCaseAndSpacesButNotTones() {
    assertThat(VietnameseText.sameName("công ty tnhh  gỗ tân phú ", "Công ty TNHH Gỗ Tân Phú"))
        .isTrue();
    assertThat(VietnameseText.sameName("Hòa", "Hoa")).isFalse();
    assertThat(VietnameseText.sameName("Đà Lạt", "Da Lat")).isFalse();
  }
}
