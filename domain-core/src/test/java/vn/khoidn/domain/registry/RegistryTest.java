package vn.khoidn.domain.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.khoidn.domain.period.Period;

class RegistryTest {

  private static final ManagingBody CITY_LABOUR =
      ManagingBody.outside("Liên đoàn Lao động thành phố Đà Lạt");
  private static final ManagingBody BLOC_YOUTH =
      new ManagingBody("Đoàn Khối Doanh nghiệp tỉnh", "DOAN-KHOI");

  @Test
  void newSocioPoliticalOrganizationsComeFromTheRegistrysDates() {
    Registry registry =
        Registry.of(
            List.of(
                HostUnit.of(
                        "U-1",
                        "Công ty TNHH Minh Tiến",
                        LegalForm.LIMITED_LIABILITY,
                        Sector.NON_STATE)
                    .with(
                        new SocioPoliticalOrganization(
                            SocioPoliticalKind.YOUTH_UNION,
                            "Chi đoàn Công ty TNHH Minh Tiến",
                            LocalDate.of(2021, 5, 3),
                            null,
                            12,
                            BLOC_YOUTH))
                    .with(
                        new SocioPoliticalOrganization(
                            SocioPoliticalKind.TRADE_UNION,
                            "Công đoàn Công ty TNHH Minh Tiến",
                            LocalDate.of(2019, 4, 1),
                            null,
                            40,
                            CITY_LABOUR)),
                HostUnit.of(
                        "U-2",
                        "Công ty Cổ phần Du lịch Langbiang",
                        LegalForm.JOINT_STOCK,
                        Sector.NON_STATE)
                    .with(
                        new SocioPoliticalOrganization(
                            SocioPoliticalKind.YOUTH_UNION,
                            "Chi đoàn Công ty Langbiang",
                            LocalDate.of(2022, 2, 1),
                            null,
                            8,
                            BLOC_YOUTH))));

    List<Registry.Established> youth2021 =
        registry.establishedDuring(SocioPoliticalKind.YOUTH_UNION, Period.parse("2021"));

    assertThat(youth2021)
        .extracting(e -> e.organization().name())
        .containsExactly("Chi đoàn Công ty TNHH Minh Tiến");
    assertThat(registry.establishedDuring(SocioPoliticalKind.TRADE_UNION, Period.parse("2021")))
        .isEmpty();
  }

  @Test
  void aTradeUnionsManagingBodyMayLieOutsideTheTree() {
    assertThat(CITY_LABOUR.insideTree()).isEmpty();
    assertThat(BLOC_YOUTH.insideTree()).contains("DOAN-KHOI");
  }

  @Test
  void unitsWithoutAHostUnitCountAsOtherSector() {
    Registry registry =
        Registry.of(
            List.of(HostUnit.of("U-1", "Ngân hàng X", LegalForm.BANK_BRANCH, Sector.CREDIT)));

    assertThat(registry.sectorOf("U-1")).isEqualTo(Sector.CREDIT);
    assertThat(registry.sectorOf(null)).isEqualTo(Sector.OTHER);
  }

  @Test
  void negativeMemberCountsAreRefused() {
    HostUnit unit = HostUnit.of("U-1", "Công ty A", LegalForm.JOINT_STOCK, Sector.NON_STATE);

    assertThatIllegalArgumentException()
        .isThrownBy(() -> unit.withMembers(-1, 0, 0))
        .withMessageContaining("không được âm");
  }
}
