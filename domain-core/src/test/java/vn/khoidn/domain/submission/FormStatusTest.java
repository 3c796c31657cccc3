package vn.khoidn.domain.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FormStatusTest {

  @Test
  void aFormGoesFromDraftToSubmittedToAccepted() {
    FormStatus status = FormStatus.NOT_STARTED.afterSave();
    assertThat(status).isEqualTo(FormStatus.DRAFT);
    status = status.afterSubmit();
    assertThat(status).isEqualTo(FormStatus.SUBMITTED);
    assertThat(status.afterAccept()).isEqualTo(FormStatus.ACCEPTED);
  }

  @Test
  void aReturnedFormStaysReturnedWhileItIsCorrectedAndIsSubmittedAgain() {
    FormStatus returned = FormStatus.SUBMITTED.afterReturn();

    assertThat(returned.afterSave()).isEqualTo(FormStatus.RETURNED);
    assertThat(returned.afterSubmit()).isEqualTo(FormStatus.SUBMITTED);
  }

  @Test
  void submittedAndAcceptedFormsAreLockedForReporters() {
    assertThatIllegalStateException()
        .isThrownBy(FormStatus.SUBMITTED::afterSave)
        .withMessageContaining("Đã gửi");
    assertThatIllegalStateException()
        .isThrownBy(FormStatus.ACCEPTED::afterSubmit)
        .withMessageContaining("Đã duyệt");
  }

  @Test
  void onlySubmittedFormsAreReviewed() {
    assertThatIllegalStateException()
        .isThrownBy(FormStatus.DRAFT::afterAccept)
        .withMessageContaining("Chỉ duyệt");
    assertThatIllegalStateException().isThrownBy(FormStatus.ACCEPTED::afterReturn);
  }

  @Test
  void theFormLocksAfterTheDeadlineUnlessStaffGrantAnException() {
    Deadline deadline = new Deadline(LocalDate.of(2021, 10, 15), null);
    assertThat(deadline.isOpenOn(LocalDate.of(2021, 10, 15))).isTrue();
    assertThat(deadline.isOpenOn(LocalDate.of(2021, 10, 16))).isFalse();
    assertThat(deadline.daysLeft(LocalDate.of(2021, 10, 18))).isEqualTo(-3);

    Deadline extended = new Deadline(LocalDate.of(2021, 10, 15), LocalDate.of(2021, 10, 20));
    assertThat(extended.isOpenOn(LocalDate.of(2021, 10, 18))).isTrue();
    assertThat(extended.onTime(LocalDate.of(2021, 10, 18))).isFalse();
  }
}
