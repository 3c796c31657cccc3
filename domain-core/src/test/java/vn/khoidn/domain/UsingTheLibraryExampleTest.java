package vn.khoidn.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.khoidn.domain.format.VietnameseFormat;
import vn.khoidn.domain.indicator.DataValue;
import vn.khoidn.domain.organization.Organization;
import vn.khoidn.domain.organization.OrganizationKind;
import vn.khoidn.domain.organization.OrganizationTree;
import vn.khoidn.domain.period.Period;
import vn.khoidn.domain.plan.Plan;
import vn.khoidn.domain.registry.HostUnit;
import vn.khoidn.domain.registry.LegalForm;
import vn.khoidn.domain.registry.Registry;
import vn.khoidn.domain.registry.Sector;
import vn.khoidn.domain.rollup.Dataset;
import vn.khoidn.domain.rollup.IndicatorTotal;
import vn.khoidn.domain.rollup.Rollup;
import vn.khoidn.domain.rollup.RollupQuery;

/** The example of the README's "Using the library" section, kept compiling and correct. */
class UsingTheLibraryExampleTest {

  @Test
  void theReadmeExamplePrintsTheRollUpInVietnamese() {
    OrganizationTree tree =
        OrganizationTree.builder()
            .add(
                Organization.of(
                    "DUK", "Đảng ủy Khối Doanh nghiệp tỉnh", OrganizationKind.BLOC, null, null))
            .add(
                Organization.of(
                    "CB-A",
                    "Chi bộ Công ty Cổ phần A",
                    OrganizationKind.GRASSROOTS_CELL,
                    "A",
                    null),
                "DUK")
            .add(
                Organization.of(
                    "CB-B", "Chi bộ Công ty TNHH B", OrganizationKind.GRASSROOTS_CELL, "B", null),
                "DUK")
            .build();
    Registry registry =
        Registry.of(
            List.of(
                HostUnit.of("A", "Công ty Cổ phần A", LegalForm.JOINT_STOCK, Sector.STATE),
                HostUnit.of("B", "Công ty TNHH B", LegalForm.LIMITED_LIABILITY, Sector.NON_STATE)));
    Period year = Period.parse("2021");
    List<DataValue> values =
        List.of(
            DataValue.of("CB-A", Period.parse("2021Q1"), "NEW_MEMBERS", 12),
            // A year's figure beside CB-A's own quarter: the quarter counts, the year is not added.
            DataValue.of("CB-A", Period.parse("2021"), "NEW_MEMBERS", 12),
            DataValue.of("CB-B", Period.parse("2021Q3"), "NEW_MEMBERS", 3));
    List<Plan> plans = List.of(new Plan("DUK", "NEW_MEMBERS", year, 12));
    IndicatorTotal admitted =
        Rollup.compute(
                RollupQuery.of("DUK", year, "NEW_MEMBERS"),
                new Dataset(tree, registry, values, plans, List.of()))
            .root()
            .indicator("NEW_MEMBERS");
    String line =
        "Kết nạp "
            + admitted.total()
            + " đảng viên ("
            + VietnameseFormat.percent(admitted.percentOfPlan())
            + " kế hoạch), trong đó "
            + VietnameseFormat.fraction(admitted.part(Sector.NON_STATE), admitted.total())
            + " trong doanh nghiệp ngoài khu vực nhà nước";

    assertThat(line)
        .isEqualTo(
            "Kết nạp 15 đảng viên (125,00% kế hoạch), trong đó 3/15 (20,00%) trong doanh nghiệp ngoài khu vực nhà nước");
    assertThatThrownBy(
            () ->
                Dataset.of(
                    tree,
                    registry,
                    List.of(
                        DataValue.of("CB-A", Period.parse("2021Q1"), "NEW_MEMBERS", 12),
                        DataValue.of("CB-A", Period.parse("2021Q1"), "NEW_MEMBERS", 5))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CB-A")
        .hasMessageContaining("2021Q1");
  }
}
