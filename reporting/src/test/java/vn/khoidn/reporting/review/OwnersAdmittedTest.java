package vn.khoidn.reporting.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import vn.khoidn.domain.indicator.DataValue;
import vn.khoidn.domain.indicator.IndicatorCatalogue;
import vn.khoidn.domain.organization.Organization;
import vn.khoidn.domain.organization.OrganizationKind;
import vn.khoidn.domain.organization.OrganizationTree;
import vn.khoidn.domain.period.CalendarPeriod;
import vn.khoidn.domain.period.Period;
import vn.khoidn.domain.registry.HostUnit;
import vn.khoidn.domain.registry.LegalForm;
import vn.khoidn.domain.registry.Registry;
import vn.khoidn.domain.registry.Sector;
import vn.khoidn.domain.rollup.Breakdown;
import vn.khoidn.domain.rollup.Dataset;
import vn.khoidn.domain.rollup.Rollup;
import vn.khoidn.domain.rollup.RollupQuery;
import vn.khoidn.reporting.text.SentenceTemplates;

/**
 * The owners admitted to the Party (section 3.1 of the reference report): stated where a figure of
 * them was reported for the report's organization and period, and not a word where none was.
 */
class OwnersAdmittedTest {

  private static final Period YEAR = CalendarPeriod.parse("2022");
  private static final String OWNERS = IndicatorCatalogue.OWNERS_ADMITTED;

  private final OrganizationTree tree =
      OrganizationTree.builder()
          .add(Organization.of("DUK", "Đảng ủy Khối", OrganizationKind.BLOC, "DUK", null))
          .add(
              Organization.of(
                  "CB-A",
                  "Chi bộ A",
                  OrganizationKind.GRASSROOTS_CELL,
                  "U-A",
                  LocalDate.of(2010, 1, 1)),
              "DUK")
          .add(
              Organization.of(
                  "CB-B",
                  "Chi bộ B",
                  OrganizationKind.GRASSROOTS_CELL,
                  "U-B",
                  LocalDate.of(2010, 1, 1)),
              "DUK")
          .build();
  private final Registry registry =
      Registry.of(
          List.of(
              HostUnit.of("DUK", "Cơ quan Đảng ủy Khối", LegalForm.AGENCY, Sector.OTHER),
              HostUnit.of("U-A", "Công ty TNHH A", LegalForm.LIMITED_LIABILITY, Sector.NON_STATE),
              HostUnit.of("U-B", "Công ty TNHH B", LegalForm.LIMITED_LIABILITY, Sector.NON_STATE)));

  @Test
  void aReportedFigureIsStatedInTheWordsOfTheReference() {
    String text = report("DUK", value("CB-A", "2022Q2", 1), value("CB-B", "2022Q4", 1));

    assertThat(text)
        .contains(
            "Trong năm 2022, toàn Đảng bộ Khối kết nạp được 02 chủ doanh nghiệp tư nhân vào"
                + " Đảng.");
  }

  @Test
  void aReportedZeroIsStatedAsNoneAdmitted() {
    String text = report("DUK", value("CB-A", "2022Q2", 0));

    assertThat(text)
        .contains("Trong năm 2022, chưa kết nạp được chủ doanh nghiệp tư nhân nào vào Đảng.");
  }

  @Test
  void withoutAFigureNothingIsSaidAboutOwners() {
    assertThat(report("DUK")).doesNotContain("chủ doanh nghiệp");
  }

  @Test
  void figuresOfAnotherPeriodOrAnotherOrganizationAreNoFigureOfTheReport() {
    assertThat(report("DUK", value("CB-A", "2023Q1", 3))).doesNotContain("chủ doanh nghiệp");
    assertThat(report("CB-B", value("CB-A", "2022Q2", 3))).doesNotContain("chủ doanh nghiệp");
  }

  @Test
  void aYearsFigureBesideItsQuartersCountsOnceAsTheRollupCountsIt() {
    OptionalLong owners =
        ReviewFigures.reported(
            dataset(value("CB-A", "2022", 5), value("CB-A", "2022Q1", 1)), "DUK", YEAR, OWNERS);

    assertThat(owners).hasValue(1);
  }

  private String report(String organizationCode, DataValue... owners) {
    Dataset data = dataset(owners);
    ReviewFigures figures =
        ReviewFigures.fromRegistry(
                Rollup.compute(
                        new RollupQuery(
                            organizationCode,
                            YEAR,
                            List.of(
                                IndicatorCatalogue.NEW_MEMBERS,
                                IndicatorCatalogue.AWARENESS_CLASSES,
                                IndicatorCatalogue.AWARENESS_TRAINEES),
                            Breakdown.SECTOR,
                            null),
                        data)
                    .root(),
                tree,
                registry,
                YEAR)
            .withOwnersAdmitted(ReviewFigures.reported(data, organizationCode, YEAR, OWNERS));
    return new ReviewReportWriter(SentenceTemplates.builtIn())
        .write(
            ReportFixtures.LAM_DONG,
            YEAR,
            "07",
            LocalDate.of(2023, 1, 15),
            figures,
            Narratives.none())
        .plainText()
        .replaceAll("\\s+", " ");
  }

  private Dataset dataset(DataValue... owners) {
    List<DataValue> values = new ArrayList<>(List.of(owners));
    values.add(
        DataValue.of("CB-A", CalendarPeriod.parse("2022Q1"), IndicatorCatalogue.NEW_MEMBERS, 4));
    return Dataset.of(tree, registry, values);
  }

  private static DataValue value(String organizationCode, String period, long n) {
    return DataValue.of(organizationCode, CalendarPeriod.parse(period), OWNERS, n);
  }
}
