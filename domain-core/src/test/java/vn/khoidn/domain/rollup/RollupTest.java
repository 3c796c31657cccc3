package vn.khoidn.domain.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static vn.khoidn.domain.indicator.IndicatorCatalogue.AWARENESS_CLASSES;
import static vn.khoidn.domain.indicator.IndicatorCatalogue.AWARENESS_TRAINEES;
import static vn.khoidn.domain.indicator.IndicatorCatalogue.NEW_MEMBERS;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.khoidn.domain.format.VietnameseFormat;
import vn.khoidn.domain.indicator.DataValue;
import vn.khoidn.domain.organization.Organization;
import vn.khoidn.domain.organization.OrganizationKind;
import vn.khoidn.domain.organization.OrganizationTree;
import vn.khoidn.domain.period.CalendarPeriod;
import vn.khoidn.domain.period.Period;
import vn.khoidn.domain.plan.Plan;
import vn.khoidn.domain.registry.HostUnit;
import vn.khoidn.domain.registry.LegalForm;
import vn.khoidn.domain.registry.Registry;
import vn.khoidn.domain.registry.Sector;

class RollupTest {

  private static final LocalDate LONG_AGO = LocalDate.of(2010, 1, 1);

  @Test
  void theReferenceReportsFiguresAreRebuiltFromItsOrganizations() {
    Period review = ReferenceReportData.RESOLUTION_04.review(1);

    RollupResult result =
        Rollup.compute(
            RollupQuery.of("DUK", review, NEW_MEMBERS, AWARENESS_CLASSES, AWARENESS_TRAINEES),
            ReferenceReportData.dataset());

    IndicatorTotal admitted = result.root().indicator(NEW_MEMBERS);
    assertThat(admitted.total()).isEqualTo(95);
    assertThat(admitted.plan()).hasValue(80);
    assertThat(VietnameseFormat.percent(admitted.percentOfPlan())).isEqualTo("118,75%");
    assertThat(VietnameseFormat.fraction(admitted.part(Sector.NON_STATE), admitted.total()))
        .isEqualTo("11/95 (11,58%)");
    assertThat(result.root().indicator(AWARENESS_CLASSES).total()).isEqualTo(5);
    IndicatorTotal trainees = result.root().indicator(AWARENESS_TRAINEES);
    assertThat(trainees.total()).isEqualTo(110);
    assertThat(trainees.part(Sector.NON_STATE)).isEqualTo(13);
  }

  @Test
  void anotherBlocWithOtherNumbers() {
    OrganizationTree tree =
        OrganizationTree.builder()
            .add(
                Organization.of(
                    "DUK-X",
                    "Đảng ủy Khối Doanh nghiệp tỉnh X",
                    OrganizationKind.BLOC,
                    null,
                    LONG_AGO))
            .add(
                Organization.of("A", "Chi bộ A", OrganizationKind.GRASSROOTS_CELL, "UA", LONG_AGO),
                "DUK-X")
            .add(
                Organization.of("B", "Chi bộ B", OrganizationKind.GRASSROOTS_CELL, "UB", LONG_AGO),
                "DUK-X")
            .build();
    Registry registry =
        Registry.of(
            List.of(
                HostUnit.of("UA", "Ngân hàng A", LegalForm.BANK_BRANCH, Sector.CREDIT),
                HostUnit.of(
                    "UB", "Công ty TNHH B", LegalForm.LIMITED_LIABILITY, Sector.NON_STATE)));
    Period year = CalendarPeriod.year(2023);
    Dataset data =
        new Dataset(
            tree,
            registry,
            List.of(
                DataValue.of("A", Period.parse("2023S1"), NEW_MEMBERS, 20),
                DataValue.of("A", Period.parse("2023S2"), NEW_MEMBERS, 18),
                DataValue.of("B", Period.parse("2023S2"), NEW_MEMBERS, 9)),
            List.of(new Plan("A", NEW_MEMBERS, year, 45), new Plan("B", NEW_MEMBERS, year, 15)),
            List.of());

    IndicatorTotal admitted =
        Rollup.compute(RollupQuery.of("DUK-X", year, NEW_MEMBERS), data)
            .root()
            .indicator(NEW_MEMBERS);

    assertThat(admitted.total()).isEqualTo(47);
    assertThat(VietnameseFormat.percent(admitted.percentOfPlan())).isEqualTo("78,33%");
    assertThat(VietnameseFormat.fraction(admitted.part(Sector.NON_STATE), admitted.total()))
        .isEqualTo("9/47 (19,15%)");
  }

  @Test
  void percentOfPlanIsRecomputedFromRolledUpSumsNotAveraged() {
    OrganizationTree tree = blocWithTwoCells();
    Period year = CalendarPeriod.year(2021);
    Dataset data =
        new Dataset(
            tree,
            Registry.empty(),
            List.of(DataValue.of("A", year, NEW_MEMBERS, 10)),
            List.of(new Plan("A", NEW_MEMBERS, year, 5), new Plan("B", NEW_MEMBERS, year, 15)),
            List.of());

    RollupResult result = Rollup.compute(RollupQuery.of("DUK", year, NEW_MEMBERS), data);

    assertThat(
            VietnameseFormat.percent(
                result.node("A").orElseThrow().indicator(NEW_MEMBERS).percentOfPlan()))
        .isEqualTo("200,00%");
    assertThat(
            VietnameseFormat.percent(
                result.node("B").orElseThrow().indicator(NEW_MEMBERS).percentOfPlan()))
        .isEqualTo("0,00%");
    assertThat(VietnameseFormat.percent(result.root().indicator(NEW_MEMBERS).percentOfPlan()))
        .isEqualTo("50,00%");
  }

  @Test
  void aParentsOwnTargetCountsForItAndTheTargetsItGaveOutAreNotAddedAgain() {
    OrganizationTree tree = blocWithTwoCells();
    Period year = CalendarPeriod.year(2021);
    Dataset data =
        new Dataset(
            tree,
            Registry.empty(),
            List.of(DataValue.of("A", year, NEW_MEMBERS, 95)),
            List.of(
                new Plan("DUK", NEW_MEMBERS, year, 80),
                new Plan("A", NEW_MEMBERS, year, 50),
                new Plan("B", NEW_MEMBERS, year, 20)),
            List.of());

    RollupResult result = Rollup.compute(RollupQuery.of("DUK", year, NEW_MEMBERS), data);

    assertThat(result.root().indicator(NEW_MEMBERS).plan()).hasValue(80);
    assertThat(VietnameseFormat.percent(result.root().indicator(NEW_MEMBERS).percentOfPlan()))
        .isEqualTo("118,75%");
    assertThat(result.node("A").orElseThrow().indicator(NEW_MEMBERS).plan()).hasValue(50);
  }

  @Test
  void aMovedOrganizationCountsUnderItsOldParentBeforeTheMoveAndItsNewParentAfter() {
    OrganizationTree tree =
        OrganizationTree.builder()
            .add(Organization.of("DUK", "Đảng ủy Khối", OrganizationKind.BLOC, null, LONG_AGO))
            .add(
                Organization.of(
                    "DB-1", "Đảng bộ 1", OrganizationKind.GRASSROOTS_COMMITTEE, null, LONG_AGO),
                "DUK")
            .add(
                Organization.of(
                    "DB-2", "Đảng bộ 2", OrganizationKind.GRASSROOTS_COMMITTEE, null, LONG_AGO),
                "DUK")
            .add(
                Organization.of("CB", "Chi bộ", OrganizationKind.SUBORDINATE_CELL, null, LONG_AGO),
                "DB-1")
            .move("CB", "DB-2", LocalDate.of(2021, 7, 1))
            .build();
    List<DataValue> values =
        List.of(
            DataValue.of("CB", Period.parse("2021Q2"), NEW_MEMBERS, 3),
            DataValue.of("CB", Period.parse("2021Q3"), NEW_MEMBERS, 4));
    Dataset data = Dataset.of(tree, Registry.empty(), values);

    RollupResult year =
        Rollup.compute(RollupQuery.of("DUK", CalendarPeriod.year(2021), NEW_MEMBERS), data);
    RollupResult q2 =
        Rollup.compute(RollupQuery.of("DUK", Period.parse("2021Q2"), NEW_MEMBERS), data);

    assertThat(year.node("DB-1").orElseThrow().indicator(NEW_MEMBERS).total()).isEqualTo(3);
    assertThat(year.node("DB-2").orElseThrow().indicator(NEW_MEMBERS).total()).isEqualTo(4);
    assertThat(year.root().indicator(NEW_MEMBERS).total()).isEqualTo(7);
    assertThat(q2.node("CB").orElseThrow().parentCode()).isEqualTo("DB-1");
    assertThat(year.node("CB").orElseThrow().parentCode()).isEqualTo("DB-2");
  }

  @Test
  void aValueCountsInTheSectorItNamesOrElseItsHostUnits() {
    OrganizationTree tree = blocWithTwoCells();
    Registry registry =
        Registry.of(
            List.of(HostUnit.of("UA", "Công ty A", LegalForm.JOINT_STOCK, Sector.NON_STATE)));
    Period q1 = Period.parse("2021Q1");
    Dataset data =
        Dataset.of(
            tree,
            registry,
            List.of(
                DataValue.of("A", q1, NEW_MEMBERS, 2),
                new DataValue("A", q1, NEW_MEMBERS, Sector.CREDIT, 1)));

    IndicatorTotal total =
        Rollup.compute(RollupQuery.of("DUK", q1, NEW_MEMBERS), data).root().indicator(NEW_MEMBERS);

    assertThat(total.part(Sector.NON_STATE)).isEqualTo(2);
    assertThat(total.part(Sector.CREDIT)).isEqualTo(1);
    assertThat(total.part(Sector.STATE)).isZero();
  }

  @Test
  void onlyValuesWhosePeriodTheQueryCoversCount() {
    Dataset data =
        Dataset.of(
            blocWithTwoCells(),
            Registry.empty(),
            List.of(
                DataValue.of("A", Period.parse("2021Q1"), NEW_MEMBERS, 2),
                DataValue.of("A", Period.parse("2021Q2"), NEW_MEMBERS, 5),
                DataValue.of("A", Period.parse("2022Q1"), NEW_MEMBERS, 7)));

    assertThat(
            Rollup.compute(RollupQuery.of("DUK", Period.parse("2021S1"), NEW_MEMBERS), data)
                .root()
                .indicator(NEW_MEMBERS)
                .total())
        .isEqualTo(7);
    assertThat(
            Rollup.compute(RollupQuery.of("DUK", Period.parse("2021Q1"), NEW_MEMBERS), data)
                .root()
                .indicator(NEW_MEMBERS)
                .total())
        .isEqualTo(2);
  }

  @Test
  void completenessCountsOnlyOrganizationsExpectedToReport() {
    OrganizationTree tree =
        OrganizationTree.builder()
            .add(Organization.of("DUK", "Đảng ủy Khối", OrganizationKind.BLOC, null, LONG_AGO))
            .add(
                Organization.of("A", "Chi bộ A", OrganizationKind.GRASSROOTS_CELL, null, LONG_AGO),
                "DUK")
            .add(
                Organization.of("B", "Chi bộ B", OrganizationKind.GRASSROOTS_CELL, null, LONG_AGO),
                "DUK")
            .add(
                Organization.of(
                    "GONE", "Chi bộ đã giải thể", OrganizationKind.GRASSROOTS_CELL, null, LONG_AGO),
                "DUK")
            .add(
                Organization.of(
                    "LATER",
                    "Chi bộ thành lập sau",
                    OrganizationKind.GRASSROOTS_CELL,
                    null,
                    LocalDate.of(2022, 1, 5)),
                "DUK")
            .dissolve("GONE", LocalDate.of(2021, 8, 1))
            .build();
    Period q3 = Period.parse("2021Q3");
    List<Submission> submissions =
        List.of(
            new Submission("A", q3, LocalDate.of(2021, 10, 5)),
            new Submission("B", q3, LocalDate.of(2021, 10, 20)),
            new Submission("GONE", q3, LocalDate.of(2021, 10, 1)),
            new Submission("A", Period.parse("2021Q2"), LocalDate.of(2021, 7, 5)));
    Dataset data = new Dataset(tree, Registry.empty(), List.of(), List.of(), submissions);

    Completeness c =
        Rollup.compute(
                new RollupQuery(
                    "DUK", q3, List.of(NEW_MEMBERS), Breakdown.NONE, LocalDate.of(2021, 10, 10)),
                data)
            .root()
            .completeness();

    assertThat(c).isEqualTo(new Completeness(2, 2, 1));
    assertThat(VietnameseFormat.percent(c.submittedRate())).isEqualTo("100,00%");
    assertThat(VietnameseFormat.percent(c.onTimeRate())).isEqualTo("50,00%");
  }

  @Test
  void theResultListsTheSubtreeParentsBeforeChildren() {
    RollupResult result =
        Rollup.compute(
            RollupQuery.of("DB-DIENLUC", ReferenceReportData.RESOLUTION_04.review(1), NEW_MEMBERS),
            ReferenceReportData.dataset());

    assertThat(result.nodes())
        .extracting(NodeResult::code)
        .containsExactly("DB-DIENLUC", "CB-DALAT", "CB-BAOLOC");
    assertThat(result.nodes()).extracting(NodeResult::depth).containsExactly(0, 1, 1);
    assertThat(result.root().indicator(NEW_MEMBERS).total()).isEqualTo(38);
    assertThat(result.children("DB-DIENLUC"))
        .extracting(NodeResult::name)
        .containsExactly("Chi bộ Điện lực Đà Lạt", "Chi bộ Điện lực Bảo Lộc");
  }

  @Test
  void aQueryForAnOrganizationThatNoLongerExistsIsRefused() {
    OrganizationTree tree =
        OrganizationTree.builder()
            .add(Organization.of("DUK", "Đảng ủy Khối", OrganizationKind.BLOC, null, LONG_AGO))
            .dissolve("DUK", LocalDate.of(2020, 1, 1))
            .build();

    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                Rollup.compute(
                    RollupQuery.of("DUK", CalendarPeriod.year(2021), NEW_MEMBERS),
                    Dataset.of(tree, Registry.empty(), List.of())))
        .withMessageContaining("không tồn tại");
  }

  private static OrganizationTree blocWithTwoCells() {
    return OrganizationTree.builder()
        .add(Organization.of("DUK", "Đảng ủy Khối", OrganizationKind.BLOC, null, LONG_AGO))
        .add(
            Organization.of("A", "Chi bộ A", OrganizationKind.GRASSROOTS_CELL, "UA", LONG_AGO),
            "DUK")
        .add(
            Organization.of("B", "Chi bộ B", OrganizationKind.GRASSROOTS_CELL, "UB", LONG_AGO),
            "DUK")
        .build();
  }
}
