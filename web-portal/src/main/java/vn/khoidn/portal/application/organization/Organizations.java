package vn.khoidn.portal.application.organization;

import java.util.List;
import java.util.Optional;

/**
 * The port through which the application layer reads organizations, each read a bounded number of
 * SQL statements. Implemented in infrastructure; the tree's changes go through {@link
 * OrganizationService}.
 */
public interface Organizations {

  /**
   * The organization with this code, compared exactly.
   *
   * @param code the code
   * @return it, or empty
   */
  Optional<OrganizationRef> byCode(String code);

  /**
   * The organization with this id.
   *
   * @param id the id
   * @return it, or empty
   */
  Optional<OrganizationRef> byId(long id);

  /**
   * Every organization, by code.
   *
   * @return the organizations
   */
  List<OrganizationRef> all();

  /**
   * The organizations directly under one today, in Vietnamese name order.
   *
   * @param parentId the parent
   * @return its children
   */
  List<OrganizationRef> children(long parentId);

  /**
   * An organization and everything under it today, parents before children (siblings in Vietnamese
   * name order), read in one statement.
   *
   * @param topId the top
   * @return the subtree, empty if there is no such organization
   */
  List<OrganizationRef> subtree(long topId);

  /**
   * Whether an organization is the given top or lies under it today, in one statement.
   *
   * @param organizationId the organization
   * @param topId the top
   * @return true if it is in the top's subtree
   */
  boolean isWithin(long organizationId, long topId);
}
