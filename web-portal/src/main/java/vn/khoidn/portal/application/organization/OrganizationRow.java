package vn.khoidn.portal.application.organization;

import java.io.Serializable;
import java.time.LocalDate;
import vn.khoidn.domain.organization.OrganizationKind;
import vn.khoidn.domain.registry.Sector;

/**
 * An organization as the administrator sees and creates it.
 *
 * @param code the code
 * @param name the name
 * @param kind the level
 * @param sector the host unit's sector
 * @param parentCode the current parent's code, or null at the top
 * @param establishedOn the day it was established, or null
 * @param dissolvedOn the day it was dissolved, or null
 */
public record OrganizationRow(
    String code,
    String name,
    OrganizationKind kind,
    Sector sector,
    String parentCode,
    LocalDate establishedOn,
    LocalDate dissolvedOn)
    implements Serializable {

  /**
   * The row of an organization.
   *
   * @param o the organization
   * @param parentCode its current parent's code, or null
   * @return its row
   */
  public static OrganizationRow of(OrganizationRef o, String parentCode) {
    return new OrganizationRow(
        o.code(), o.name(), o.kind(), o.sector(), parentCode, o.establishedOn(), o.dissolvedOn());
  }
}
