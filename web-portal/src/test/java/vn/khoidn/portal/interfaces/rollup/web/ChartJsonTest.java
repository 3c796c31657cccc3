package vn.khoidn.portal.interfaces.rollup.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartJsonTest {

  private static final String HOSTILE = "Chi bộ X</script><img src=x onerror=alert(1)>&\u2028";

  @Test
  void aNameThatWouldEndTheScriptIsWrittenAsEscapesAndReadsBackAsItself() {
    for (String json :
        List.of(
            ChartJson.bars(List.of(HOSTILE), List.of("Kết nạp"), List.of(List.of(3L)), true),
            ChartJson.lines(List.of("Quý 1"), List.of(HOSTILE), List.of(List.of(1L))),
            ChartJson.doughnut(List.of(HOSTILE), List.of(2L)))) {
      assertThat(json).doesNotContain("<", ">", "&", "\u2028");
      assertThat(Json.createReader(new StringReader(json)).readObject().toString())
          .as("still valid JSON that reads back as the name")
          .contains("Chi bộ X</script><img", "onerror=alert(1)>&");
    }
  }

  @Test
  void aLongNameIsWrittenOnShortLinesThatReadBackAsTheName() {
    String name = "Đảng bộ Công ty Cổ phần Cấp thoát nước Lâm Đồng";

    String json =
        ChartJson.bars(
            List.of(name, "Chi bộ Bình"), List.of("Kết nạp"), List.of(List.of(3L, 1L)), true);

    jakarta.json.JsonArray labels =
        Json.createReader(new StringReader(json))
            .readObject()
            .getJsonObject("data")
            .getJsonArray("labels");
    jakarta.json.JsonArray lines = labels.getJsonArray(0);
    assertThat(lines.size()).isGreaterThan(1);
    assertThat(lines.getValuesAs(jakarta.json.JsonString::getString))
        .allMatch(line -> line.length() <= ChartJson.LABEL_WIDTH);
    assertThat(String.join(" ", lines.getValuesAs(jakarta.json.JsonString::getString)))
        .isEqualTo(name);
    assertThat(labels.getString(1)).as("a short name stays one line").isEqualTo("Chi bộ Bình");
  }
}
