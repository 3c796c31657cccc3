package vn.khoidn.portal.application.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.khoidn.domain.period.CalendarPeriod;
import vn.khoidn.domain.period.Resolution;
import vn.khoidn.domain.period.ReviewPeriod;
import vn.khoidn.portal.application.InvalidInputException;
import vn.khoidn.portal.application.submission.ConcurrentEditException;
import vn.khoidn.reporting.review.Narratives;

/** The rules of a report, without a container. */
class ReportTest {

  private static final Instant AT = Instant.parse("2026-03-01T02:30:00Z");
  private static final ZoneId HCM = ZoneId.of("Asia/Ho_Chi_Minh");

  private static Report draft() {
    return new Report(
        7L,
        3,
        1,
        "2021",
        null,
        null,
        Report.Status.DRAFT,
        "",
        LocalDate.of(2022, 1, 20),
        Report.sectionsOf(),
        "hoa",
        AT,
        null);
  }

  private static Map<String, String> texts(String strengths) {
    Map<String, String> t = new HashMap<>();
    t.put("STRENGTHS", strengths);
    return t;
  }

  private static Report issued(Map<String, String> inputs) {
    Report r = draft();
    r.edit("25", LocalDate.of(2022, 1, 20), texts("Tốt."), "hoa", AT);
    r.issue(
        "Trong năm 2021, kết nạp 03.\nHết.",
        new byte[] {1},
        new byte[] {2},
        new byte[] {3},
        inputs,
        "hoa",
        AT);
    return r;
  }

  @Test
  void aNewDraftHasNoNumberAndEmptySectionsWhereNoneWereGiven() {
    Report r =
        Report.draft(
            1,
            CalendarPeriod.parse("2021"),
            Map.of(Narratives.Section.TASKS, "Làm tiếp."),
            LocalDate.of(2022, 1, 1),
            "hoa",
            AT);

    assertThat(r.id()).isNull();
    assertThat(r.status()).isEqualTo(Report.Status.DRAFT);
    assertThat(r.number()).isEmpty();
    assertThat(r.sections()).hasSize(Narratives.Section.values().length);
    assertThat(r.sections().get(Narratives.Section.TASKS)).isEqualTo("Làm tiếp.");
    assertThat(r.sections().get(Narratives.Section.STRENGTHS)).isEmpty();
    assertThat(r.resolution()).isNull();
  }

  @Test
  void aReviewDraftKeepsItsResolutionAndYears() {
    Resolution nq = new Resolution("04-NQ/ĐUK", LocalDate.of(2021, 1, 22), "phát triển đảng viên");
    Report r = Report.draft(1, nq.review(1), Map.of(), LocalDate.of(2022, 1, 1), "hoa", AT);

    assertThat(r.periodCode()).isEqualTo("04-NQ/ĐUK+1Y");
    assertThat(r.period()).isInstanceOf(ReviewPeriod.class).isEqualTo(nq.review(1));
    assertThat(r.reviewYears()).isEqualTo(1);
  }

  @Test
  void editingChecksTheNumberTheDateAndTheLengthOfEachSection() {
    Report r = draft();

    assertThatThrownBy(() -> r.edit("25/BC", LocalDate.now(), Map.of(), "hoa", AT))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("Số văn bản gồm 1-6 chữ số, ví dụ 25.");
    assertThatThrownBy(() -> r.edit("1234567", LocalDate.now(), Map.of(), "hoa", AT))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> r.edit("25", null, Map.of(), "hoa", AT))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("Ngày ban hành là bắt buộc.");
    assertThatThrownBy(() -> r.edit("25", LocalDate.now(), texts("x".repeat(20_001)), "hoa", AT))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("Mỗi phần của báo cáo dài tối đa 20.000 ký tự.");
    assertThat(r.number()).isEmpty();
    assertThat(r.updatedAt()).isEqualTo(AT);

    r.edit(" 25 ", LocalDate.of(2022, 2, 2), texts("x".repeat(20_000)), "lan", AT.plusSeconds(9));

    assertThat(r.number()).isEqualTo("25");
    assertThat(r.date()).isEqualTo(LocalDate.of(2022, 2, 2));
    assertThat(r.sections().get(Narratives.Section.STRENGTHS)).hasSize(20_000);
    assertThat(r.updatedBy()).isEqualTo("lan");
  }

  @Test
  void aStaleVersionIsRefusedNamingWhoSavedAndWhenInTheBlocsZone() {
    Report r = draft();

    r.requireDraftAt(3, HCM);
    assertThatThrownBy(() -> r.requireDraftAt(2, HCM))
        .isInstanceOf(ConcurrentEditException.class)
        .hasMessageStartingWith("Dự thảo vừa được hoa lưu lúc 09:30 01/03/2026.");
    assertThat(Report.conflictMessage(null, null, null))
        .startsWith("Dự thảo vừa được người khác lưu. Những gì bạn nhập vẫn còn trên trang");
  }

  @Test
  void aDraftWithoutANumberIsNotIssued() {
    Report r = draft();

    assertThatThrownBy(r::requireIssuable)
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("Hãy điền số văn bản và lưu dự thảo trước khi ban hành.");
    assertThatThrownBy(
            () -> r.issue("t", new byte[0], new byte[0], new byte[0], Map.of(), "hoa", AT))
        .isInstanceOf(InvalidInputException.class);
    assertThat(r.isIssued()).isFalse();
  }

  @Test
  void anIssuedReportNeverChanges() {
    Report r = issued(Map.of("Kết nạp đảng viên", "3"));

    assertThat(r.status()).isEqualTo(Report.Status.ISSUED);
    assertThat(r.issued().by()).isEqualTo("hoa");
    String refusal = "Báo cáo số 25 đã ban hành; không sửa được báo cáo đã ban hành.";
    assertThatThrownBy(() -> r.edit("26", LocalDate.now(), Map.of(), "hoa", AT))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(refusal);
    assertThatThrownBy(() -> r.requireDraftAt(r.version(), HCM)).hasMessage(refusal);
    assertThatThrownBy(
            () -> r.issue("t", new byte[0], new byte[0], new byte[0], Map.of(), "hoa", AT))
        .hasMessage(refusal);
    assertThat(r.number()).isEqualTo("25");
    assertThat(r.issued().text()).startsWith("Trong năm 2021");
  }

  @Test
  void itKeepsTheFiguresItWasIssuedFromWithTheirHash() {
    Map<String, String> inputs = new LinkedHashMap<>();
    inputs.put("Kết nạp đảng viên", "3");
    inputs.put("Tổ chức đảng thành lập mới", "");
    Report r = issued(inputs);

    assertThat(r.keepsInputs()).isTrue();
    assertThat(r.issued().inputs())
        .isEqualTo("Kết nạp đảng viên\t3\nTổ chức đảng thành lập mới\t\n");
    assertThat(r.issued().inputsHash())
        .hasSize(64)
        .isEqualTo(IssuedInputs.hash(r.issued().inputs()));
    assertThat(r.changesSince(inputs)).isEmpty();

    Map<String, String> today = new LinkedHashMap<>(inputs);
    today.put("Kết nạp đảng viên", "7");
    today.put("Tổ chức đảng thành lập mới", "Chi bộ B");
    today.put("Phụ lục, Chi bộ B: kết nạp", "4");

    assertThat(r.changesSince(today))
        .containsExactly(
            "Kết nạp đảng viên: 3 → 7",
            "Tổ chức đảng thành lập mới: (không có) → Chi bộ B",
            "Phụ lục, Chi bộ B: kết nạp: — → 4");
  }

  @Test
  void storedFiguresThatNoLongerMatchTheirHashAreSaidToBeChanged() {
    Report ok = issued(Map.of("Kết nạp đảng viên", "3"));
    Report.Issue i = ok.issued();
    Report tampered =
        new Report(
            ok.id(),
            ok.version(),
            ok.organizationId(),
            ok.periodCode(),
            null,
            null,
            Report.Status.ISSUED,
            ok.number(),
            ok.date(),
            ok.sections(),
            ok.updatedBy(),
            ok.updatedAt(),
            new Report.Issue(
                i.at(),
                i.by(),
                i.text(),
                i.docx(),
                i.pdf(),
                i.xlsx(),
                "Kết nạp đảng viên\t3\n",
                "0".repeat(64)));

    assertThat(tampered.changesSince(Map.of("Kết nạp đảng viên", "3")))
        .containsExactly("Bản lưu số liệu lúc ban hành không khớp mã kiểm tra của nó.");
  }

  @Test
  void aReportIssuedBeforeItsFiguresWereKeptIsComparedByTheFigureParagraph() {
    Report ok = issued(Map.of());
    Report.Issue i = ok.issued();
    Report old =
        new Report(
            1L,
            1,
            1,
            "2021",
            null,
            null,
            Report.Status.ISSUED,
            "25",
            ok.date(),
            Map.of(),
            "hoa",
            AT,
            new Report.Issue(
                i.at(),
                i.by(),
                "Mở đầu.\nTrong năm 2021, kết nạp 03.\nHết.",
                null,
                null,
                null,
                null,
                null));

    assertThat(old.keepsInputs()).isFalse();
    assertThat(old.changesInTextSince("Khác.\nTrong năm 2021, kết nạp 03.\nKhác nữa.")).isEmpty();
    assertThat(old.changesInTextSince("Trong năm 2021, kết nạp 07.\n"))
        .containsExactly("Số liệu trong văn bản khác số liệu hôm nay.");
    assertThatThrownBy(() -> old.changesSince(Map.of())).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void anIssuedReportWithoutItsIssueIsNotAReport() {
    assertThatThrownBy(
            () ->
                new Report(
                    1L,
                    0,
                    1,
                    "2021",
                    null,
                    null,
                    Report.Status.ISSUED,
                    "1",
                    null,
                    Map.of(),
                    null,
                    null,
                    null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
