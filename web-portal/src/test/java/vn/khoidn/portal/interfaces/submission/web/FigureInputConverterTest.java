package vn.khoidn.portal.interfaces.submission.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.faces.convert.ConverterException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a reporter types into a figure's cell: read exactly, or refused with the reason. */
class FigureInputConverterTest {

  private final FigureInputConverter converter = new FigureInputConverter();

  @Test
  void wholeNumbersAndGroupedThousandsAreReadAsAnOfficeMeansThem() {
    assertThat(convert("12")).isEqualByComparingTo("12");
    assertThat(convert(" 1.000 ")).as("one thousand").isEqualByComparingTo("1000");
    assertThat(convert("1.250.000")).isEqualByComparingTo("1250000");
    assertThat(convert("")).isNull();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1E10000000|không phải là số",
        "1e3|không phải là số",
        "５|không phải là số",
        "-3|không được âm",
        "2,5|không có phần thập phân",
        "1000000000000000|số quá lớn",
        "10.000.000|số quá lớn",
        "0x10|không phải là số"
      })
  void anythingElseIsRefusedWithTheReasonNeverReadAsAnotherNumber(String typed, String reason) {
    assertThatThrownBy(() -> convert(typed))
        .isInstanceOf(ConverterException.class)
        .satisfies(
            e ->
                assertThat(((ConverterException) e).getFacesMessage().getSummary())
                    .startsWith("Số liệu: ")
                    .contains(reason));
  }

  private BigDecimal convert(String typed) {
    return converter.getAsObject(null, null, typed);
  }
}
