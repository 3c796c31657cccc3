package vn.khoidn.portal.application.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.khoidn.domain.organization.Organization;
import vn.khoidn.domain.organization.OrganizationKind;
import vn.khoidn.domain.organization.OrganizationTree;
import vn.khoidn.domain.registry.HostUnit;
import vn.khoidn.domain.registry.LegalForm;
import vn.khoidn.domain.registry.Sector;
import vn.khoidn.domain.registry.TaxCode;
import vn.khoidn.portal.application.account.AccessDeniedException;
import vn.khoidn.portal.application.organization.InMemoryTree;
import vn.khoidn.portal.application.organization.OrganizationRef;
import vn.khoidn.portal.application.organization.TreeEvent;
import vn.khoidn.portal.application.organization.TreeHistory;
import vn.khoidn.portal.application.organization.TreeRecords;
import vn.khoidn.portal.application.registry.InMemoryHostUnits;
import vn.khoidn.portal.application.time.PortalClock;

/**
 * The organizations file: creates, corrections, placement in a host unit and, the fix of #16, a
 * changed establishment date applied (or refused as a row error) rather than ignored.
 */
class OrganizationImportServiceTest {

  private static final Instant NOW = Instant.parse("2023-03-01T03:00:00Z");

  private static final LocalDate START = LocalDate.of(2010, 1, 1);
  private static final LocalDate MERGER = LocalDate.of(2025, 7, 1);

  private InMemoryTree organizations;
  private InMemoryOrganizationChanges changes;
  private OrganizationImportService imports;

  @BeforeEach
  void setUp() {
    organizations =
        new InMemoryTree()
            .with("DUK", OrganizationKind.BLOC, null, LocalDate.of(2000, 1, 1))
            .with("DB1", OrganizationKind.GRASSROOTS_COMMITTEE, "DUK", START)
            .with("DB2", OrganizationKind.GRASSROOTS_COMMITTEE, "DUK", START)
            .with("DB3", OrganizationKind.GRASSROOTS_COMMITTEE, "DUK", START)
            .with("CB1", OrganizationKind.SUBORDINATE_CELL, "DB3", START)
            .with("CB2", OrganizationKind.SUBORDINATE_CELL, "DB3", START);
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
    TestAccounts admins = new TestAccounts("admin");
    changes = new InMemoryOrganizationChanges(organizations, units, admins);
    imports =
        new OrganizationImportService(
            admins,
            organizations,
            units,
            changes,
            new PortalClock(Clock.fixed(NOW, ZoneId.of("Asia/Ho_Chi_Minh"))));
  }

  private OrganizationRef get(String code) {
    return organizations.byCode(code).orElseThrow();
  }

  private OrganizationTree tree() {
    return TreeHistory.of(organizations.loadForChange()).tree();
  }

  private static String parentOn(OrganizationTree tree, String code, LocalDate day) {
    return tree.parentOn(code, day).map(Organization::code).orElse(null);
  }

  @Test
  void aStoredOrganizationWhoseRowHasAnotherEstablishmentDateGetsTheNewDate() {
    ImportSummary summary =
        imports.importOrganizations("admin", List.of(stored(2, "DB1", "2008-05-19", "")), false);

    assertThat(summary.updated()).isEqualTo(1);
    assertThat(get("DB1").establishedOn()).isEqualTo(LocalDate.of(2008, 5, 19));
    assertThat(changes.calls).contains("reestablish DB1 2008-05-19");
  }

  @Test
  void aDryRunCountsTheDateChangeAndChangesNothingAndTheSameRowIsUnchanged() {
    ImportSummary dry =
        imports.importOrganizations("admin", List.of(stored(2, "DB1", "2008-05-19", "")), true);
    assertThat(dry.updated()).isEqualTo(1);
    assertThat(get("DB1").establishedOn()).isEqualTo(LocalDate.of(2010, 1, 1));

    ImportSummary same =
        imports.importOrganizations("admin", List.of(stored(2, "DB1", "2010-01-01", "")), false);
    assertThat(same.unchanged()).isEqualTo(1);
    assertThat(changes.calls).isEmpty();
  }

  @Test
  void aNewDateOnOrAfterTheStoredDissolutionIsARowErrorInVietnamese() {
    organizations.store(
        List.of(new TreeEvent.Dissolved("DB2", LocalDate.of(2015, 1, 1), List.of())));

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
                    + " trước ngày giải thể.",
                "established"));
    assertThat(get("DB2").establishedOn()).isEqualTo(LocalDate.of(2010, 1, 1));
    assertThat(changes.calls).isEmpty();
  }

  @Test
  void aNewDateOnOrAfterAMoveIsARowErrorAndSoIsOneFromTodayWhenTheRowMovesIt() {
    organizations.with("DUK2", OrganizationKind.BLOC, null, LocalDate.of(2000, 1, 1));
    organizations.store(List.of(new TreeEvent.Moved("DB1", "DUK2", LocalDate.of(2018, 7, 1))));

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
                            "NON_STATE",
                            "",
                            "2023-03-01",
                            "")),
                    false),
            ImportRejectedException.class);
    assertThat(movedToday.errors())
        .extracting(RowError::line, RowError::code)
        .containsExactly(tuple(3, "ESTABLISHED_AFTER_MOVE"));
    assertThat(movedToday.errors().get(0).message()).contains("từ ngày 01/03/2023 (hôm nay)");
    assertThat(movedToday.errors().get(0).column()).isEqualTo("established");
    assertThat(get("DB1").establishedOn()).isEqualTo(LocalDate.of(2010, 1, 1));
    assertThat(get("DB2").parentId()).isEqualTo(get("DUK").id());
  }

  @Test
  void aDissolvedOrganizationTakesAnEarlierEstablishmentButNotAnotherDissolution() {
    organizations.store(
        List.of(new TreeEvent.Dissolved("DB2", LocalDate.of(2015, 1, 1), List.of())));

    imports.importOrganizations(
        "admin", List.of(stored(2, "DB2", "2008-01-01", "2015-01-01")), false);
    assertThat(get("DB2").establishedOn()).isEqualTo(LocalDate.of(2008, 1, 1));

    ImportRejectedException e =
        catchThrowableOfType(
            () ->
                imports.importOrganizations(
                    "admin", List.of(stored(3, "DB2", "2008-01-01", "2020-01-01")), false),
            ImportRejectedException.class);
    assertThat(e.errors())
        .extracting(RowError::line, RowError::code, RowError::column)
        .containsExactly(tuple(3, "ALREADY_DISSOLVED", "dissolved"));
    assertThat(get("DB2").dissolvedOn()).isEqualTo(LocalDate.of(2015, 1, 1));
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
                    "NON_STATE",
                    "hu-bank",
                    "2012-04-01",
                    "2022-01-01")),
            false);

    assertThat(summary.imported()).isEqualTo(1);
    OrganizationRef cs9 = get("CS9");
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

    assertThat(organizations.byCode("CB-GO").orElseThrow().hostUnitCode()).isEqualTo("HU-GO");
    assertThat(organizations.byCode("CB-GO2").orElseThrow().hostUnitCode()).isEqualTo("HU-GO");
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
                "AMBIGUOUS_HOST_UNIT",
                "Có 2 đơn vị cùng tên \"công ty hòa bình\" trong danh bạ (HU-HB1, HU-HB2): hãy ghi"
                    + " mã đơn vị.",
                "host_unit"));
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
        "NON_STATE",
        "",
        established,
        dissolved);
  }

  /** A stored committee's row as it is, with a dissolution, an effective date and a successor. */
  private static OrganizationRowInput committee(
      int line, String code, String dissolved, String effective, String successor) {
    return new OrganizationRowInput(
        line,
        code,
        "Tổ chức " + code,
        "GRASSROOTS_COMMITTEE",
        "DUK",
        "NON_STATE",
        "",
        "2010-01-01",
        dissolved,
        effective,
        successor);
  }

  private static OrganizationRowInput cell(
      int line, String code, String name, String parent, String effective) {
    return new OrganizationRowInput(
        line,
        code,
        name,
        "SUBORDINATE_CELL",
        parent,
        "NON_STATE",
        "",
        "2010-01-01",
        "",
        effective,
        "");
  }

  private ImportRejectedException refused(OrganizationRowInput... rows) {
    ImportRejectedException e =
        catchThrowableOfType(
            () -> imports.importOrganizations("admin", List.of(rows), false),
            ImportRejectedException.class);
    assertThat(e).as("the file is refused").isNotNull();
    return e;
  }

  @Nested
  class TheReorganization {

    @Test
    void aMergerOnADateMovesTheChildrenToTheSuccessorAndKeepsThePast() {
      ImportSummary summary =
          imports.importOrganizations(
              "admin", List.of(committee(2, "DB3", "2025-07-01", "", "db1")), false);

      assertThat(summary.updated()).isEqualTo(1);
      OrganizationTree tree = tree();
      assertThat(get("DB3").dissolvedOn()).isEqualTo(MERGER);
      assertThat(tree.successorsOf("DB3")).containsExactly("DB1");
      assertThat(parentOn(tree, "CB1", MERGER)).isEqualTo("DB1");
      assertThat(parentOn(tree, "CB2", MERGER)).isEqualTo("DB1");
      assertThat(parentOn(tree, "CB1", MERGER.minusDays(1)))
          .as("the 2021 tree is kept")
          .isEqualTo("DB3");
    }

    @Test
    void aSuccessorWithoutADissolutionDateDissolvesOnTheEffectiveDate() {
      imports.importOrganizations(
          "admin", List.of(committee(2, "DB3", "", "2025-07-01", "DB2")), false);

      assertThat(get("DB3").dissolvedOn()).isEqualTo(MERGER);
      assertThat(parentOn(tree(), "CB1", MERGER)).isEqualTo("DB2");
    }

    @Test
    void dissolvingAnOrganizationWithLiveChildrenAndNoSuccessorIsRefusedAndNothingChanges() {
      ImportRejectedException e =
          refused(
              committee(2, "DB2", "2025-07-01", "", "DB1"),
              committee(3, "DB3", "2025-07-01", "", ""));

      assertThat(e.errors())
          .extracting(RowError::line, RowError::code, RowError::column)
          .containsExactly(tuple(3, "HAS_CHILDREN", "dissolved"));
      assertThat(e.errors().get(0).message()).contains("CB1, CB2").contains("kế thừa");
      assertThat(get("DB2").dissolvedOn()).as("the valid row is not written either").isNull();
      assertThat(changes.calls).isEmpty();
    }

    @Test
    void aSuccessorThatDoesNotExistIsDissolvedOrLiesInTheSubtreeIsRefusedNamingTheColumn() {
      organizations.store(
          List.of(new TreeEvent.Dissolved("DB2", LocalDate.of(2024, 1, 1), List.of())));

      ImportRejectedException e =
          refused(
              committee(2, "DB1", "2025-07-01", "", "DB9"),
              committee(3, "DB3", "2025-07-01", "", "DB2"));
      ImportRejectedException self = refused(committee(2, "DB1", "2025-07-01", "", "DB1"));
      ImportRejectedException subtree = refused(committee(2, "DB3", "2025-07-01", "", "CB1"));

      assertThat(e.errors())
          .extracting(RowError::line, RowError::code, RowError::column)
          .containsExactly(
              tuple(2, "UNKNOWN_SUCCESSOR", "successor"),
              tuple(3, "SUCCESSOR_NOT_ACTIVE", "successor"));
      assertThat(self.errors())
          .extracting(RowError::code, RowError::column)
          .containsExactly(tuple("SUCCESSOR_IS_SELF", "successor"));
      assertThat(e.errors().get(1).message())
          .isEqualTo(
              "Tổ chức kế thừa DB2 đã giải thể ngày 01/01/2024 vào ngày giải thể 01/07/2025.");
      assertThat(subtree.errors())
          .extracting(RowError::code, RowError::column)
          .containsExactly(tuple("SUCCESSOR_IN_SUBTREE", "successor"));
      assertThat(get("DB1").dissolvedOn()).isNull();
      assertThat(get("DB3").dissolvedOn()).isNull();
      assertThat(changes.calls).isEmpty();
    }

    @Test
    void aMoveFromADateBeforeTheEstablishmentIsRefusedNamingTheEffectiveColumn() {
      ImportRejectedException e = refused(cell(5, "CB1", "Tổ chức CB1", "DB1", "2009-12-31"));

      assertThat(e.errors())
          .extracting(RowError::line, RowError::code, RowError::column)
          .containsExactly(tuple(5, "EFFECTIVE_BEFORE_ESTABLISHED", "effective"));
      assertThat(e.errors().get(0).message())
          .isEqualTo("Ngày hiệu lực (31/12/2009) phải sau ngày thành lập (01/01/2010).");
    }

    @Test
    void aMoveAndARenameTakeEffectOnTheRowsDateAndANameWithoutADateIsACorrection() {
      imports.importOrganizations(
          "admin",
          List.of(
              cell(2, "CB1", "Chi bộ Phân xưởng Một", "DB1", "2024-01-01"),
              cell(3, "CB2", "Chi bộ Phân xưởng Hai", "DB3", "")),
          false);

      OrganizationTree tree = tree();
      assertThat(parentOn(tree, "CB1", LocalDate.of(2023, 12, 31))).isEqualTo("DB3");
      assertThat(parentOn(tree, "CB1", LocalDate.of(2024, 1, 1))).isEqualTo("DB1");
      assertThat(tree.nameOn("CB1", LocalDate.of(2023, 12, 31))).isEqualTo("Tổ chức CB1");
      assertThat(tree.nameOn("CB1", LocalDate.of(2024, 1, 1))).isEqualTo("Chi bộ Phân xưởng Một");
      assertThat(organizations.renames())
          .extracting(TreeRecords.Rename::code)
          .containsExactly("CB1");
      assertThat(get("CB2").name()).isEqualTo("Chi bộ Phân xưởng Hai");
    }

    @Test
    void theWholeFileIsOneBatchOnOneReadOfTheTree() {
      imports.importOrganizations(
          "admin",
          List.of(
              new OrganizationRowInput(
                  2,
                  "DB4",
                  "Đảng bộ Công ty Mới",
                  "GRASSROOTS_COMMITTEE",
                  "DUK",
                  "NON_STATE",
                  "",
                  "2025-06-01",
                  ""),
              cell(3, "CB1", "Tổ chức CB1", "DB1", "2024-01-01"),
              committee(4, "DB3", "2025-07-01", "", "DB4"),
              committee(5, "DB2", "", "2025-07-02", "DB4")),
          false);

      assertThat(changes.treeReads).isEqualTo(1);
      assertThat(changes.calls).filteredOn(c -> c.startsWith("store")).hasSize(1);
      OrganizationTree tree = tree();
      assertThat(parentOn(tree, "CB2", MERGER)).isEqualTo("DB4");
      assertThat(parentOn(tree, "CB1", MERGER)).as("moved away before the merger").isEqualTo("DB1");
      assertThat(tree.successorsOf("DB2")).containsExactly("DB4");
    }

    @Test
    void aDryRunChecksTheMergerAndChangesNothing() {
      ImportSummary dry =
          imports.importOrganizations(
              "admin", List.of(committee(2, "DB3", "2025-07-01", "", "DB1")), true);
      ImportRejectedException e =
          catchThrowableOfType(
              () ->
                  imports.importOrganizations(
                      "admin", List.of(committee(2, "DB3", "2025-07-01", "", "")), true),
              ImportRejectedException.class);

      assertThat(dry.updated()).isEqualTo(1);
      assertThat(e.errors()).extracting(RowError::code).containsExactly("HAS_CHILDREN");
      assertThat(get("DB3").dissolvedOn()).isNull();
      assertThat(changes.calls).isEmpty();
    }
  }
}
