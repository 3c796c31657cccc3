package vn.khoidn.portal.application.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.khoidn.domain.submission.FormStatus;
import vn.khoidn.portal.application.account.AccessDeniedException;

/** The form's status machine: every step from every status, for every kind of actor. */
class FormTest {

  private static final LocalDate DEADLINE = LocalDate.of(2021, 4, 15);
  private static final LocalDate TODAY = LocalDate.of(2021, 4, 10);
  private static final Instant NOW = Instant.parse("2021-04-10T03:00:00Z");
  private static final Instant LATER = Instant.parse("2021-04-11T03:00:00Z");
  private static final Round ROUND =
      new Round(7, "2021Q1", "Báo cáo quý I", DEADLINE, List.of("NEW_MEMBERS"));

  private static final Form.Editor REPORTER = new Form.Editor("dienluc", true, false, true);
  private static final Form.Editor CELL = new Form.Editor("dienluc.dalat", true, false, false);
  private static final Form.Editor STAFF = new Form.Editor("bantochuc", false, true, true);
  private static final Form.Editor OTHER_STAFF = new Form.Editor("btc.khac", false, true, false);
  private static final Form.Narratives TYPED = new Form.Narratives("Kết quả", null, "Đề xuất");

  private static Form at(FormStatus status) {
    return new Form(
        1,
        3,
        ROUND,
        11,
        "DBCS-DIENLUC",
        "Đảng bộ Điện lực",
        status,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        0,
        null,
        null);
  }

  @ParameterizedTest
  @EnumSource(
      value = FormStatus.class,
      names = {"NOT_STARTED", "DRAFT", "RETURNED"})
  void aReporterSavesADraftWhileTheFormIsEditable(FormStatus status) {
    Form form = at(status);

    List<Form.Change> changes = form.save(REPORTER, false, TYPED, TODAY, NOW);

    FormStatus expected = status == FormStatus.RETURNED ? FormStatus.RETURNED : FormStatus.DRAFT;
    assertThat(form.status()).isEqualTo(expected);
    assertThat(form.narratives()).isEqualTo(TYPED);
    assertThat(form.submittedAt()).isNull();
    assertThat(form.updatedBy()).isEqualTo("dienluc");
    assertThat(form.updatedAt()).isEqualTo(NOW);
    assertThat(changes)
        .extracting(Form.Change::subject)
        .contains("NARRATIVE/results", "NARRATIVE/proposals")
        .doesNotContain("NARRATIVE/difficulties");
    assertThat(changes.stream().anyMatch(c -> c.subject().equals("STATUS")))
        .isEqualTo(expected != status);
  }

  @ParameterizedTest
  @EnumSource(
      value = FormStatus.class,
      names = {"NOT_STARTED", "DRAFT", "RETURNED"})
  void aReporterSubmitsAnEditableForm(FormStatus status) {
    Form form = at(status);

    List<Form.Change> changes = form.save(REPORTER, true, TYPED, TODAY, NOW);

    assertThat(form.status()).isEqualTo(FormStatus.SUBMITTED);
    assertThat(form.submittedAt()).isEqualTo(NOW);
    assertThat(form.firstSubmittedAt()).isEqualTo(NOW);
    assertThat(changes).contains(new Form.Change("STATUS", status.name(), "SUBMITTED"));
  }

  @ParameterizedTest
  @EnumSource(
      value = FormStatus.class,
      names = {"SUBMITTED", "ACCEPTED"})
  void aSubmittedOrAcceptedFormIsNeitherSavedNorSubmittedAgain(FormStatus status) {
    for (boolean submit : new boolean[] {false, true}) {
      Form form = at(status);
      assertThatThrownBy(() -> form.save(REPORTER, submit, TYPED, TODAY, NOW))
          .isInstanceOf(WorkflowException.class)
          .hasMessage(
              "Biểu mẫu đang ở trạng thái \""
                  + status.vietnameseLabel()
                  + "\": không thể sửa số liệu.");
      assertThat(form.status()).isEqualTo(status);
      assertThat(form.updatedAt()).isNull();
    }
  }

  @ParameterizedTest
  @EnumSource(FormStatus.class)
  void onlyAReporterSavesOrSubmits(FormStatus status) {
    for (Form.Editor staff : List.of(STAFF, OTHER_STAFF)) {
      Form form = at(status);
      assertThatThrownBy(() -> form.checkSave(staff, false, TODAY))
          .isInstanceOf(AccessDeniedException.class)
          .hasMessage("Chỉ cán bộ báo cáo của tổ chức mới nhập và gửi biểu mẫu.");
      assertThatThrownBy(() -> form.save(staff, true, TYPED, TODAY, NOW))
          .isInstanceOf(AccessDeniedException.class);
      assertThat(form.status()).isEqualTo(status);
    }
  }

  @Test
  void aCellUnderTheCommitteeSavesItsBlockButNotTheNarrativesAndCannotSubmit() {
    Form form = at(FormStatus.DRAFT);

    List<Form.Change> changes = form.save(CELL, false, TYPED, TODAY, NOW);

    assertThat(form.narratives()).isEqualTo(new Form.Narratives(null, null, null));
    assertThat(changes).isEmpty();
    assertThat(form.updatedBy()).isEqualTo("dienluc.dalat");
    assertThatThrownBy(() -> form.save(CELL, true, TYPED, TODAY, LATER))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage(
            "Chỉ tổ chức cơ sở đảng gửi biểu mẫu; chi bộ trực thuộc chỉ nhập số liệu của mình.");
    assertThat(form.status()).isEqualTo(FormStatus.DRAFT);
  }

  @Test
  void afterTheDeadlineNothingIsSavedUntilStaffGrantAnException() {
    Form form = at(FormStatus.DRAFT);
    LocalDate late = DEADLINE.plusDays(1);

    assertThatThrownBy(() -> form.save(REPORTER, false, TYPED, late, NOW))
        .isInstanceOf(WorkflowException.class)
        .hasMessage(
            "Đã quá hạn nộp (15/04/2021): biểu mẫu chỉ còn xem được. Liên hệ Ban Tổ chức nếu cần"
                + " gia hạn.");
    assertThat(form.isOpenTo(REPORTER, late)).isFalse();
    assertThat(form.isOpenTo(REPORTER, DEADLINE)).isTrue();

    List<Form.Change> granted = form.grantException(STAFF, late.plusDays(2), late, NOW);

    assertThat(granted).containsExactly(new Form.Change("DEADLINE_EXCEPTION", null, "2021-04-18"));
    assertThat(form.isOpenTo(REPORTER, late)).isTrue();
    assertThat(form.save(REPORTER, true, TYPED, late, LATER)).isNotEmpty();
    assertThat(form.status()).isEqualTo(FormStatus.SUBMITTED);
  }

  @Test
  void anExceptionIsFromTodayOnAndOnlyByStaffOverTheForm() {
    Form form = at(FormStatus.DRAFT);

    assertThatThrownBy(() -> form.grantException(STAFF, TODAY.minusDays(1), TODAY, NOW))
        .isInstanceOf(WorkflowException.class)
        .hasMessage("Ngày gia hạn phải từ hôm nay trở đi.");
    assertThatThrownBy(() -> form.grantException(STAFF, null, TODAY, NOW))
        .isInstanceOf(WorkflowException.class);
    for (Form.Editor notStaff : List.of(REPORTER, CELL, OTHER_STAFF)) {
      assertThatThrownBy(() -> form.grantException(notStaff, TODAY, TODAY, NOW))
          .isInstanceOf(AccessDeniedException.class);
    }
    assertThat(form.grantException(STAFF, TODAY, TODAY, NOW)).hasSize(1);
    assertThat(form.deadlineException()).isEqualTo(TODAY);
  }

  @Test
  void aResubmissionKeepsTheFirstSubmissionsTime() {
    Form form = at(FormStatus.DRAFT);
    form.save(REPORTER, true, TYPED, TODAY, NOW);
    form.returnWith(STAFF, "Bổ sung giải trình.", NOW);
    assertThat(form.status()).isEqualTo(FormStatus.RETURNED);
    assertThat(Form.counts(form.status())).as("a returned form counts as missing").isFalse();

    form.save(REPORTER, true, TYPED, TODAY, LATER);

    assertThat(form.submittedAt()).isEqualTo(LATER);
    assertThat(form.firstSubmittedAt()).isEqualTo(NOW);
    assertThat(Form.counts(form.status())).isTrue();
  }

  @Test
  void staffReturnASubmittedFormWithTheirCommentStripped() {
    Form form = at(FormStatus.SUBMITTED);

    List<Form.Change> changes = form.returnWith(STAFF, "  Số liệu chưa khớp.  ", NOW);

    assertThat(form.status()).isEqualTo(FormStatus.RETURNED);
    assertThat(form.returnComment()).isEqualTo("Số liệu chưa khớp.");
    assertThat(changes)
        .containsExactly(
            new Form.Change("STATUS", "SUBMITTED", "RETURNED"),
            new Form.Change("COMMENT", null, "Số liệu chưa khớp."));
    assertThat(form.updatedBy()).isEqualTo("bantochuc");
  }

  @Test
  void aReturnNeedsAComment() {
    for (String blank : new String[] {null, "", "   "}) {
      Form form = at(FormStatus.SUBMITTED);
      assertThatThrownBy(() -> form.returnWith(STAFF, blank, NOW))
          .isInstanceOf(WorkflowException.class)
          .hasMessage("Vui lòng ghi lý do trả lại để đơn vị biết cần sửa gì.");
      assertThat(form.status()).isEqualTo(FormStatus.SUBMITTED);
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = FormStatus.class,
      names = {"NOT_STARTED", "DRAFT", "RETURNED", "ACCEPTED"})
  void onlyASubmittedFormIsReturnedOrAccepted(FormStatus status) {
    Form form = at(status);

    assertThatThrownBy(() -> form.returnWith(STAFF, "Lý do", NOW))
        .isInstanceOf(WorkflowException.class)
        .hasMessage(
            "Chỉ trả lại được biểu mẫu đã gửi; biểu mẫu này đang ở trạng thái \""
                + status.vietnameseLabel()
                + "\".");
    assertThatThrownBy(() -> form.accept(STAFF, NOW))
        .isInstanceOf(WorkflowException.class)
        .hasMessage(
            "Chỉ duyệt được biểu mẫu đã gửi; biểu mẫu này đang ở trạng thái \""
                + status.vietnameseLabel()
                + "\".");
    assertThat(form.status()).isEqualTo(status);
  }

  @ParameterizedTest
  @EnumSource(FormStatus.class)
  void onlyStaffOverTheFormReturnAcceptOrCorrect(FormStatus status) {
    for (Form.Editor notStaff : List.of(REPORTER, CELL, OTHER_STAFF)) {
      Form form = at(status);
      assertThatThrownBy(() -> form.returnWith(notStaff, "Lý do", NOW))
          .isInstanceOf(AccessDeniedException.class)
          .hasMessage("Chỉ Ban Tổ chức phụ trách tổ chức này mới được thực hiện thao tác này.");
      assertThatThrownBy(() -> form.accept(notStaff, NOW))
          .isInstanceOf(AccessDeniedException.class);
      assertThatThrownBy(() -> form.corrected(notStaff, 1, NOW))
          .isInstanceOf(AccessDeniedException.class);
      assertThat(form.status()).isEqualTo(status);
    }
  }

  @Test
  void staffAcceptASubmittedForm() {
    Form form = at(FormStatus.SUBMITTED);

    List<Form.Change> changes = form.accept(STAFF, NOW);

    assertThat(form.status()).isEqualTo(FormStatus.ACCEPTED);
    assertThat(form.acceptedBy()).isEqualTo("bantochuc");
    assertThat(form.acceptedAt()).isEqualTo(NOW);
    assertThat(changes).containsExactly(new Form.Change("STATUS", "SUBMITTED", "ACCEPTED"));
    assertThat(Form.counts(FormStatus.ACCEPTED)).isTrue();
  }

  @Test
  void staffCorrectAnAcceptedFormAndEachChangedFigureIsCounted() {
    Form form = at(FormStatus.ACCEPTED);

    form.corrected(STAFF, 2, NOW);
    form.corrected(STAFF, 1, LATER);

    assertThat(form.changesSinceAccepted()).isEqualTo(3);
    assertThat(form.status()).isEqualTo(FormStatus.ACCEPTED);
    assertThat(form.updatedAt()).isEqualTo(LATER);
  }

  @ParameterizedTest
  @EnumSource(
      value = FormStatus.class,
      names = {"NOT_STARTED", "DRAFT", "SUBMITTED", "RETURNED"})
  void onlyAnAcceptedFormIsCorrected(FormStatus status) {
    Form form = at(status);

    assertThatThrownBy(() -> form.corrected(STAFF, 1, NOW))
        .isInstanceOf(WorkflowException.class)
        .hasMessage("Chỉ sửa theo cách này với biểu mẫu đã duyệt.");
    assertThat(form.changesSinceAccepted()).isZero();
  }

  @Test
  void aStaleVersionIsRefusedNamingWhoSavedAndWhen() {
    Form form = at(FormStatus.DRAFT);
    form.save(REPORTER, false, TYPED, TODAY, NOW);

    form.requireVersion(3, ZoneId.of("Asia/Ho_Chi_Minh"));
    assertThatThrownBy(() -> form.requireVersion(2, ZoneId.of("Asia/Ho_Chi_Minh")))
        .isInstanceOf(ConcurrentEditException.class)
        .hasMessageStartingWith("Biểu mẫu vừa được dienluc lưu lúc 10:00 ngày 10/04/2021.");
    assertThatThrownBy(() -> at(FormStatus.DRAFT).requireVersion(4, ZoneId.of("UTC")))
        .isInstanceOf(ConcurrentEditException.class)
        .hasMessageStartingWith("Biểu mẫu vừa được người khác lưu. Những gì bạn nhập");
  }

  @Test
  void onlySubmittedAndAcceptedFormsCount() {
    assertThat(List.of(FormStatus.values()))
        .filteredOn(Form::counts)
        .containsExactly(FormStatus.SUBMITTED, FormStatus.ACCEPTED);
  }
}
