package vn.khoidn.portal.application.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.khoidn.domain.organization.OrganizationKind;
import vn.khoidn.domain.registry.HostUnit;
import vn.khoidn.domain.registry.LegalForm;
import vn.khoidn.domain.registry.Sector;
import vn.khoidn.domain.registry.TaxCode;
import vn.khoidn.portal.application.account.AccessDeniedException;
import vn.khoidn.portal.application.organization.OrganizationRef;
import vn.khoidn.portal.application.registry.InMemoryHostUnits;
import vn.khoidn.portal.application.time.PortalClock;

/**
 * The organizations file: creates, corrections, placement in a host unit and, the fix of #16, a
 * changed establishment date applied (or refused as a row error) rather than ignored.
 */
class OrganizationImportServiceTest {

  private static final Instant NOW = Instant.parse("2023-03-01T03:00:00Z");

  private InMemoryOrganizations organizations;
  private InMemoryOrganizationChanges changes;
  private OrganizationImportService imports;

  @BeforeEach
  void setUp() {
    organizations = new InMemoryOrganizations();
    organizations.add("DUK", OrganizationKind.BLOC, null, LocalDate.of(2000, 1, 1));
    organizations.add(
        "DB1", OrganizationKind.GRASSROOTS_COMMITTEE, "DUK", LocalDate.of(2010, 1, 1));
    organizations.add(
        "DB2", OrganizationKind.GRASSROOTS_COMMITTEE, "DUK", LocalDate.of(2010, 1, 1));
    InMemoryHostUnits units = new InMemoryHostUnits();
    units.add(
        HostUnit.of("HU-BANK", "Ngân hàng Đầu tư", LegalForm.LIMITED_LIABILITY, Sector.CREDIT),
        null,
        null,
        "test",
        NOW);
    units.add(
        new HostUnit(
            "HU-GO",
            "Công ty TNHH Gỗ Tân Phú",
            LegalForm.LIMITED_LIABILITY,
            Sector.NON_STATE,
            new TaxCode("5801234567"),
            null,
            0,
            0,
            0,
            0,
            0,
            false,
            List.of()),
        null,
        null,
        "test",
        NOW);
    units.add(
        HostUnit.of("HU-HB1", "Công ty Hòa Bình", LegalForm.JOINT_STOCK, Sector.NON_STATE),
        null,
        null,
        "test",
        NOW);
    units.add(
        HostUnit.of("HU-HB2", "Công ty  HÒA BÌNH", LegalForm.JOINT_STOCK, Sector.NON_STATE),
        null,
        null,
        "test",
        NOW);
    changes = new InMemoryOrganizationChanges(organizations, units);
    imports =
        new OrganizationImportService(
            new TestAccounts("admin"),
            organizations,
            units,
            changes,
            new PortalClock(Clock.fixed(NOW, ZoneId.of("Asia/Ho_Chi_Minh"))));
  }

  @Test
  void aStoredOrganizationWhoseRowHasAnotherEstablishmentDateGetsTheNewDate() {
    ImportSummary summary =
        imports.importOrganizations("admin", List.of(stored(2, "DB1", "2008-05-19", "")), false);

    assertThat(summary.updated()).isEqualTo(1);
    assertThat(organizations.get("DB1").establishedOn()).isEqualTo(LocalDate.of(2008, 5, 19));
    assertThat(changes.calls).contains("reestablish DB1 2008-05-19");
  }

  @Test
  void aDryRunCountsTheDateChangeAndChangesNothingAndTheSameRowIsUnchanged() {
    ImportSummary dry =
        imports.importOrganizations("admin", List.of(stored(2, "DB1", "2008-05-19", "")), true);
    assertThat(dry.updated()).isEqualTo(1);
    assertThat(organizations.get("DB1").establishedOn()).isEqualTo(LocalDate.of(2010, 1, 1));

    ImportSummary same =
        imports.importOrganizations("admin", List.of(stored(2, "DB1", "2010-01-01", "")), false);
    assertThat(same.unchanged()).isEqualTo(1);
    assertThat(changes.calls).isEmpty();
  }

  @Test
  void aNewDateOnOrAfterTheStoredDissolutionIsARowErrorInVietnamese() {
    changes.dissolve("DB2", LocalDate.of(2015, 1, 1), "admin");
    changes.calls.clear();

    ImportRejectedException e =
        catchThrowableOfType(
            () ->
                imports.importOrganizations(
                    "admin", List.of(stored(4, "DB2", "2015-01-01", "")), false),
            ImportRejectedException.class);

    assertThat(e.errors())
        .containsExactly(
            new RowError(
                4,
                "ESTABLISHED_AFTER_DISSOLVED",
                "Tổ chức DB2 đã giải thể ngày 01/01/2015: ngày thành lập mới (01/01/2015) phải"
                    + " trước ngày giải thể."));
    assertThat(organizations.get("DB2").establishedOn()).isEqualTo(LocalDate.of(2010, 1, 1));
    assertThat(changes.calls).isEmpty();
  }

  @Test
  void aNewDateOnOrAfterAMoveIsARowErrorAndSoIsOneFromTodayWhenTheRowMovesIt() {
    changes.movedOn("DB1", LocalDate.of(2018, 7, 1));

    ImportRejectedException afterMove =
        catchThrowableOfType(
            () ->
                imports.importOrganizations(
                    "admin", List.of(stored(2, "DB1", "2019-01-01", "")), false),
            ImportRejectedException.class);
    assertThat(afterMove.errors())
        .extracting(RowError::code)
        .containsExactly("ESTABLISHED_AFTER_MOVE");
    assertThat(afterMove.errors().get(0).message())
        .isEqualTo(
            "Tổ chức DB1 đã chuyển sang tổ chức cấp trên khác ngày 01/07/2018: ngày thành lập"
                + " mới (01/01/2019) phải trước ngày đó.");

    organizations.add("DUK2", OrganizationKind.BLOC, null, LocalDate.of(2000, 1, 1));
    ImportRejectedException movedToday =
        catchThrowableOfType(
            () ->
                imports.importOrganizations(
                    "admin",
                    List.of(
                        new OrganizationRowInput(
                            3,
                            "DB2",
                            "Tổ chức DB2",
                            "GRASSROOTS_COMMITTEE",
                            "DUK2",
                            "STATE",
                            "",
                            "2023-03-01",
                            "")),
                    false),
            ImportRejectedException.class);
    assertThat(movedToday.errors())
        .extracting(RowError::line, RowError::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "ESTABLISHED_AFTER_MOVE"));
    assertThat(movedToday.errors().get(0).message()).contains("từ hôm nay (01/03/2023)");
    assertThat(organizations.get("DB1").establishedOn()).isEqualTo(LocalDate.of(2010, 1, 1));
    assertThat(organizations.get("DB2").parentId()).isEqualTo(organizations.get("DUK").id());
  }

  @Test
  void bothDatesOfADissolvedOrganizationAreWrittenInAnOrderThatKeepsThemApart() {
    changes.dissolve("DB2", LocalDate.of(2015, 1, 1), "admin");
    changes.calls.clear();

    imports.importOrganizations(
        "admin", List.of(stored(2, "DB2", "2016-01-01", "2020-01-01")), false);

    OrganizationRef db2 = organizations.get("DB2");
    assertThat(db2.establishedOn()).isEqualTo(LocalDate.of(2016, 1, 1));
    assertThat(db2.dissolvedOn()).isEqualTo(LocalDate.of(2020, 1, 1));
    assertThat(changes.calls)
        .containsSubsequence("dissolve DB2 2020-01-01", "reestablish DB2 2016-01-01");
  }

  @Test
  void aNewOrganizationIsCreatedPlacedInItsHostUnitWithTheUnitsSectorAndDissolved() {
    ImportSummary summary =
        imports.importOrganizations(
            "admin",
            List.of(
                new OrganizationRowInput(
                    2,
                    "cs9",
                    "Chi bộ Ngân hàng",
                    "GRASSROOTS_CELL",
                    "DUK",
                    "STATE",
                    "hu-bank",
                    "2012-04-01",
                    "2022-01-01")),
            false);

    assertThat(summary.imported()).isEqualTo(1);
    OrganizationRef cs9 = organizations.get("CS9");
    assertThat(cs9.hostUnitCode()).isEqualTo("HU-BANK");
    assertThat(cs9.sector()).isEqualTo(Sector.CREDIT);
    assertThat(cs9.establishedOn()).isEqualTo(LocalDate.of(2012, 4, 1));
    assertThat(cs9.dissolvedOn()).isEqualTo(LocalDate.of(2022, 1, 1));
  }

  @Test
  void anUnknownHostUnitOrKindChangeIsARowErrorAndOnlyAdministratorsImport() {
    ImportRejectedException e =
        catchThrowableOfType(
            () ->
                imports.importOrganizations(
                    "admin",
                    List.of(
                        new OrganizationRowInput(
                            2,
                            "DB1",
                            "Tổ chức DB1",
                            "GRASSROOTS_COMMITTEE",
                            "DUK",
                            "STATE",
                            "HU-NONE",
                            "2010-01-01",
                            ""),
                        new OrganizationRowInput(
                            3,
                            "DB2",
                            "Tổ chức DB2",
                            "GRASSROOTS_CELL",
                            "DUK",
                            "STATE",
                            "",
                            "2010-01-01",
                            "")),
                    false),
            ImportRejectedException.class);
    assertThat(e.errors())
        .extracting(RowError::line, RowError::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2, "UNKNOWN_HOST_UNIT"),
            org.assertj.core.groups.Tuple.tuple(3, "KIND_CHANGE"));
    assertThat(e.errors().get(0).column()).isEqualTo("host_unit");
    assertThat(e.errors().get(0).message())
        .startsWith("Không có đơn vị \"HU-NONE\" trong danh bạ")
        .contains("tệp tổ chức không tạo đơn vị mới")
        .contains(
            "Tên gần nhất: Công ty TNHH Gỗ Tân Phú (HU-GO); Ngân hàng Đầu tư (HU-BANK); Công ty");

    assertThatThrownBy(
            () ->
                imports.importOrganizations(
                    "btc", List.of(stored(2, "DB1", "2008-05-19", "")), false))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(changes.calls).isEmpty();
  }

  @Test
  void theHostUnitColumnFindsAUnitByItsNameAsPeopleWriteItOrByItsTaxCode() {
    imports.importOrganizations(
        "admin",
        List.of(
            withUnit(2, "CB-GO", "công ty tnhh gỗ tân phú"), withUnit(3, "CB-GO2", "5801234567")),
        false);

    assertThat(organizations.get("CB-GO").hostUnitCode()).isEqualTo("HU-GO");
    assertThat(organizations.get("CB-GO2").hostUnitCode()).isEqualTo("HU-GO");
  }

  @Test
  void aNameTwoUnitsShareIsRefusedNamingBothCodes() {
    ImportRejectedException e =
        catchThrowableOfType(
            () ->
                imports.importOrganizations(
                    "admin", List.of(withUnit(2, "CB-HB", "công ty hòa bình")), false),
            ImportRejectedException.class);

    assertThat(e.errors())
        .containsExactly(
            new RowError(
                2,
                "host_unit",
                "AMBIGUOUS_HOST_UNIT",
                "Có 2 đơn vị cùng tên \"công ty hòa bình\" trong danh bạ (HU-HB1, HU-HB2): hãy ghi"
                    + " mã đơn vị."));
    assertThat(changes.calls).isEmpty();
  }

  private static OrganizationRowInput withUnit(int line, String code, String hostUnit) {
    return new OrganizationRowInput(
        line,
        code,
        "Chi bộ " + code,
        "GRASSROOTS_CELL",
        "DUK",
        "NON_STATE",
        hostUnit,
        "2020-01-01",
        "");
  }

  private static OrganizationRowInput stored(
      int line, String code, String established, String dissolved) {
    return new OrganizationRowInput(
        line,
        code,
        "Tổ chức " + code,
        "GRASSROOTS_COMMITTEE",
        "DUK",
        "STATE",
        "",
        established,
        dissolved);
  }
}
