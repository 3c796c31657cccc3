package vn.khoidn.portal.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import vn.khoidn.domain.period.CalendarPeriod;
import vn.khoidn.domain.validation.InvalidValueException;
import vn.khoidn.portal.application.InvalidInputException;
import vn.khoidn.portal.application.account.AccessDeniedException;
import vn.khoidn.portal.application.submission.WorkflowException;

/** Which refusals pages show as they are. */
class RefusalsTest {

  @Test
  void typedRefusalsAreShownAndBareOnesAreNot() {
    assertThat(Refusals.isTyped(new InvalidValueException("INVALID_PERIOD", "Kỳ sai."))).isTrue();
    assertThat(Refusals.isTyped(new InvalidInputException("NESTED_PLAN", "Đã đặt."))).isTrue();
    assertThat(Refusals.isTyped(new AccessDeniedException("Không có quyền."))).isTrue();
    assertThat(Refusals.isTyped(new WorkflowException("Đã gửi."))).isTrue();

    assertThat(Refusals.isTyped(new NumberFormatException("For input string: \"x\""))).isFalse();
    assertThat(Refusals.isTyped(new IllegalArgumentException("No enum constant"))).isFalse();
    assertThat(Refusals.isTyped(new NullPointerException())).isFalse();
  }

  @Test
  void aVouchedRefusalKeepsItsTextAndGetsACode() {
    InvalidValueException vouched =
        Refusals.vouched(new IllegalArgumentException("Số năm sơ kết phải từ 1 đến 50."), "X_Y");
    assertThat(vouched.code()).isEqualTo("X_Y");
    assertThat(vouched.getMessage()).isEqualTo("Số năm sơ kết phải từ 1 đến 50.");

    InvalidValueException typed = new InvalidValueException("INVALID_PERIOD", "Kỳ sai.");
    assertThat(Refusals.vouched(typed, "OTHER")).isSameAs(typed);
    assertThat(Refusals.isTyped(Refusals.vouched(new IllegalArgumentException("x"), "X"))).isTrue();
  }

  @Test
  void domainCoresParseErrorsAreTyped() {
    try {
      CalendarPeriod.parse("2021Q9");
    } catch (IllegalArgumentException e) {
      assertThat(Refusals.isTyped(e)).isTrue();
    }
  }

  @Test
  void aBareExceptionIsLoggedAsAWarningUnderItsReference() {
    Logger log = Logger.getLogger("refusals-test");
    log.setUseParentHandlers(false);
    List<LogRecord> records = new ArrayList<>();
    log.addHandler(
        new Handler() {
          @Override
          public void publish(LogRecord r) {
            records.add(r);
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        });
    NumberFormatException e = new NumberFormatException("For input string: \"x\"");

    String reference = Refusals.logged(log, e, "/app/rollup.xhtml");

    assertThat(reference).matches("[0-9A-F]{8}");
    assertThat(records).hasSize(1);
    assertThat(records.get(0).getLevel()).isEqualTo(Level.WARNING);
    assertThat(records.get(0).getMessage())
        .contains(reference, "/app/rollup.xhtml", "For input string");
    assertThat(records.get(0).getThrown()).isSameAs(e);
  }
}
