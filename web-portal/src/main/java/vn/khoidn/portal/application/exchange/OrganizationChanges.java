package vn.khoidn.portal.application.exchange;

import java.time.LocalDate;
import java.util.function.Consumer;
import vn.khoidn.domain.registry.Sector;
import vn.khoidn.portal.application.organization.TreeHistory;

/**
 * The changes an organizations file makes to stored organizations, by code, in the caller's
 * transaction: the tree's changes as one batch on the tree aggregate (checked by domain-core's
 * builder), the rest one by one.
 */
public interface OrganizationChanges {

  /**
   * Makes the file's tree changes on the aggregate: the tree is read once, every change is checked
   * against it and the changes before it, and all are stored, or none if one throws (or on a dry
   * run).
   *
   * @param adminName the administrator
   * @param dryRun true to check only
   * @param changes the changes
   */
  void changeTree(String adminName, boolean dryRun, Consumer<TreeHistory> changes);

  /**
   * Corrects the name and the sector.
   *
   * @param code the organization
   * @param name its name
   * @param sector its sector
   */
  void correct(String code, String name, Sector sector);

  /**
   * Places an organization in a host unit; its sector becomes the unit's.
   *
   * @param code the organization
   * @param hostUnitCode the unit
   */
  void placeIn(String code, String hostUnitCode);

  /**
   * Corrects the establishment date, and the start of its first link to a parent with it.
   *
   * @param code the organization
   * @param on the day it was established
   */
  void reestablish(String code, LocalDate on);
}
