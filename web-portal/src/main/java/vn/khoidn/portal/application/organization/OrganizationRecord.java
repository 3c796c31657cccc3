package vn.khoidn.portal.application.organization;

import java.time.LocalDate;
import vn.khoidn.domain.organization.OrganizationKind;
import vn.khoidn.domain.registry.Sector;

/**
 * An organization read as plain values for roll-ups, without loading entities: a national tree has
 * tens of thousands.
 *
 * @param id its database id
 * @param code its code
 * @param name its current name
 * @param kind its level
 * @param sector its sector
 * @param establishedOn when it was established, or null
 * @param dissolvedOn when it was dissolved, or null
 * @param hostUnitCode the code of the host unit it is placed in, or null
 */
public record OrganizationRecord(
    Long id,
    String code,
    String name,
    OrganizationKind kind,
    Sector sector,
    LocalDate establishedOn,
    LocalDate dissolvedOn,
    String hostUnitCode) {

  /**
   * Whether it exists on a day.
   *
   * @param day the day
   * @return true if established on or before it and not dissolved on or before it
   */
  public boolean existsOn(LocalDate day) {
    return (establishedOn == null || !day.isBefore(establishedOn))
        && (dissolvedOn == null || day.isBefore(dissolvedOn));
  }
}
