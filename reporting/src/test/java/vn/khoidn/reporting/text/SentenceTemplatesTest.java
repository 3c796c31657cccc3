package vn.khoidn.reporting.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** What the sentence-templates page shows: each sentence in words, and a preview of a rewording. */
class SentenceTemplatesTest {

  @Test
  void everySentenceSaysInWordsWhereItIsUsed() {
    for (String key : SentenceTemplates.builtIn().all().keySet()) {
      assertThat(SentenceTemplates.description(key)).as(key).isNotBlank().doesNotContain(key);
    }
  }

  @Test
  void everyBuiltInSentencePreviewsWithoutAPlaceholderLeft() {
    SentenceTemplates.builtIn()
        .all()
        .forEach(
            (key, text) ->
                assertThat(SentenceTemplates.preview(key, text)).as(key).doesNotContain("${"));
  }

  @Test
  void aRewordingPreviewsWithExampleFigures() {
    assertThat(
            SentenceTemplates.preview(
                "members", "đã kết nạp ${admitted} đảng viên, vượt kế hoạch đề ra"))
        .isEqualTo("đã kết nạp 95 đảng viên, vượt kế hoạch đề ra");
  }

  @Test
  void aPreviewRefusesWhatCouldNotBeSaved() {
    assertThatThrownBy(() -> SentenceTemplates.preview("members", "kết nạp ${trainees} người"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("${trainees}")
        .hasMessageContaining("${admitted}");
    assertThatThrownBy(() -> SentenceTemplates.preview("members", "kết nạp ${admitted người"))
        .hasMessageContaining("chưa được đóng");
    assertThatThrownBy(() -> SentenceTemplates.description("khong.co"))
        .hasMessage("Không có mẫu câu \"khong.co\".");
  }
}
