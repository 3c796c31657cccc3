package vn.khoidn.portal.application.organization;

import java.time.LocalDate;
import java.util.List;

/**
 * The stored tree with its whole history, as plain values read in a bounded number of statements.
 *
 * @param organizations every organization (its name is the latest one)
 * @param links every parent link, each with its validity
 * @param renames every rename, with the name before it
 * @param successions every succession of a dissolved organization by another
 */
public record TreeRecords(
    List<OrganizationRef> organizations,
    List<Link> links,
    List<Rename> renames,
    List<Succession> successions) {

  /** Copies the lists. */
  public TreeRecords {
    organizations = List.copyOf(organizations);
    links = List.copyOf(links);
    renames = List.copyOf(renames);
    successions = List.copyOf(successions);
  }

  /**
   * A parent link.
   *
   * @param childCode the organization
   * @param parentCode its parent during the link
   * @param from the first day, or null for "since it was established"
   * @param until the first day no longer under that parent, or null while open
   */
  public record Link(String childCode, String parentCode, LocalDate from, LocalDate until) {}

  /**
   * A rename.
   *
   * @param code the organization
   * @param name the new name
   * @param previousName the name before
   * @param from the first day of the new name
   */
  public record Rename(String code, String name, String previousName, LocalDate from) {}

  /**
   * A dissolved organization taken over by another.
   *
   * @param predecessorCode the dissolved organization
   * @param successorCode the organization that took it over
   * @param on the day of the merger or split
   */
  public record Succession(String predecessorCode, String successorCode, LocalDate on) {}
}
