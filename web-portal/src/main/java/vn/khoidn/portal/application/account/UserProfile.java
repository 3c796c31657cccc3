package vn.khoidn.portal.application.account;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import vn.khoidn.portal.application.organization.OrganizationView;

/**
 * Who is logged in and where they stand in the tree.
 *
 * @param username the login name
 * @param displayName the name shown in the portal
 * @param roles the roles granted
 * @param organization the user's organization
 * @param parent the organization above it, or null for the bloc committee
 * @param children the organizations directly under it
 */
public record UserProfile(
    String username,
    String displayName,
    Set<Role> roles,
    OrganizationView organization,
    OrganizationView parent,
    List<OrganizationView> children)
    implements Serializable {

  /** Copies the collections so the profile cannot change after it is made. */
  public UserProfile {
    roles = Set.copyOf(roles);
    children = List.copyOf(children);
  }
}
