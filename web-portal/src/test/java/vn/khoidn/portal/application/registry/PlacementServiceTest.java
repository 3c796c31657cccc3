package vn.khoidn.portal.application.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import vn.khoidn.portal.application.InvalidInputException;
import vn.khoidn.portal.application.account.AccessDeniedException;
import vn.khoidn.portal.application.account.Role;
import vn.khoidn.portal.application.exchange.InMemoryAuditTrail;
import vn.khoidn.portal.application.exchange.InMemoryOrganizations;
import vn.khoidn.portal.application.organization.OrganizationDetails;
import vn.khoidn.portal.application.organization.OrganizationRef;
import vn.khoidn.portal.application.time.PortalClock;
import vn.khoidn.portal.testsupport.FixedUsers;

/** The administrator places an organization in a unit chosen from the registry. */
class PlacementServiceTest {

  private static final Instant NOW = Instant.parse("2023-03-01T03:00:00Z");

  private InMemoryOrganizations organizations;
  private InMemoryAuditTrail audit;
  private PlacementService placements;

  @BeforeEach
  void setUp() {
    organizations = new InMemoryOrganizations();
    organizations.add("DUK", OrganizationKind.BLOC, null, LocalDate.of(2000, 1, 1));
    organizations.add("CB1", OrganizationKind.GRASSROOTS_CELL, "DUK", LocalDate.of(2010, 1, 1));
    InMemoryHostUnits units = new InMemoryHostUnits();
    units.add(
        new HostUnit(
            "HU-BANK",
            "Ngân hàng Đầu tư",
            LegalForm.BANK_BRANCH,
            Sector.CREDIT,
            new TaxCode("0100150619001"),
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
        HostUnit.of("HU-CHE", "Công ty Chè", LegalForm.JOINT_STOCK, Sector.NON_STATE),
        null,
        null,
        "test",
        NOW);
    // The details port as the adapter writes it: the unit's code, and the unit's sector.
    OrganizationDetails details =
        new OrganizationDetails() {
          @Override
          public void correct(String code, String name, Sector sector) {
            throw new UnsupportedOperationException("not placed by this use case");
          }

          @Override
          public void placeIn(String code, String hostUnitCode) {
            OrganizationRef o = organizations.get(code);
            organizations.replace(
                new OrganizationRef(
                    o.id(),
                    code,
                    o.name(),
                    o.kind(),
                    units.byCode(hostUnitCode).orElseThrow().unit().sector(),
                    o.parentId(),
                    hostUnitCode,
                    o.establishedOn(),
                    o.dissolvedOn()));
          }

          @Override
          public void reestablish(String code, LocalDate on) {
            throw new UnsupportedOperationException("not placed by this use case");
          }
        };
    audit = new InMemoryAuditTrail();
    FixedUsers access =
        new FixedUsers(organizations)
            .user("admin", "DUK", Role.ADMIN)
            .user("btc", "DUK", Role.STAFF);
    placements =
        new PlacementService(
            access,
            organizations,
            units,
            details,
            audit,
            new PortalClock(Clock.fixed(NOW, ZoneId.of("Asia/Ho_Chi_Minh"))));
  }

  @Test
  void theUnitsToChooseFromAreNamedWithTheirCodeAndTaxCodeInNameOrder() {
    assertThat(placements.choices("admin"))
        .extracting(UnitChoice::label)
        .containsExactly("Công ty Chè (HU-CHE)", "Ngân hàng Đầu tư (HU-BANK, MST 0100150619001)");
  }

  @Test
  void anOrganizationPlacedInAUnitTakesItsSectorAndTheChangeIsAudited() {
    assertThat(placements.place("admin", "CB1", "HU-BANK")).isTrue();

    assertThat(organizations.get("CB1").hostUnitCode()).isEqualTo("HU-BANK");
    assertThat(organizations.get("CB1").sector()).isEqualTo(Sector.CREDIT);
    assertThat(placements.unitOf("admin", "CB1")).isEqualTo("HU-BANK");
    assertThat(audit.entries).hasSize(1);
    assertThat(audit.entries.get(0).subject()).isEqualTo("organization:CB1:host_unit");
    assertThat(audit.entries.get(0).newValue()).isEqualTo("HU-BANK");

    assertThat(placements.place("admin", "CB1", "HU-BANK")).as("already there").isFalse();
    assertThat(audit.entries).hasSize(1);
  }

  @Test
  void anUnknownUnitOrANonAdministratorIsRefused() {
    assertThatThrownBy(() -> placements.place("admin", "CB1", "HU-NONE"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("Không có đơn vị mã \"HU-NONE\" trong danh bạ.");
    assertThatThrownBy(() -> placements.place("btc", "CB1", "HU-BANK"))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(organizations.get("CB1").hostUnitCode()).isNull();
  }
}
