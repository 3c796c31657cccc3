package vn.khoidn.portal.application.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.khoidn.domain.eligibility.Coverage;
import vn.khoidn.domain.registry.LegalForm;
import vn.khoidn.domain.registry.Sector;
import vn.khoidn.portal.application.account.AccessDeniedException;
import vn.khoidn.portal.application.submission.ConcurrentEditException;
import vn.khoidn.portal.testsupport.PortalDeployment;

/** The registry and the development pipeline, inside Payara Micro on MariaDB. */
@ExtendWith(ArquillianExtension.class)
class RegistryServiceIT {

  private static final String STAFF = "bantochuc";
  private static final String BTV = "btv";
  private static final LocalDate DAY = LocalDate.of(2022, 1, 20);

  @Deployment
  static WebArchive deployment() {
    return PortalDeployment.asPackaged();
  }

  @Inject RegistryService registry;

  @Test
  void theDemoRegistryListsTheUnitsEligibleUnderTheThresholdsAndTheYouthUnionCoverage() {
    Pipeline p = registry.pipeline(BTV, DAY);

    assertEquals(
        List.of("HU-HOANGANH", "HU-THIENPHUOC"),
        codes(p.eligibleForParty()).stream().filter(c -> c.startsWith("HU-")).sorted().toList(),
        "units without a party organization and with at least 3 official members");
    assertFalse(codes(p.eligibleForParty()).contains("HU-ANTHINH"), "2 members are too few");
    assertFalse(
        codes(p.eligibleForParty()).contains("HU-DIENLUC"), "it has a party organization already");
    assertTrue(codes(p.eligibleForYouthUnion()).contains("HU-LANGBIANG"));
    assertFalse(codes(p.eligibleForYouthUnion()).contains("HU-ANTHINH"), "founded in 2021");
    assertTrue(codes(p.eligibleForTradeUnion()).contains("HU-ANTHINH"));
    assertFalse(codes(p.eligibleForTradeUnion()).contains("HU-HIEPHOI"), "no trade-union members");
    UnitRow dienluc = row(p, "HU-DIENLUC").orElseThrow();
    assertEquals("Đảng bộ Công ty Điện lực Lâm Đồng", dienluc.partyOrganization());
    assertEquals(13, p.unitsWithParty());
    assertEquals(8, p.unitsWithPartyAndYouth());
    assertEquals("61,54%", p.coveragePercent());
    assertEquals(Coverage.Status.BELOW, p.coverageStatus(), "the band is 80-90%");
  }

  @Test
  void staffAddAUnitAndItJoinsThePipeline() {
    UnitInput in = input("IT-HU-NEW", "Công ty TNHH Phát Triển Mới", "5801234567");
    in.setOfficialPartyMembers(5);
    in.setYouthUnionMembers(12);

    registry.save(STAFF, in);

    Pipeline p = registry.pipeline(STAFF, DAY);
    UnitRow row = row(p, "IT-HU-NEW").orElseThrow();
    assertEquals("Bảo Lộc", row.district());
    assertEquals(LegalForm.LIMITED_LIABILITY, row.legalForm());
    assertTrue(row.eligibleForParty());
    assertTrue(row.eligibleForYouthUnion());
    assertFalse(row.eligibleForTradeUnion(), "no trade-union members recorded");
  }

  @Test
  void badInputIsRefusedInVietnameseAndChangesNothing() {
    UnitInput badTax = input("IT-HU-BAD", "Công ty Sai Mã Số Thuế", "58-0123");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> registry.save(STAFF, badTax));
    assertTrue(e.getMessage().contains("Mã số thuế"), e.getMessage());

    UnitInput negative = input("IT-HU-BAD", "Công ty Số Âm", null);
    negative.setEmployees(-3);
    e = assertThrows(IllegalArgumentException.class, () -> registry.save(STAFF, negative));
    assertTrue(e.getMessage().contains("không được âm"), e.getMessage());

    UnitInput duplicate = input("HU-DIENLUC", "Trùng mã", null);
    e = assertThrows(IllegalArgumentException.class, () -> registry.save(STAFF, duplicate));
    assertTrue(e.getMessage().contains("Đã có đơn vị mã HU-DIENLUC"), e.getMessage());

    assertTrue(row(registry.pipeline(STAFF, DAY), "IT-HU-BAD").isEmpty());
    assertEquals(
        "Công ty Điện lực Lâm Đồng", row(registry.pipeline(STAFF, DAY), "HU-DIENLUC").get().name());
  }

  @Test
  void aSecondEditorOfTheSameVersionIsRefusedNotOverwritten() {
    registry.save(STAFF, input("IT-HU-TWICE", "Công ty Hai Người Sửa", null));
    UnitInput first = registry.edit(STAFF, "IT-HU-TWICE");
    UnitInput second = registry.edit("admin", "IT-HU-TWICE");
    first.setEmployees(40);
    second.setEmployees(99);

    registry.save(STAFF, first);
    ConcurrentEditException e =
        assertThrows(ConcurrentEditException.class, () -> registry.save("admin", second));

    assertTrue(e.getMessage().contains("bantochuc"), e.getMessage());
    assertEquals(40, row(registry.pipeline(STAFF, DAY), "IT-HU-TWICE").orElseThrow().employees());
  }

  @Test
  void onlyStaffEditAndReportersDoNotSeeTheRegistry() {
    assertThrows(AccessDeniedException.class, () -> registry.pipeline("dienluc", DAY));
    assertThrows(
        AccessDeniedException.class,
        () -> registry.save(BTV, input("IT-HU-BTV", "Công ty Do Ban Thường Vụ Thêm", null)));
    assertThrows(
        AccessDeniedException.class,
        () -> registry.save("dienluc", input("IT-HU-REP", "Công ty Do Báo Cáo Viên Thêm", null)));
    assertTrue(row(registry.pipeline(BTV, DAY), "IT-HU-BTV").isEmpty());
  }

  private static UnitInput input(String code, String name, String taxCode) {
    UnitInput in = new UnitInput();
    in.setCode(code);
    in.setName(name);
    in.setLegalForm(LegalForm.LIMITED_LIABILITY);
    in.setSector(Sector.NON_STATE);
    in.setTaxCode(taxCode);
    in.setDistrict("Bảo Lộc");
    in.setEmployees(20);
    return in;
  }

  private static List<String> codes(List<UnitRow> rows) {
    return rows.stream().map(UnitRow::code).toList();
  }

  private static Optional<UnitRow> row(Pipeline p, String code) {
    return p.units().stream().filter(u -> u.code().equals(code)).findFirst();
  }
}
