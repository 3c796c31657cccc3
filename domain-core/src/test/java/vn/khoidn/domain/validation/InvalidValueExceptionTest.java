package vn.khoidn.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import vn.khoidn.domain.format.CountInput;
import vn.khoidn.domain.format.DateInput;
import vn.khoidn.domain.format.NameInput;
import vn.khoidn.domain.indicator.Indicator;
import vn.khoidn.domain.indicator.Source;
import vn.khoidn.domain.indicator.Unit;
import vn.khoidn.domain.organization.Organization;
import vn.khoidn.domain.organization.OrganizationKind;
import vn.khoidn.domain.organization.OrganizationTree;
import vn.khoidn.domain.period.CalendarPeriod;
import vn.khoidn.domain.period.Resolution;
import vn.khoidn.domain.period.ReviewPeriod;
import vn.khoidn.domain.plan.Plan;
import vn.khoidn.domain.registry.TaxCode;
import vn.khoidn.domain.rollup.RollupQuery;

/** Every refusal of domain-core a user can meet carries a stable code and its Vietnamese text. */
class InvalidValueExceptionTest {

  private static final LocalDate START = LocalDate.of(2010, 1, 1);

  @Test
  void aPeriodCodeThatIsNotOneIsRefusedWithItsCode() {
    assertRefused(() -> CalendarPeriod.parse("2021Q5"), "INVALID_PERIOD", "Quý 5 không hợp lệ");
    assertRefused(
        () -> CalendarPeriod.parse("abc"),
        "INVALID_PERIOD",
        "Mã kỳ báo cáo \"abc\" không hợp lệ: dùng 2021, 2021S1, 2021Q3 hoặc 202103.");
    assertRefused(() -> CalendarPeriod.parse(null), "INVALID_PERIOD", "Thiếu mã kỳ báo cáo.");
    assertRefused(() -> CalendarPeriod.year(1800), "INVALID_PERIOD", "Năm 1800 không hợp lệ.");
  }

  @Test
  void datesAndNamesAreRefusedWithTheirCodes() {
    assertRefused(
        () -> DateInput.parse("15/03/2021", "ngày thành lập"),
        "INVALID_DATE",
        "Ngày thành lập \"15/03/2021\" phải có dạng yyyy-MM-dd, ví dụ 2021-03-15.");
    assertRefused(
        () -> DateInput.parse("2021-02-30", "ngày thành lập"),
        "INVALID_DATE",
        "không phải là ngày có thật");
    assertRefused(() -> NameInput.check("  ", "tên tổ chức"), "MISSING_NAME", "Tên tổ chức là");
    assertRefused(
        () -> NameInput.check("a".repeat(1000), "tên tổ chức"), "NAME_TOO_LONG", "quá giới hạn");
    assertRefused(
        () -> NameInput.check("Chi bộ\u0007", "tên tổ chức"), "INVALID_NAME", "ký tự điều khiển");
  }

  @Test
  void countsKeepTheirOwnCodesAsInvalidValues() {
    InvalidValueException e =
        catchThrowableOfType(() -> CountInput.parse("-3"), InvalidValueException.class);
    assertThat(e).isInstanceOf(CountInput.Refused.class);
    assertThat(e.code()).isEqualTo("NEGATIVE_VALUE");
  }

  @Test
  void theTreeRefusesMovesWithCodes() {
    OrganizationTree.Builder tree =
        OrganizationTree.builder()
            .add(Organization.of("DUK", "Đảng ủy Khối", OrganizationKind.BLOC, null, START))
            .add(
                Organization.of(
                    "DB-A", "Đảng bộ A", OrganizationKind.GRASSROOTS_COMMITTEE, null, START),
                "DUK");
    assertRefused(
        () -> tree.move("NO-SUCH", "DUK", LocalDate.of(2021, 1, 1)),
        "UNKNOWN_ORGANIZATION",
        "Không có tổ chức mã NO-SUCH.");
    assertRefused(
        () -> tree.move("DUK", "DB-A", LocalDate.of(2021, 1, 1)),
        "KIND_NOT_UNDER_PARENT",
        "không thể trực thuộc");
    assertRefused(
        () ->
            tree.add(
                Organization.of("DUK", "Trùng", OrganizationKind.GRASSROOTS_CELL, null, START)),
        "DUPLICATE_ORGANIZATION",
        "Mã tổ chức DUK đã tồn tại.");
    assertRefused(
        () -> Organization.of("mã có dấu", "Tên", OrganizationKind.GRASSROOTS_CELL, null, START),
        "INVALID_CODE",
        "Mã tổ chức \"mã có dấu\" không hợp lệ");
  }

  @Test
  void otherValuesAreRefusedWithCodes() {
    assertRefused(() -> TaxCode.parse("12345"), "INVALID_TAX_CODE", "Mã số thuế \"12345\"");
    assertRefused(
        () -> new Plan("DUK", "NEW_MEMBERS", CalendarPeriod.year(2021), -1),
        "NEGATIVE_VALUE",
        "Chỉ tiêu kế hoạch không được âm (DUK, 2021).");
    Resolution resolution = new Resolution("04-NQ/ĐUK", LocalDate.of(2020, 10, 1), "Nghị quyết");
    assertRefused(() -> new ReviewPeriod(resolution, 51), "INVALID_REVIEW_PERIOD", "tối đa 50 năm");
    assertRefused(
        () -> new Indicator("new", "Tên", "Name", Unit.COUNT, false, Source.ENTERED),
        "INVALID_INDICATOR_CODE",
        "Mã chỉ tiêu \"new\" không hợp lệ");
    assertRefused(
        () -> new Indicator("NEW_X", null, "Name", Unit.COUNT, false, Source.ENTERED),
        "MISSING_NAME",
        "Tên chỉ tiêu là bắt buộc.");
    assertRefused(
        () -> RollupQuery.of("DUK", CalendarPeriod.year(2021)),
        "MISSING_INDICATOR",
        "Cần ít nhất một chỉ tiêu để tổng hợp.");
  }

  @Test
  void aCodeIsUpperSnakeCase() {
    assertThat(new InvalidValueException("INVALID_PERIOD", "Kỳ sai.").code())
        .isEqualTo("INVALID_PERIOD");
    assertThat(new InvalidValueException("X_1", "Sai."))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new InvalidValueException("invalid period", "Kỳ sai."))
        .isNotInstanceOf(InvalidValueException.class);
    assertThatIllegalArgumentException().isThrownBy(() -> new InvalidValueException(null, "x"));
  }

  private static void assertRefused(ThrowingCallable call, String code, String message) {
    InvalidValueException e = catchThrowableOfType(call, InvalidValueException.class);
    assertThat(e).as("refused with " + code).isNotNull();
    assertThat(e.code()).isEqualTo(code);
    assertThat(e.getMessage()).contains(message);
  }
}
