package vn.khoidn.portal.application.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.khoidn.domain.organization.OrganizationKind;
import vn.khoidn.domain.registry.HostUnit;
import vn.khoidn.domain.registry.LegalForm;
import vn.khoidn.domain.registry.Sector;
import vn.khoidn.domain.registry.TaxCode;
import vn.khoidn.portal.application.account.AccessDeniedException;
import vn.khoidn.portal.application.account.Role;
import vn.khoidn.portal.application.exchange.ImportRejectedException;
import vn.khoidn.portal.application.exchange.ImportSummary;
import vn.khoidn.portal.application.exchange.InMemoryAuditTrail;
import vn.khoidn.portal.application.exchange.InMemoryOrganizations;
import vn.khoidn.portal.application.exchange.RowError;
import vn.khoidn.portal.application.submission.ConcurrentEditException;
import vn.khoidn.portal.application.time.PortalClock;
import vn.khoidn.portal.testsupport.FixedUsers;

/** The registry from a file: upsert by code, all rows or none, every wrong cell named. */
class RegistryImportServiceTest {

  private static final Instant NOW = Instant.parse("2023-03-01T03:00:00Z");

  private InMemoryHostUnits units;
  private InMemoryAuditTrail audit;
  private FixedUsers access;
  private RegistryImportService imports;

  @BeforeEach
  void setUp() {
    InMemoryOrganizations organizations = new InMemoryOrganizations();
    organizations.add("DUK", OrganizationKind.BLOC, null, null);
    organizations.add("DB1", OrganizationKind.GRASSROOTS_COMMITTEE, "DUK", null);
    access =
        new FixedUsers(organizations)
            .user("btc", "DUK", Role.STAFF)
            .user("admin", "DUK", Role.ADMIN)
            .user("btv", "DUK", Role.STANDING_COMMITTEE)
            .user("reporter", "DB1", Role.REPORTER);
    units = new InMemoryHostUnits();
    audit = new InMemoryAuditTrail();
    imports =
        new RegistryImportService(
            units, audit, access, new PortalClock(Clock.fixed(NOW, ZoneId.of("Asia/Ho_Chi_Minh"))));
    units.add(
        new HostUnit(
            "HU-DIENLUC",
            "Công ty Điện lực",
            LegalForm.STATE_OWNED,
            Sector.STATE,
            new TaxCode("5800100100"),
            "Đà Lạt",
            300,
            40,
            2,
            25,
            280,
            false,
            List.of()),
        LocalDate.of(2001, 3, 26),
        LocalDate.of(1999, 5, 1),
        "btc",
        NOW);
  }

  @Nested
  class Upsert {

    @Test
    void aNewCodeAddsTheUnitWithItsYouthUnionAndAKnownCodeUpdatesIt() {
      ImportSummary summary =
          imports.importUnits(
              "btc",
              List.of(
                  row(2, "hu-tanphu", "Công ty TNHH Gỗ Tân Phú", "LIMITED_LIABILITY", "5801234567")
                      .with("youth_union_members", "12")
                      .with("youth_union_established", "2020-03-26")
                      .build(),
                  row(3, "HU-DIENLUC", "Công ty Điện lực", "STATE_OWNED", "5800100100")
                      .with("sector", "STATE")
                      .with("employees", "310")
                      .build()),
              false);

      assertThat(summary.imported()).isEqualTo(1);
      assertThat(summary.updated()).isEqualTo(1);
      RegisteredUnit tanPhu = units.byCode("HU-TANPHU").orElseThrow();
      assertThat(tanPhu.unit().name()).isEqualTo("Công ty TNHH Gỗ Tân Phú");
      assertThat(tanPhu.unit().youthUnionMembers()).isEqualTo(12);
      assertThat(tanPhu.youthUnionEstablished()).isEqualTo(LocalDate.of(2020, 3, 26));
      RegisteredUnit dienLuc = units.byCode("HU-DIENLUC").orElseThrow();
      assertThat(dienLuc.unit().employees()).isEqualTo(310);
      // Columns the file does not have keep what was stored.
      assertThat(dienLuc.unit().probationaryPartyMembers()).isEqualTo(2);
      assertThat(dienLuc.tradeUnionEstablished()).isEqualTo(LocalDate.of(1999, 5, 1));
      assertThat(dienLuc.version()).isEqualTo(1);
      assertThat(audit.entries)
          .extracting(e -> e.subject())
          .containsExactly("host_unit:HU-TANPHU", "host_unit:HU-DIENLUC");
    }

    @Test
    void theExportedRegistryImportedAgainChangesNothing() {
      List<UnitFileRow> exported = new ArrayList<>();
      int line = 2;
      for (RegisteredUnit u : imports.export("btv")) {
        List<Object> values = UnitFile.values(u);
        Map<String, String> cells = new HashMap<>();
        for (int c = 0; c < UnitFile.COLUMNS.size(); c++) {
          cells.put(UnitFile.COLUMNS.get(c), String.valueOf(values.get(c)));
        }
        exported.add(new UnitFileRow(line++, cells));
      }

      ImportSummary summary = imports.importUnits("btc", exported, false);

      assertThat(summary.unchanged()).isEqualTo(1);
      assertThat(summary.imported() + summary.updated()).isZero();
      assertThat(units.byCode("HU-DIENLUC").orElseThrow().version()).isZero();
      assertThat(audit.entries).isEmpty();
    }

    @Test
    void aDryRunCountsAndWritesNothing() {
      ImportSummary summary =
          imports.importUnits(
              "btc", List.of(row(2, "HU-NEW", "Công ty Mới", "JOINT_STOCK", "").build()), true);

      assertThat(summary.dryRun()).isTrue();
      assertThat(summary.imported()).isEqualTo(1);
      assertThat(units.byCode("HU-NEW")).isEmpty();
      assertThat(audit.entries).isEmpty();
    }

    @Test
    void aVietnameseLegalFormLabelAndYesNoInVietnameseAreRead() {
      imports.importUnits(
          "btc",
          List.of(
              row(2, "HU-CP", "Công ty Cổ phần Chè", "công ty cổ phần", "")
                  .with("owner_party_member", "có")
                  .build()),
          false);

      HostUnit cp = units.byCode("HU-CP").orElseThrow().unit();
      assertThat(cp.legalForm()).isEqualTo(LegalForm.JOINT_STOCK);
      assertThat(cp.ownerIsPartyMember()).isTrue();
    }
  }

  @Nested
  class Refusals {

    @Test
    void everyWrongCellIsNamedByRowAndColumnAndNothingIsStored() {
      ImportRejectedException e =
          catchThrowableOfType(
              () ->
                  imports.importUnits(
                      "btc",
                      List.of(
                          row(2, "HU-OK", "Công ty Đúng", "LIMITED_LIABILITY", "5801111111")
                              .build(),
                          row(3, "HU-BAD", "Công ty Sai", "TNHH", "123")
                              .with("sector", "PRIVATE")
                              .with("employees", "1.000")
                              .with("party_members", "-2")
                              .with("owner_party_member", "maybe")
                              .with("youth_union_established", "2099-01-01")
                              .build(),
                          row(4, "hu-ok", "Công ty Trùng Mã", "LIMITED_LIABILITY", "").build()),
                      false),
              ImportRejectedException.class);

      assertThat(e.errors())
          .extracting(RowError::line, RowError::column, RowError::code)
          .containsExactly(
              tuple(3, "legal_form", "UNKNOWN_LEGAL_FORM"),
              tuple(3, "sector", "UNKNOWN_SECTOR"),
              tuple(3, "tax_code", "INVALID_TAX_CODE"),
              tuple(3, "employees", "FRACTIONAL_VALUE"),
              tuple(3, "party_members", "NEGATIVE_VALUE"),
              tuple(3, "owner_party_member", "INVALID_YES_NO"),
              tuple(3, "youth_union_established", "ESTABLISHED_IN_FUTURE"),
              tuple(4, "code", "DUPLICATE_CODE"));
      assertThat(e.errors().get(0).message())
          .startsWith("Dòng 3, cột legal_form: loại hình \"TNHH\" không có trong danh mục; dùng");
      assertThat(e.errors().get(7).message())
          .isEqualTo("Dòng 4, cột code: mã HU-OK đã có ở dòng 2.");
      assertThat(e.getMessage())
          .isEqualTo("Tệp có 2 dòng không hợp lệ; không có đơn vị nào được ghi.");
      assertThat(units.byCode("HU-OK")).isEmpty();
      assertThat(audit.entries).isEmpty();
    }

    @Test
    void aTaxCodeAnotherUnitHoldsOrThatTwoRowsShareIsRefused() {
      ImportRejectedException e =
          catchThrowableOfType(
              () ->
                  imports.importUnits(
                      "btc",
                      List.of(
                          row(2, "HU-A", "Công ty A", "LIMITED_LIABILITY", "5800100100").build(),
                          row(3, "HU-B", "Công ty B", "LIMITED_LIABILITY", "5802222222").build(),
                          row(4, "HU-C", "Công ty C", "LIMITED_LIABILITY", "5802222222").build()),
                      false),
              ImportRejectedException.class);

      assertThat(e.errors())
          .containsExactly(
              new RowError(
                  2,
                  "TAX_CODE_IN_USE",
                  "Dòng 2, cột tax_code: mã số thuế 5800100100 đã là của đơn vị HU-DIENLUC.",
                  "tax_code"),
              new RowError(
                  4,
                  "DUPLICATE_TAX_CODE",
                  "Dòng 4, cột tax_code: mã số thuế 5802222222 đã có ở dòng 3 của tệp.",
                  "tax_code"));
      assertThat(units.all()).hasSize(1);
    }

    @Test
    void aTaxCodeMayMoveToAnotherUnitWhenTheFileTakesItFromItsHolder() {
      imports.importUnits(
          "btc",
          List.of(
              row(2, "HU-DIENLUC", "Công ty Điện lực", "STATE_OWNED", "")
                  .with("sector", "STATE")
                  .build(),
              row(3, "HU-DIENLUC2", "Công ty Điện lực mới", "STATE_OWNED", "5800100100").build()),
          false);

      assertThat(units.byCode("HU-DIENLUC2").orElseThrow().unit().taxCode())
          .isEqualTo(new TaxCode("5800100100"));
    }

    @Test
    void aRowExportedBeforeSomeoneElseChangedTheUnitIsRefusedNotWrittenOver() {
      RegisteredUnit read = units.byCode("HU-DIENLUC").orElseThrow();
      units.update(read.unit().withMembers(41, 25, 280), null, null, 0, "admin", NOW);

      ImportRejectedException e =
          catchThrowableOfType(
              () ->
                  imports.importUnits(
                      "btc",
                      List.of(
                          row(2, "HU-DIENLUC", "Công ty Điện lực", "STATE_OWNED", "5800100100")
                              .with("version", "0")
                              .build()),
                      false),
              ImportRejectedException.class);

      assertThat(e.errors()).extracting(RowError::code).containsExactly("STALE_VERSION");
      assertThat(e.errors().get(0).message())
          .isEqualTo(
              "Dòng 2, cột version: đơn vị HU-DIENLUC đã được admin sửa lúc 10:00 01/03/2023 sau"
                  + " khi tệp được xuất; hãy xuất lại danh bạ để không ghi đè thay đổi đó.");
      assertThat(units.byCode("HU-DIENLUC").orElseThrow().unit().officialPartyMembers())
          .isEqualTo(41);
    }

    @Test
    void aUnitChangedWhileTheFileIsWrittenStopsTheWholeImport() {
      InMemoryHostUnits racing =
          new InMemoryHostUnits() {
            @Override
            public void update(
                HostUnit unit,
                LocalDate youth,
                LocalDate trade,
                long version,
                String by,
                Instant at) {
              throw new HostUnitChangedException(unit.code(), "admin", NOW);
            }
          };
      racing.add(units.byCode("HU-DIENLUC").orElseThrow().unit(), null, null, "btc", NOW);
      RegistryImportService racingImports =
          new RegistryImportService(
              racing,
              audit,
              access,
              new PortalClock(Clock.fixed(NOW, ZoneId.of("Asia/Ho_Chi_Minh"))));

      assertThatThrownBy(
              () ->
                  racingImports.importUnits(
                      "btc",
                      List.of(row(2, "HU-DIENLUC", "Điện lực đổi tên", "STATE_OWNED", "").build()),
                      false))
          .isInstanceOf(ConcurrentEditException.class)
          .hasMessageStartingWith("Dòng 2: đơn vị HU-DIENLUC vừa được admin sửa lúc 10:00");
    }

    @Test
    void onlyStaffAndAdministratorsImportAndTheStandingCommitteeMayExport() {
      assertThatThrownBy(
              () ->
                  imports.importUnits(
                      "btv",
                      List.of(row(2, "HU-X", "Công ty X", "JOINT_STOCK", "").build()),
                      false))
          .isInstanceOf(AccessDeniedException.class);
      assertThatThrownBy(() -> imports.export("reporter"))
          .isInstanceOf(AccessDeniedException.class);
      assertThat(imports.export("btv")).hasSize(1);
      assertThat(imports.importUnits("admin", List.of(), true).rows()).isZero();
    }
  }

  private static Row row(int line, String code, String name, String legalForm, String taxCode) {
    return new Row(line)
        .with("code", code)
        .with("name", name)
        .with("legal_form", legalForm)
        .with("sector", "NON_STATE")
        .with("tax_code", taxCode)
        .with("district", "Bảo Lộc")
        .with("employees", "20")
        .with("party_members", "3")
        .with("owner_party_member", "false");
  }

  /** A row as a file has it: the required columns, and more where a test adds them. */
  private static final class Row {
    private final int line;
    private final Map<String, String> cells = new LinkedHashMap<>();

    Row(int line) {
      this.line = line;
    }

    Row with(String column, String value) {
      cells.put(column, value);
      return this;
    }

    UnitFileRow build() {
      return new UnitFileRow(line, cells);
    }
  }
}
