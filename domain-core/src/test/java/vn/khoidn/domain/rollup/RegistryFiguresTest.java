package vn.khoidn.domain.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.khoidn.domain.indicator.IndicatorCatalogue.NEW_PARTY_ORGS;
import static vn.khoidn.domain.indicator.IndicatorCatalogue.NEW_TRADE_UNIONS;
import static vn.khoidn.domain.indicator.IndicatorCatalogue.NEW_YOUTH_UNIONS;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.khoidn.domain.organization.Organization;
import vn.khoidn.domain.organization.OrganizationKind;
import vn.khoidn.domain.organization.OrganizationTree;
import vn.khoidn.domain.period.Period;
import vn.khoidn.domain.registry.HostUnit;
import vn.khoidn.domain.registry.LegalForm;
import vn.khoidn.domain.registry.ManagingBody;
import vn.khoidn.domain.registry.Registry;
import vn.khoidn.domain.registry.Sector;
import vn.khoidn.domain.registry.SocioPoliticalKind;
import vn.khoidn.domain.registry.SocioPoliticalOrganization;

class RegistryFiguresTest {

  private static final LocalDate LONG_AGO = LocalDate.of(2010, 1, 1);
  private final Period review = ReferenceReportData.RESOLUTION_04.review(1);

  private final OrganizationTree tree =
      OrganizationTree.builder()
          .add(
              Organization.of(
                  "DUK",
                  "Đảng ủy Khối Doanh nghiệp tỉnh Lâm Đồng",
                  OrganizationKind.BLOC,
                  null,
                  LONG_AGO))
          .add(
              Organization.of(
                  "CB-OLD",
                  "Chi bộ Công ty Cổ phần Cũ",
                  OrganizationKind.GRASSROOTS_CELL,
                  "U-OLD",
                  LONG_AGO),
              "DUK")
          .add(
              Organization.of(
                  "CB-MT",
                  "Chi bộ Công ty TNHH Minh Tiến",
                  OrganizationKind.GRASSROOTS_CELL,
                  "U-MT",
                  LocalDate.of(2021, 6, 15)),
              "DUK")
          .add(
              Organization.of(
                  "CB-LB",
                  "Chi bộ Công ty Cổ phần Du lịch Langbiang",
                  OrganizationKind.GRASSROOTS_CELL,
                  "U-LB",
                  LocalDate.of(2021, 9, 10)),
              "DUK")
          .add(
              Organization.of(
                  "CB-LATE",
                  "Chi bộ Công ty TNHH Mới",
                  OrganizationKind.GRASSROOTS_CELL,
                  "U-LATE",
                  LocalDate.of(2022, 3, 1)),
              "DUK")
          .build();

  private final Registry registry =
      Registry.of(
          List.of(
              HostUnit.of("U-OLD", "Công ty Cổ phần Cũ", LegalForm.JOINT_STOCK, Sector.STATE),
              HostUnit.of(
                      "U-MT",
                      "Công ty TNHH Minh Tiến",
                      LegalForm.LIMITED_LIABILITY,
                      Sector.NON_STATE)
                  .with(
                      new SocioPoliticalOrganization(
                          SocioPoliticalKind.YOUTH_UNION,
                          "Chi đoàn Công ty TNHH Minh Tiến",
                          LocalDate.of(2021, 11, 20),
                          null,
                          9,
                          ManagingBody.outside("Đoàn Khối Doanh nghiệp tỉnh"))),
              HostUnit.of(
                  "U-LB",
                  "Công ty Cổ phần Du lịch Langbiang",
                  LegalForm.JOINT_STOCK,
                  Sector.NON_STATE),
              HostUnit.of(
                      "U-NOPARTY",
                      "Công ty TNHH Hoa Đà Lạt",
                      LegalForm.LIMITED_LIABILITY,
                      Sector.NON_STATE)
                  .with(
                      new SocioPoliticalOrganization(
                          SocioPoliticalKind.TRADE_UNION,
                          "Công đoàn Công ty TNHH Hoa Đà Lạt",
                          LocalDate.of(2021, 4, 2),
                          null,
                          15,
                          ManagingBody.outside("Liên đoàn Lao động thành phố Đà Lạt")))));

  @Test
  void newPartyOrganizationsComeFromTheirEstablishmentDatesWithTheLegalFormOfPrivateHosts() {
    List<RegistryFigures.NewOrganization> created =
        RegistryFigures.newPartyOrganizations(tree, registry, "DUK", review);

    assertThat(created)
        .extracting(RegistryFigures.NewOrganization::nameForReport)
        .containsExactly(
            "Chi bộ Công ty TNHH Minh Tiến (Công ty TNHH)",
            "Chi bộ Công ty Cổ phần Du lịch Langbiang (Công ty cổ phần)");
  }

  @Test
  void aUnitWhoseLegalFormIsNotRecordedIsPrintedWithoutOne() {
    RegistryFigures.NewOrganization unknown =
        new RegistryFigures.NewOrganization(
            "Chi bộ Công ty Gỗ Tân Phú",
            "Công ty Gỗ Tân Phú",
            null,
            Sector.NON_STATE,
            java.time.LocalDate.of(2021, 5, 1),
            "CB-TANPHU");
    HostUnit unregistered = HostUnit.of("U-TANPHU", "Công ty Gỗ Tân Phú", null, Sector.NON_STATE);

    assertThat(unknown.nameForReport()).isEqualTo("Chi bộ Công ty Gỗ Tân Phú");
    assertThat(unregistered.legalForm()).isNull();
  }

  @Test
  void theyRollUpLikeEnteredFigures() {
    RollupResult result =
        Rollup.compute(
            RollupQuery.of("DUK", review, NEW_PARTY_ORGS, NEW_YOUTH_UNIONS, NEW_TRADE_UNIONS),
            Dataset.of(tree, registry, RegistryFigures.asValues(tree, registry, "DUK", review)));

    assertThat(result.root().indicator(NEW_PARTY_ORGS).total()).isEqualTo(2);
    assertThat(result.root().indicator(NEW_PARTY_ORGS).part(Sector.NON_STATE)).isEqualTo(2);
    assertThat(result.root().indicator(NEW_YOUTH_UNIONS).total()).isEqualTo(1);
    assertThat(result.node("CB-MT").orElseThrow().indicator(NEW_YOUTH_UNIONS).total()).isEqualTo(1);
    assertThat(result.root().indicator(NEW_TRADE_UNIONS).total()).isEqualTo(1);
  }
}
