package vn.khoidn.domain.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateInputTest {

  @Test
  void aDateInTheBoundsIsTaken() {
    assertThat(DateInput.parse("2021-03-15", "ngày thành lập"))
        .isEqualTo(LocalDate.of(2021, 3, 15));
    assertThat(DateInput.check(LocalDate.of(1900, 1, 1), "ngày")).isEqualTo(DateInput.FIRST);
  }

  @Test
  void anImpossibleOrFarDateIsRefusedWithItsReason() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> DateInput.parse("+999999999-12-31", "ngày thành lập"))
        .withMessageContaining("Ngày thành lập")
        .withMessageContaining("yyyy-MM-dd");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> DateInput.parse("0000-01-01", "ngày thành lập"))
        .withMessageContaining("01/01/1900");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> DateInput.parse("2021-02-30", "ngày giải thể"))
        .withMessageContaining("không phải là ngày có thật");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> DateInput.check(LocalDate.of(2101, 1, 1), "ngày chuyển"))
        .withMessageContaining("31/12/2100");
  }
}
