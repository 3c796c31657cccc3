package vn.khoidn.portal.application.organization;

import java.io.Serializable;
import java.time.LocalDate;
import vn.khoidn.domain.organization.OrganizationKind;
import vn.khoidn.domain.registry.Sector;

/**
 * An organization as the application layer sees it: plain values, never a JPA entity.
 *
 * @param id its database id
 * @param code its code, compared exactly
 * @param name its current name
 * @param kind its level
 * @param sector its sector
 * @param parentId its parent today, or null at the top
 * @param hostUnitCode the code of the host unit it is placed in, or null
 * @param establishedOn when it was established, or null if unknown
 * @param dissolvedOn the first day it no longer existed, or null
 */
public record OrganizationRef(
    long id,
    String code,
    String name,
    OrganizationKind kind,
    Sector sector,
    Long parentId,
    String hostUnitCode,
    LocalDate establishedOn,
    LocalDate dissolvedOn)
    implements Serializable {

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

  /**
   * Whether it existed on some day of a span.
   *
   * @param from the first day
   * @param to the last day
   * @return true if its life overlaps the span
   */
  public boolean existsBetween(LocalDate from, LocalDate to) {
    return (establishedOn == null || !establishedOn.isAfter(to))
        && (dissolvedOn == null || dissolvedOn.isAfter(from));
  }
}
