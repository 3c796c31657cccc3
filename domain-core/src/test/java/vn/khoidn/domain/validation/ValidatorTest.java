package vn.khoidn.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.khoidn.domain.indicator.IndicatorCatalogue.AWARENESS_CLASSES;
import static vn.khoidn.domain.indicator.IndicatorCatalogue.AWARENESS_TRAINEES;
import static vn.khoidn.domain.indicator.IndicatorCatalogue.NEW_MEMBERS;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.khoidn.domain.indicator.IndicatorCatalogue;
import vn.khoidn.domain.organization.Organization;
import vn.khoidn.domain.organization.OrganizationKind;
import vn.khoidn.domain.organization.OrganizationTree;
import vn.khoidn.domain.period.Period;
import vn.khoidn.domain.registry.Sector;

class ValidatorTest {

  private static final Period Q3 = Period.parse("2021Q3");

  private final OrganizationTree tree =
      OrganizationTree.builder()
          .add(
              Organization.of(
                  "DUK", "Đảng ủy Khối", OrganizationKind.BLOC, null, LocalDate.of(2008, 1, 1)))
          .add(
              Organization.of(
                  "CB-A",
                  "Chi bộ Công ty A",
                  OrganizationKind.GRASSROOTS_CELL,
                  "U-A",
                  LocalDate.of(2015, 1, 1)),
              "DUK")
          .add(
              Organization.of(
                  "CB-NEW",
                  "Chi bộ Công ty Mới",
                  OrganizationKind.GRASSROOTS_CELL,
                  "U-N",
                  LocalDate.of(2021, 11, 2)),
              "DUK")
          .build();
  private final Validator validator = new Validator(IndicatorCatalogue.builtIn(), tree);

  @Test
  void aPlausibleValueHasNoFindings() {
    assertThat(validator.validate(FormEntry.total("CB-A", Q3, NEW_MEMBERS, 3), List.of(2L, 4L, 3L)))
        .isEmpty();
  }

  @Test
  void aBreakdownAboveItsTotalIsAnError() {
    FormEntry entry =
        new FormEntry(
            "CB-A",
            Q3,
            NEW_MEMBERS,
            BigDecimal.valueOf(5),
            Map.of(Sector.NON_STATE, BigDecimal.valueOf(4), Sector.STATE, BigDecimal.valueOf(2)));

    List<ValidationIssue> issues = validator.validate(entry, List.of());

    assertThat(issues)
        .extracting(ValidationIssue::code)
        .containsExactly(Validator.BREAKDOWN_ABOVE_TOTAL);
    assertThat(issues.get(0).isError()).isTrue();
    assertThat(issues.get(0).message())
        .isEqualTo("Tổng các khu vực (6) lớn hơn tổng số \"đảng viên mới được kết nạp\" (5).");
  }

  @Test
  void aNegativeCountIsAnError() {
    assertThat(validator.validate(FormEntry.total("CB-A", Q3, NEW_MEMBERS, -1), List.of()))
        .extracting(ValidationIssue::code)
        .containsExactly(Validator.NEGATIVE_VALUE);
  }

  @Test
  void aFractionWhereACountIsDueIsAnErrorWithADecimalComma() {
    FormEntry entry = new FormEntry("CB-A", Q3, NEW_MEMBERS, new BigDecimal("2.5"), Map.of());

    List<ValidationIssue> issues = validator.validate(entry, List.of());

    assertThat(issues)
        .extracting(ValidationIssue::code)
        .containsExactly(Validator.NOT_A_WHOLE_NUMBER);
    assertThat(issues.get(0).message()).contains("phải là số nguyên").contains("2,5");
  }

  @Test
  void aWholeNumberWrittenWithDecimalsIsAccepted() {
    FormEntry entry = new FormEntry("CB-A", Q3, NEW_MEMBERS, new BigDecimal("3.00"), Map.of());

    assertThat(validator.validate(entry, List.of())).isEmpty();
  }

  @Test
  void aValueForAnOrganizationNotYetEstablishedIsAnError() {
    List<ValidationIssue> issues =
        validator.validate(FormEntry.total("CB-NEW", Q3, NEW_MEMBERS, 1), List.of());

    assertThat(issues)
        .extracting(ValidationIssue::code)
        .containsExactly(Validator.ORGANIZATION_NOT_ACTIVE);
    assertThat(issues.get(0).message()).contains("Chi bộ Công ty Mới").contains("2021Q3");
  }

  @Test
  void anOrganizationEstablishedDuringThePeriodMayReportForIt() {
    assertThat(
            validator.validate(
                FormEntry.total("CB-NEW", Period.parse("2021Q4"), NEW_MEMBERS, 1), List.of()))
        .isEmpty();
  }

  @Test
  void aValueFarFromTheOrganizationsHistoryIsOnlyAWarning() {
    List<ValidationIssue> issues =
        validator.validate(FormEntry.total("CB-A", Q3, NEW_MEMBERS, 40), List.of(2L, 3L, 4L, 3L));

    assertThat(issues)
        .extracting(ValidationIssue::code)
        .containsExactly(Validator.FAR_FROM_HISTORY);
    assertThat(issues.get(0).severity()).isEqualTo(Severity.WARNING);
    assertThat(issues.get(0).message()).contains("trung vị 3");
  }

  @Test
  void smallCountsAndShortHistoriesAreNeverFlagged() {
    assertThat(validator.validate(FormEntry.total("CB-A", Q3, NEW_MEMBERS, 5), List.of(0L, 0L, 0L)))
        .isEmpty();
    assertThat(validator.validate(FormEntry.total("CB-A", Q3, NEW_MEMBERS, 40), List.of(2L, 3L)))
        .isEmpty();
  }

  @Test
  void traineesWithoutAnyClassAreAnError() {
    List<ValidationIssue> issues =
        validator.validateForm(
            List.of(
                FormEntry.total("CB-A", Q3, AWARENESS_TRAINEES, 12),
                FormEntry.total("CB-A", Q3, AWARENESS_CLASSES, 0)),
            Map.of());

    assertThat(issues)
        .extracting(ValidationIssue::code)
        .containsExactly(Validator.TRAINEES_WITHOUT_CLASSES);
  }

  @Test
  void traineesWithAClassAreFine() {
    assertThat(
            validator.validateForm(
                List.of(
                    FormEntry.total("CB-A", Q3, AWARENESS_TRAINEES, 12),
                    FormEntry.total("CB-A", Q3, AWARENESS_CLASSES, 1)),
                Map.of()))
        .isEmpty();
  }

  @Test
  void anUnknownIndicatorIsAnError() {
    assertThat(validator.validate(FormEntry.total("CB-A", Q3, "NO_SUCH_THING", 1), List.of()))
        .extracting(ValidationIssue::code)
        .containsExactly(Validator.UNKNOWN_INDICATOR);
  }

  @Test
  void aBreakdownForAnIndicatorWithoutOneIsAnError() {
    FormEntry entry =
        new FormEntry(
            "CB-A", Q3, AWARENESS_CLASSES, BigDecimal.ONE, Map.of(Sector.STATE, BigDecimal.ONE));

    assertThat(validator.validate(entry, List.of()))
        .extracting(ValidationIssue::code)
        .containsExactly(Validator.NO_BREAKDOWN_FOR_INDICATOR);
  }
}
