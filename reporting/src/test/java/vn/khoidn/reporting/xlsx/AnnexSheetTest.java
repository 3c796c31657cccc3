package vn.khoidn.reporting.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import vn.khoidn.domain.indicator.DataValue;
import vn.khoidn.domain.indicator.IndicatorCatalogue;
import vn.khoidn.domain.organization.Organization;
import vn.khoidn.domain.organization.OrganizationKind;
import vn.khoidn.domain.organization.OrganizationTree;
import vn.khoidn.domain.period.CalendarPeriod;
import vn.khoidn.domain.plan.Plan;
import vn.khoidn.domain.registry.HostUnit;
import vn.khoidn.domain.registry.LegalForm;
import vn.khoidn.domain.registry.Registry;
import vn.khoidn.domain.registry.Sector;
import vn.khoidn.domain.rollup.Breakdown;
import vn.khoidn.domain.rollup.Dataset;
import vn.khoidn.domain.rollup.Rollup;
import vn.khoidn.domain.rollup.RollupQuery;
import vn.khoidn.domain.rollup.RollupResult;

class AnnexSheetTest {

  private static final CalendarPeriod YEAR = CalendarPeriod.year(2024);
  private static final String NM = IndicatorCatalogue.NEW_MEMBERS;

  @Test
  void thePlanColumnAddsUpToTheBlocsOwnTargetWithItsReserveOrItsOverAllocationOnItsOwnLine() {
    assertThat(totalPlan(80, 30, 20)).isEqualTo(OptionalLong.of(80));
    assertThat(ownLinePlan(80, 30, 20)).isEqualTo(OptionalLong.of(30));
    assertThat(totalPlan(80, 50, 40)).isEqualTo(OptionalLong.of(80));
    assertThat(ownLinePlan(80, 50, 40)).isEqualTo(OptionalLong.of(-10));
    assertThat(totalPlan(-1, 50, 40)).as("without a target of its own").hasValue(90);
  }

  private static OptionalLong totalPlan(long bloc, long a, long b) {
    return new AnnexSheet("Phụ lục", AnnexSheet.linesOf(rollup(bloc, a, b), List.of()))
        .totals()
        .plan();
  }

  private static OptionalLong ownLinePlan(long bloc, long a, long b) {
    return AnnexSheet.linesOf(rollup(bloc, a, b), List.of()).stream()
        .filter(l -> l.name().endsWith("(trực tiếp)"))
        .findFirst()
        .orElseThrow()
        .plan();
  }

  private static RollupResult rollup(long bloc, long a, long b) {
    OrganizationTree tree =
        OrganizationTree.builder()
            .add(Organization.of("DUK", "Đảng ủy Khối", OrganizationKind.BLOC, "DUK", null))
            .add(
                Organization.of("CB-A", "Chi bộ A", OrganizationKind.GRASSROOTS_CELL, "A", null),
                "DUK")
            .add(
                Organization.of("CB-B", "Chi bộ B", OrganizationKind.GRASSROOTS_CELL, "B", null),
                "DUK")
            .build();
    Registry registry =
        Registry.of(
            List.of(
                HostUnit.of("DUK", "Cơ quan", LegalForm.AGENCY, Sector.OTHER),
                HostUnit.of("A", "Công ty A", LegalForm.JOINT_STOCK, Sector.STATE),
                HostUnit.of("B", "Công ty B", LegalForm.JOINT_STOCK, Sector.NON_STATE)));
    List<Plan> plans =
        new java.util.ArrayList<>(
            List.of(new Plan("CB-A", NM, YEAR, a), new Plan("CB-B", NM, YEAR, b)));
    if (bloc >= 0) {
      plans.add(new Plan("DUK", NM, YEAR, bloc));
    }
    return Rollup.compute(
        new RollupQuery(
            "DUK",
            YEAR,
            List.of(NM, IndicatorCatalogue.AWARENESS_TRAINEES),
            Breakdown.SECTOR,
            null),
        new Dataset(tree, registry, List.of(DataValue.of("CB-A", YEAR, NM, 5)), plans, List.of()));
  }
}
