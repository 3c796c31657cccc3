package vn.khoidn.portal.application.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Objects;
import vn.khoidn.domain.registry.TaxCode;
import vn.khoidn.portal.application.InvalidInputException;
import vn.khoidn.portal.application.account.AccessDeniedException;
import vn.khoidn.portal.application.account.AccessPolicy;
import vn.khoidn.portal.application.account.Actor;
import vn.khoidn.portal.application.account.Role;
import vn.khoidn.portal.application.audit.AuditEntry;
import vn.khoidn.portal.application.audit.AuditTrail;
import vn.khoidn.portal.application.organization.OrganizationDetails;
import vn.khoidn.portal.application.organization.OrganizationRef;
import vn.khoidn.portal.application.organization.Organizations;
import vn.khoidn.portal.application.time.PortalClock;

/**
 * Places a party organization in a host unit chosen from the registry (the administrator's
 * organizations page); the organization takes the unit's sector.
 */
@ApplicationScoped
public class PlacementService {

  @Inject private AccessPolicy access;
  @Inject private Organizations organizations;
  @Inject private HostUnitRepository units;
  @Inject private OrganizationDetails details;
  @Inject private AuditTrail audit;
  @Inject private PortalClock clock;

  /** For CDI. */
  protected PlacementService() {}

  /**
   * A placement over its ports, e.g. in memory for a test.
   *
   * @param access who may do what
   * @param organizations the organizations
   * @param units the registry
   * @param details where an organization's host unit is written
   * @param audit the audit trail
   * @param clock the clock
   */
  public PlacementService(
      AccessPolicy access,
      Organizations organizations,
      HostUnitRepository units,
      OrganizationDetails details,
      AuditTrail audit,
      PortalClock clock) {
    this.access = access;
    this.organizations = organizations;
    this.units = units;
    this.details = details;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * The registry's units to choose from, in Vietnamese name order.
   *
   * @param username an administrator
   * @return the units
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<UnitChoice> choices(String username) {
    requireAdmin(username);
    return units.all().stream()
        .map(
            u ->
                new UnitChoice(
                    u.code(), u.unit().name(), u.unit().tax().map(TaxCode::value).orElse("")))
        .toList();
  }

  /**
   * The host unit an organization sits in now.
   *
   * @param username an administrator
   * @param organizationCode the organization
   * @return the unit's code, or null if it has none
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public String unitOf(String username, String organizationCode) {
    requireAdmin(username);
    return organization(organizationCode).hostUnitCode();
  }

  /**
   * Places the organization in the unit; placing it where it already is changes nothing.
   *
   * @param username an administrator
   * @param organizationCode the organization
   * @param unitCode the unit
   * @return whether anything changed
   */
  @Transactional
  public boolean place(String username, String organizationCode, String unitCode) {
    Actor actor = requireAdmin(username);
    OrganizationRef org = organization(organizationCode);
    if (unitCode == null || unitCode.isBlank()) {
      throw new InvalidInputException("MISSING_HOST_UNIT", "Hãy chọn một đơn vị trong danh bạ.");
    }
    RegisteredUnit unit =
        units
            .byCode(unitCode)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "UNKNOWN_HOST_UNIT",
                        "Không có đơn vị mã \"" + unitCode + "\" trong danh bạ."));
    if (Objects.equals(org.hostUnitCode(), unit.code())) {
      return false;
    }
    details.placeIn(org.code(), unit.code());
    audit.record(
        new AuditEntry(
            clock.now(),
            actor.username(),
            null,
            org.id(),
            "organization:" + org.code() + ":host_unit",
            org.hostUnitCode(),
            unit.code()));
    return true;
  }

  private OrganizationRef organization(String code) {
    if (code == null || code.isBlank()) {
      throw new InvalidInputException("MISSING_ORGANIZATION", "Hãy chọn một tổ chức.");
    }
    return organizations
        .byCode(code)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "UNKNOWN_ORGANIZATION", "Không có tổ chức mã \"" + code + "\"."));
  }

  private Actor requireAdmin(String username) {
    Actor actor = access.actor(username);
    if (!actor.roles().contains(Role.ADMIN)) {
      throw new AccessDeniedException(
          "Chỉ quản trị viên được đặt tổ chức vào đơn vị trong danh bạ.");
    }
    return actor;
  }
}
