package vn.khoidn.portal.application.exchange;

import java.time.LocalDate;
import java.util.List;
import vn.khoidn.portal.application.organization.OrganizationRow;

/**
 * The changes an organizations file makes to stored organizations, by code, in the caller's
 * transaction. Each is checked by the import first; a refusal here is a bug of that check.
 */
public interface OrganizationChanges {

  /**
   * Creates an organization under its parent from its establishment date.
   *
   * @param row code, name, kind, sector, parent and establishment date
   * @param adminName the administrator
   */
  void create(OrganizationRow row, String adminName);

  /**
   * Corrects the name and the sector.
   *
   * @param code the organization
   * @param name its name
   * @param sector its sector
   */
  void correct(String code, String name, vn.khoidn.domain.registry.Sector sector);

  /**
   * Places an organization in a host unit; its sector becomes the unit's.
   *
   * @param code the organization
   * @param hostUnitCode the unit
   */
  void placeIn(String code, String hostUnitCode);

  /**
   * Moves an organization under another parent from a day on.
   *
   * @param code the organization
   * @param newParentCode its new parent
   * @param on the first day under it
   * @param adminName the administrator
   */
  void move(String code, String newParentCode, LocalDate on, String adminName);

  /**
   * Records a dissolution.
   *
   * @param code the organization
   * @param on the first day it no longer exists
   * @param adminName the administrator
   */
  void dissolve(String code, LocalDate on, String adminName);

  /**
   * Corrects the establishment date, and the start of its first link to a parent with it.
   *
   * @param code the organization
   * @param on the day it was established
   */
  void reestablish(String code, LocalDate on);

  /**
   * The days an organization was moved under another parent after it was established.
   *
   * @param code the organization
   * @return the days, earliest first
   */
  List<LocalDate> moveDates(String code);
}
