package vn.khoidn.portal.application.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.khoidn.domain.organization.OrganizationKind;
import vn.khoidn.domain.registry.LegalForm;
import vn.khoidn.domain.registry.Sector;
import vn.khoidn.portal.application.InvalidInputException;
import vn.khoidn.portal.application.account.AccessDeniedException;
import vn.khoidn.portal.application.account.Role;
import vn.khoidn.portal.application.exchange.InMemoryAuditTrail;
import vn.khoidn.portal.application.exchange.InMemoryOrganizations;
import vn.khoidn.portal.application.submission.ConcurrentEditException;
import vn.khoidn.portal.application.time.PortalClock;
import vn.khoidn.portal.testsupport.FixedUsers;

/** Staff create and edit host units: the rules, the refusals and the version check. */
class RegistryServiceTest {

  private static final Instant NOW = Instant.parse("2023-03-01T03:00:00Z");

  private InMemoryHostUnits units;
  private InMemoryAuditTrail audit;
  private RegistryService registry;

  @BeforeEach
  void setUp() {
    InMemoryOrganizations organizations = new InMemoryOrganizations();
    organizations.add("DUK", OrganizationKind.BLOC, null, null);
    organizations.add("DB1", OrganizationKind.GRASSROOTS_COMMITTEE, "DUK", null);
    FixedUsers access =
        new FixedUsers(organizations)
            .user("btc", "DUK", Role.STAFF)
            .user("admin", "DUK", Role.ADMIN)
            .user("btv", "DUK", Role.STANDING_COMMITTEE)
            .user("reporter", "DB1", Role.REPORTER);
    units = new InMemoryHostUnits();
    audit = new InMemoryAuditTrail();
    registry =
        new RegistryService(
            units, audit, access, new PortalClock(Clock.fixed(NOW, ZoneId.of("Asia/Ho_Chi_Minh"))));
  }

  @Test
  void staffAddAUnitWithItsCodeInCapitalsAndTheChangeIsAudited() {
    UnitInput in = input(" hu-new ", "  Công ty TNHH Mới  ", "5801234567");
    in.setYouthUnionEstablished(LocalDate.of(2020, 5, 1));

    registry.save("btc", in);

    RegisteredUnit stored = units.byCode("HU-NEW").orElseThrow();
    assertThat(stored.unit().name()).isEqualTo("Công ty TNHH Mới");
    assertThat(stored.unit().tax()).isPresent();
    assertThat(stored.youthUnionEstablished()).isEqualTo(LocalDate.of(2020, 5, 1));
    assertThat(stored.updatedBy()).isEqualTo("btc");
    assertThat(stored.updatedAt()).isEqualTo(NOW);
    assertThat(registry.units()).extracting(u -> u.code()).containsExactly("HU-NEW");
    assertThat(audit.entries).hasSize(1);
    assertThat(audit.entries.get(0).subject()).isEqualTo("host_unit:HU-NEW");
    assertThat(audit.entries.get(0).oldValue()).isNull();
    assertThat(audit.entries.get(0).newValue()).startsWith("Công ty TNHH Mới; ");
    assertThat(audit.entries.get(0).at()).isEqualTo(NOW);
  }

  @Test
  void anEditReadsTheStoredUnitAndSavesItsChangeAtTheNextVersion() {
    registry.save("btc", input("HU-A", "Công ty A", null));
    UnitInput edit = registry.edit("btc", "HU-A");
    assertThat(edit.isNew()).isFalse();
    assertThat(edit.getVersion()).isZero();
    edit.setEmployees(40);

    registry.save("admin", edit);

    RegisteredUnit stored = units.byCode("HU-A").orElseThrow();
    assertThat(stored.unit().employees()).isEqualTo(40);
    assertThat(stored.version()).isEqualTo(1);
    assertThat(audit.entries.get(1).oldValue()).contains("NV 20");
    assertThat(audit.entries.get(1).newValue()).contains("NV 40");
  }

  @Test
  void aSecondEditorOfTheSameVersionIsRefusedWithWhoChangedItAndWhen() {
    registry.save("btc", input("HU-TWICE", "Công ty Hai Người Sửa", null));
    UnitInput first = registry.edit("btc", "HU-TWICE");
    UnitInput second = registry.edit("admin", "HU-TWICE");
    first.setEmployees(40);
    second.setEmployees(99);
    registry.save("btc", first);

    assertThatThrownBy(() -> registry.save("admin", second))
        .isInstanceOf(ConcurrentEditException.class)
        .hasMessageContaining("Đơn vị vừa được btc sửa lúc 10:00 01/03/2023");
    assertThat(units.byCode("HU-TWICE").orElseThrow().unit().employees()).isEqualTo(40);
  }

  @Test
  void aConflictFoundWhenWritingIsRefusedToo() {
    registry.save("btc", input("HU-RACE", "Công ty Tranh Chấp", null));
    UnitInput edit = registry.edit("btc", "HU-RACE");
    RegistryService racing =
        new RegistryService(
            new InMemoryHostUnits() {
              @Override
              public java.util.Optional<RegisteredUnit> byCode(String code) {
                return units.byCode(code);
              }

              @Override
              public void update(
                  vn.khoidn.domain.registry.HostUnit unit,
                  LocalDate youthUnion,
                  LocalDate tradeUnion,
                  long version,
                  String by,
                  Instant at) {
                throw new HostUnitChangedException(unit.code(), null, null);
              }
            },
            audit,
            new FixedUsers(new InMemoryOrganizations()) {
              @Override
              public vn.khoidn.portal.application.account.Actor actor(String username) {
                return new vn.khoidn.portal.application.account.Actor(
                    username, 1, java.util.Set.of(Role.STAFF));
              }
            },
            new PortalClock(Clock.fixed(NOW, ZoneId.of("Asia/Ho_Chi_Minh"))));

    assertThatThrownBy(() -> racing.save("btc", edit))
        .isInstanceOf(ConcurrentEditException.class)
        .hasMessageStartingWith("Đơn vị vừa được người khác sửa.");
    assertThat(audit.entries).hasSize(1);
  }

  @Test
  void badInputIsRefusedWithACodeAndAVietnameseMessageAndChangesNothing() {
    registry.save("btc", input("HU-DIENLUC", "Công ty Điện lực", null));

    assertRefused(input("X", "Mã quá ngắn", null), "INVALID_UNIT_CODE", "Mã đơn vị gồm 2-40");
    assertRefused(input("HU-NONAME", "  ", null), "MISSING_UNIT_NAME", "Tên đơn vị là bắt buộc.");
    assertRefused(input("HU-TAX", "Công ty Sai Thuế", "58-0123"), "INVALID_TAX_CODE", "Mã số thuế");
    UnitInput negative = input("HU-NEG", "Công ty Số Âm", null);
    negative.setEmployees(-3);
    assertRefused(negative, "INVALID_UNIT", "không được âm");
    UnitInput future = input("HU-FUT", "Công ty Tương Lai", null);
    future.setTradeUnionEstablished(LocalDate.of(2023, 3, 2));
    assertRefused(future, "ESTABLISHED_IN_FUTURE", "Ngày thành lập không được sau ngày hôm nay.");
    assertRefused(
        input("HU-DIENLUC", "Trùng mã", null), "DUPLICATE_UNIT", "Đã có đơn vị mã HU-DIENLUC.");
    UnitInput gone = input("HU-GONE", "Công ty Không Có", null);
    gone.setVersion(3L);
    assertRefused(gone, "UNKNOWN_UNIT", "Không có đơn vị mã HU-GONE.");

    assertThat(units.all()).extracting(RegisteredUnit::code).containsExactly("HU-DIENLUC");
    assertThat(units.byCode("HU-DIENLUC").orElseThrow().unit().name())
        .isEqualTo("Công ty Điện lực");
    assertThat(audit.entries).hasSize(1);
  }

  @Test
  void onlyStaffAndAdministratorsEditAndReportersDoNotOpenAUnit() {
    assertThatThrownBy(() -> registry.save("btv", input("HU-BTV", "Công ty BTV", null)))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage("Chỉ Ban Tổ chức và quản trị viên được sửa danh bạ đơn vị.");
    assertThatThrownBy(() -> registry.save("reporter", input("HU-REP", "Công ty Báo Cáo", null)))
        .isInstanceOf(AccessDeniedException.class);
    registry.save("admin", input("HU-ADM", "Công ty Quản Trị", null));
    assertThatThrownBy(() -> registry.edit("reporter", "HU-ADM"))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> registry.edit("btc", "HU-NONE"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("Không có đơn vị mã HU-NONE.");
    assertThat(units.all()).extracting(RegisteredUnit::code).containsExactly("HU-ADM");
  }

  private void assertRefused(UnitInput in, String code, String message) {
    assertThatThrownBy(() -> registry.save("btc", in))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(message)
        .satisfies(e -> assertThat(((InvalidInputException) e).code()).isEqualTo(code));
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
}
