package vn.khoidn.portal.application.organization;

import java.time.LocalDate;
import vn.khoidn.domain.registry.Sector;

/**
 * The port for what an organization's import changes besides the tree's history: spelling and
 * sector, the host unit it sits in, a corrected establishment date.
 */
public interface OrganizationDetails {

  /**
   * Corrects the name and the sector (a spelling correction, not a rename with a date).
   *
   * @param code the organization
   * @param name the name
   * @param sector the sector
   */
  void correct(String code, String name, Sector sector);

  /**
   * Places the organization in a host unit of the registry; its sector becomes the unit's.
   *
   * @param code the organization
   * @param hostUnitCode the unit
   * @throws vn.khoidn.portal.application.InvalidInputException if there is no such unit
   */
  void placeIn(String code, String hostUnitCode);

  /**
   * Corrects the establishment date; the first parent link starts with it if it started with the
   * old one.
   *
   * @param code the organization
   * @param on the corrected date
   */
  void reestablish(String code, LocalDate on);
}
