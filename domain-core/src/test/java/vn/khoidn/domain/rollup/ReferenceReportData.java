package vn.khoidn.domain.rollup;

import static vn.khoidn.domain.indicator.IndicatorCatalogue.AWARENESS_CLASSES;
import static vn.khoidn.domain.indicator.IndicatorCatalogue.AWARENESS_TRAINEES;
import static vn.khoidn.domain.indicator.IndicatorCatalogue.NEW_MEMBERS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.khoidn.domain.indicator.DataValue;
import vn.khoidn.domain.organization.Organization;
import vn.khoidn.domain.organization.OrganizationKind;
import vn.khoidn.domain.organization.OrganizationTree;
import vn.khoidn.domain.period.CalendarPeriod;
import vn.khoidn.domain.period.Period;
import vn.khoidn.domain.period.Resolution;
import vn.khoidn.domain.plan.Plan;
import vn.khoidn.domain.registry.HostUnit;
import vn.khoidn.domain.registry.LegalForm;
import vn.khoidn.domain.registry.Registry;
import vn.khoidn.domain.registry.Sector;

/**
 * A small bloc whose figures are those of the reference report (Báo cáo sơ kết 01 năm Nghị quyết
 * 04-NQ/ĐUK): entered per organization and quarter, never as the report's totals.
 */
final class ReferenceReportData {

  static final Resolution RESOLUTION_04 =
      new Resolution(
          "04-NQ/ĐUK",
          LocalDate.of(2021, 1, 22),
          "về phát triển đảng viên, thành lập tổ chức đảng, đoàn thể trong doanh nghiệp ngoài khu vực nhà nước");

  private static final LocalDate LONG_AGO = LocalDate.of(2010, 1, 1);

  private ReferenceReportData() {}

  static OrganizationTree tree() {
    return OrganizationTree.builder()
        .add(
            Organization.of(
                "DUK",
                "Đảng ủy Khối Doanh nghiệp tỉnh Lâm Đồng",
                OrganizationKind.BLOC,
                null,
                LONG_AGO))
        .add(
            Organization.of(
                "DB-DIENLUC",
                "Đảng bộ Công ty Điện lực Lâm Đồng",
                OrganizationKind.GRASSROOTS_COMMITTEE,
                "U-DIENLUC",
                LONG_AGO),
            "DUK")
        .add(
            Organization.of(
                "CB-DALAT",
                "Chi bộ Điện lực Đà Lạt",
                OrganizationKind.SUBORDINATE_CELL,
                "U-DIENLUC",
                LONG_AGO),
            "DB-DIENLUC")
        .add(
            Organization.of(
                "CB-BAOLOC",
                "Chi bộ Điện lực Bảo Lộc",
                OrganizationKind.SUBORDINATE_CELL,
                "U-DIENLUC",
                LONG_AGO),
            "DB-DIENLUC")
        .add(
            Organization.of(
                "DB-AGRIBANK",
                "Đảng bộ Agribank Chi nhánh tỉnh Lâm Đồng",
                OrganizationKind.GRASSROOTS_COMMITTEE,
                "U-AGRIBANK",
                LONG_AGO),
            "DUK")
        .add(
            Organization.of(
                "CBCS-XOSO",
                "Chi bộ Công ty TNHH MTV Xổ số kiến thiết Lâm Đồng",
                OrganizationKind.GRASSROOTS_CELL,
                "U-XOSO",
                LONG_AGO),
            "DUK")
        .add(
            Organization.of(
                "CBCS-SUADALAT",
                "Chi bộ Công ty Cổ phần Sữa Đà Lạt",
                OrganizationKind.GRASSROOTS_CELL,
                "U-SUA",
                LONG_AGO),
            "DUK")
        .add(
            Organization.of(
                "CBCS-MINHTIEN",
                "Chi bộ Công ty TNHH Minh Tiến",
                OrganizationKind.GRASSROOTS_CELL,
                "U-MINHTIEN",
                LocalDate.of(2021, 6, 15)),
            "DUK")
        .build();
  }

  static Registry registry() {
    return Registry.of(
        List.of(
            HostUnit.of(
                "U-DIENLUC", "Công ty Điện lực Lâm Đồng", LegalForm.STATE_OWNED, Sector.STATE),
            HostUnit.of(
                "U-AGRIBANK",
                "Agribank Chi nhánh tỉnh Lâm Đồng",
                LegalForm.BANK_BRANCH,
                Sector.CREDIT),
            HostUnit.of(
                "U-XOSO",
                "Công ty TNHH MTV Xổ số kiến thiết Lâm Đồng",
                LegalForm.STATE_OWNED,
                Sector.STATE),
            HostUnit.of(
                "U-SUA", "Công ty Cổ phần Sữa Đà Lạt", LegalForm.JOINT_STOCK, Sector.NON_STATE),
            HostUnit.of(
                "U-MINHTIEN",
                "Công ty TNHH Minh Tiến",
                LegalForm.LIMITED_LIABILITY,
                Sector.NON_STATE)));
  }

  static List<DataValue> values() {
    List<DataValue> values = new ArrayList<>();
    // New members by the organization that admitted them, per quarter: 84 in state and credit
    // units, 11 non-state.
    admit(values, "CB-DALAT", 5, 6, 4, 7);
    admit(values, "CB-BAOLOC", 3, 4, 5, 4);
    admit(values, "DB-AGRIBANK", 6, 5, 7, 8);
    admit(values, "CBCS-XOSO", 4, 6, 5, 5);
    admit(values, "CBCS-SUADALAT", 2, 1, 3, 2);
    admit(values, "CBCS-MINHTIEN", 0, 0, 1, 2);
    // The bloc committee's own awareness classes, whose trainees name their sectors: 5 classes, 110
    // trainees.
    int[] classes = {1, 2, 1, 1};
    int[][] trainees = {{14, 8, 0, 0}, {22, 17, 6, 0}, {10, 6, 4, 0}, {12, 6, 3, 2}};
    Sector[] sectors = {Sector.STATE, Sector.CREDIT, Sector.NON_STATE, Sector.OTHER};
    for (int q = 0; q < 4; q++) {
      Period quarter = CalendarPeriod.quarter(2021, q + 1);
      values.add(DataValue.of("DUK", quarter, AWARENESS_CLASSES, classes[q]));
      for (int s = 0; s < sectors.length; s++) {
        if (trainees[q][s] > 0) {
          values.add(new DataValue("DUK", quarter, AWARENESS_TRAINEES, sectors[s], trainees[q][s]));
        }
      }
    }
    return values;
  }

  static List<Plan> plans() {
    Period year = CalendarPeriod.year(2021);
    return List.of(
        new Plan("DB-DIENLUC", NEW_MEMBERS, year, 30),
        new Plan("DB-AGRIBANK", NEW_MEMBERS, year, 22),
        new Plan("CBCS-XOSO", NEW_MEMBERS, year, 18),
        new Plan("CBCS-SUADALAT", NEW_MEMBERS, year, 7),
        new Plan("CBCS-MINHTIEN", NEW_MEMBERS, year, 3));
  }

  static Dataset dataset() {
    return new Dataset(tree(), registry(), values(), plans(), List.of());
  }

  private static void admit(List<DataValue> values, String org, int... perQuarter) {
    for (int q = 0; q < perQuarter.length; q++) {
      if (perQuarter[q] > 0) {
        values.add(
            DataValue.of(org, CalendarPeriod.quarter(2021, q + 1), NEW_MEMBERS, perQuarter[q]));
      }
    }
  }
}
