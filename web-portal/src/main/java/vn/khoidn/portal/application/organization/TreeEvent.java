package vn.khoidn.portal.application.organization;

import java.time.LocalDate;
import java.util.List;
import vn.khoidn.domain.organization.OrganizationKind;
import vn.khoidn.domain.registry.Sector;

/** One change of the tree, checked by domain-core's builder before it is stored. */
public sealed interface TreeEvent
    permits TreeEvent.Added, TreeEvent.Moved, TreeEvent.Renamed, TreeEvent.Dissolved {

  /**
   * The organization the change is about.
   *
   * @return its code
   */
  String code();

  /**
   * A new organization.
   *
   * @param code its code
   * @param name its name
   * @param kind its level
   * @param sector its sector
   * @param parentCode its parent, or null at the top
   * @param establishedOn the day it was established, or null
   */
  record Added(
      String code,
      String name,
      OrganizationKind kind,
      Sector sector,
      String parentCode,
      LocalDate establishedOn)
      implements TreeEvent {}

  /**
   * A move under another parent; the open link ends that day.
   *
   * @param code the organization
   * @param parentCode its new parent
   * @param on the first day under it
   */
  record Moved(String code, String parentCode, LocalDate on) implements TreeEvent {}

  /**
   * A new name from a day on.
   *
   * @param code the organization
   * @param name the new name
   * @param previousName the name before
   * @param on the first day of the new name
   */
  record Renamed(String code, String name, String previousName, LocalDate on)
      implements TreeEvent {}

  /**
   * A dissolution, with the organizations that took it over (none, one for a merger, several for a
   * split).
   *
   * @param code the organization
   * @param on the first day it no longer exists
   * @param successorCodes its successors
   */
  record Dissolved(String code, LocalDate on, List<String> successorCodes) implements TreeEvent {
    /** Copies the successors. */
    public Dissolved {
      successorCodes = List.copyOf(successorCodes);
    }
  }
}
