package vn.khoidn.reporting.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.khoidn.domain.indicator.DataValue;
import vn.khoidn.domain.indicator.IndicatorCatalogue;
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
import vn.khoidn.domain.registry.SocioPoliticalKind;
import vn.khoidn.domain.registry.SocioPoliticalOrganization;
import vn.khoidn.domain.rollup.Dataset;
import vn.khoidn.domain.rollup.Rollup;
import vn.khoidn.domain.rollup.RollupQuery;

/** Trees and figures the golden tests write reports from, rolled up by domain-core. */
final class ReportFixtures {

  static final Resolution NQ04 =
      new Resolution(
          "04-NQ/ĐUK",
          LocalDate.of(2021, 1, 22),
          "tăng cường công tác phát triển đảng viên, tổ chức đảng, các đoàn thể chính trị-xã hội"
              + " trong doanh nghiệp ngoài khu vực Nhà nước và các tổ chức tín dụng");

  static final IssuerSettings LAM_DONG =
      new IssuerSettings(
          "ĐẢNG BỘ TỈNH LÂM ĐỒNG",
          "ĐẢNG ỦY KHỐI DOANH NGHIỆP",
          "Đảng ủy Khối",
          "Đảng bộ Khối Doanh nghiệp tỉnh",
          "Đảng bộ Khối",
          "BC/ĐUK",
          "Lâm Đồng",
          "T/M BAN THƯỜNG VỤ",
          "BÍ THƯ",
          "Hoàng Xuân Hường",
          List.of(
              "- Ban Thường vụ TU (b/c),",
              "- Ban Tổ chức TU (b/c),",
              "- Các đồng chí ĐUVĐUK,",
              "- Các TCCSĐ trực thuộc,",
              "- Lưu TC, VP."));

  private static final List<String> INDICATORS =
      List.of(
          IndicatorCatalogue.NEW_MEMBERS,
          IndicatorCatalogue.AWARENESS_CLASSES,
          IndicatorCatalogue.AWARENESS_TRAINEES);

  private ReportFixtures() {}

  /**
   * The reference report's year: 95 admitted against a plan of 80, 11 of them in non-state
   * enterprises, 5 classes for 110 people (13 non-state), two cells and one youth union founded.
   */
  static ReviewFigures reference() {
    OrganizationTree tree =
        OrganizationTree.builder()
            .add(
                org(
                    "DUK",
                    "Đảng ủy Khối Doanh nghiệp tỉnh Lâm Đồng",
                    OrganizationKind.BLOC,
                    "DUK",
                    null))
            .add(
                org(
                    "DB-DL",
                    "Đảng bộ Công ty Điện lực",
                    OrganizationKind.GRASSROOTS_COMMITTEE,
                    "U-DL",
                    "2008-03-01"),
                "DUK")
            .add(
                org(
                    "CB-DL1",
                    "Chi bộ Điện lực Đà Lạt",
                    OrganizationKind.SUBORDINATE_CELL,
                    "U-DL",
                    "2008-03-01"),
                "DB-DL")
            .add(
                org(
                    "CB-NH",
                    "Chi bộ Ngân hàng",
                    OrganizationKind.GRASSROOTS_CELL,
                    "U-NH",
                    "2009-09-09"),
                "DUK")
            .add(
                org(
                    "CB-TTC",
                    "Chi bộ Công ty TNHH Thành Thành Công",
                    OrganizationKind.GRASSROOTS_CELL,
                    "U-TTC",
                    "2017-03-08"),
                "DUK")
            .add(
                org(
                    "CB-HH",
                    "Chi bộ Hiệp hội Doanh nghiệp tỉnh",
                    OrganizationKind.GRASSROOTS_CELL,
                    "U-HH",
                    "2021-05-20"),
                "DUK")
            .add(
                org(
                    "CB-HANA",
                    "Chi bộ Công ty Cổ phần Hana Đà Lạt",
                    OrganizationKind.GRASSROOTS_CELL,
                    "U-HANA",
                    "2021-06-15"),
                "DUK")
            .build();
    Registry registry =
        Registry.of(
            List.of(
                HostUnit.of("DUK", "Cơ quan Đảng ủy Khối", LegalForm.AGENCY, Sector.OTHER),
                HostUnit.of("U-DL", "Công ty Điện lực", LegalForm.STATE_OWNED, Sector.STATE),
                HostUnit.of("U-NH", "Ngân hàng", LegalForm.BANK_BRANCH, Sector.CREDIT),
                HostUnit.of(
                    "U-TTC",
                    "Công ty TNHH Thành Thành Công",
                    LegalForm.LIMITED_LIABILITY,
                    Sector.NON_STATE),
                HostUnit.of(
                    "U-HH", "Hiệp hội Doanh nghiệp tỉnh", LegalForm.ASSOCIATION, Sector.OTHER),
                HostUnit.of(
                    "U-HANA",
                    "Công ty Cổ phần Hana Đà Lạt",
                    LegalForm.JOINT_STOCK,
                    Sector.NON_STATE),
                HostUnit.of(
                        "U-AT",
                        "Công ty TNHH An Thịnh Lâm Đồng",
                        LegalForm.LIMITED_LIABILITY,
                        Sector.NON_STATE)
                    .with(
                        new SocioPoliticalOrganization(
                            SocioPoliticalKind.YOUTH_UNION,
                            "Chi đoàn Công ty TNHH An Thịnh Lâm Đồng",
                            LocalDate.of(2021, 8, 26),
                            null,
                            14,
                            null))));
    List<DataValue> values = new ArrayList<>();
    values.add(members("DB-DL", "2021Q1", 20));
    values.add(members("CB-DL1", "2021Q2", 25));
    values.add(members("DB-DL", "2021Q4", 15));
    values.add(members("CB-NH", "2021Q2", 24));
    values.add(members("CB-TTC", "2021Q3", 7));
    values.add(members("CB-HANA", "2021Q4", 4));
    values.add(
        DataValue.of(
            "DUK", CalendarPeriod.parse("2021Q2"), IndicatorCatalogue.AWARENESS_CLASSES, 2));
    values.add(
        DataValue.of(
            "DUK", CalendarPeriod.parse("2021Q4"), IndicatorCatalogue.AWARENESS_CLASSES, 3));
    values.add(trainees("2021Q2", Sector.STATE, 36));
    values.add(trainees("2021Q2", Sector.CREDIT, 20));
    values.add(trainees("2021Q4", Sector.STATE, 24));
    values.add(trainees("2021Q4", Sector.CREDIT, 17));
    values.add(trainees("2021Q4", Sector.NON_STATE, 13));
    Period period = NQ04.review(1);
    List<Plan> plans =
        List.of(new Plan("DUK", IndicatorCatalogue.NEW_MEMBERS, CalendarPeriod.parse("2021"), 80));
    return figures(tree, registry, values, plans, period);
  }

  /**
   * Another year with other numbers: no plan, nobody from non-state enterprises, nothing founded.
   */
  static ReviewFigures otherYear() {
    OrganizationTree tree =
        OrganizationTree.builder()
            .add(org("DUK", "Đảng ủy Khối", OrganizationKind.BLOC, "DUK", null))
            .add(
                org("CB-A", "Chi bộ A", OrganizationKind.GRASSROOTS_CELL, "U-A", "2010-01-01"),
                "DUK")
            .add(
                org("CB-B", "Chi bộ B", OrganizationKind.GRASSROOTS_CELL, "U-B", "2010-01-01"),
                "DUK")
            .build();
    Registry registry =
        Registry.of(
            List.of(
                HostUnit.of("DUK", "Cơ quan Đảng ủy Khối", LegalForm.AGENCY, Sector.OTHER),
                HostUnit.of("U-A", "Công ty A", LegalForm.STATE_OWNED, Sector.STATE),
                HostUnit.of("U-B", "Ngân hàng B", LegalForm.BANK_BRANCH, Sector.CREDIT)));
    List<DataValue> values =
        List.of(
            members("CB-A", "2022Q1", 4),
            members("CB-B", "2022Q3", 3),
            DataValue.of(
                "CB-A", CalendarPeriod.parse("2022Q2"), IndicatorCatalogue.AWARENESS_CLASSES, 1),
            DataValue.of(
                "CB-A", CalendarPeriod.parse("2022Q2"), IndicatorCatalogue.AWARENESS_TRAINEES, 12));
    return figures(tree, registry, values, List.of(), CalendarPeriod.parse("2022"));
  }

  /** A year in which nothing happened. */
  static ReviewFigures nothingHappened() {
    OrganizationTree tree =
        OrganizationTree.builder()
            .add(org("DUK", "Đảng ủy Khối", OrganizationKind.BLOC, "DUK", null))
            .build();
    Registry registry =
        Registry.of(
            List.of(HostUnit.of("DUK", "Cơ quan Đảng ủy Khối", LegalForm.AGENCY, Sector.OTHER)));
    return figures(tree, registry, List.of(), List.of(), CalendarPeriod.parse("2023"));
  }

  private static ReviewFigures figures(
      OrganizationTree tree,
      Registry registry,
      List<DataValue> values,
      List<Plan> plans,
      Period period) {
    var root =
        Rollup.compute(
                new RollupQuery(
                    "DUK", period, INDICATORS, vn.khoidn.domain.rollup.Breakdown.SECTOR, null),
                new Dataset(tree, registry, values, plans, List.of()))
            .root();
    return ReviewFigures.fromRegistry(root, tree, registry, period);
  }

  private static Organization org(
      String code, String name, OrganizationKind kind, String unit, String established) {
    return Organization.of(
        code, name, kind, unit, established == null ? null : LocalDate.parse(established));
  }

  private static DataValue members(String org, String period, long n) {
    return DataValue.of(org, CalendarPeriod.parse(period), IndicatorCatalogue.NEW_MEMBERS, n);
  }

  private static DataValue trainees(String period, Sector sector, long n) {
    return new DataValue(
        "DUK", CalendarPeriod.parse(period), IndicatorCatalogue.AWARENESS_TRAINEES, sector, n);
  }
}
