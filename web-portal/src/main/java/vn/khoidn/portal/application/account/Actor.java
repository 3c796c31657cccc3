package vn.khoidn.portal.application.account;

import java.io.Serializable;
import java.util.Set;

/**
 * Who is acting: a user, their organization and their roles.
 *
 * @param username the login name
 * @param organizationId the id of the user's organization
 * @param roles the roles granted
 */
public record Actor(String username, long organizationId, Set<Role> roles) implements Serializable {

  /** Copies the roles. */
  public Actor {
    roles = Set.copyOf(roles);
  }

  /** Staff (Ban Tổ chức) or an administrator: opens rounds, reviews, corrects. */
  public boolean isStaff() {
    return roles.contains(Role.STAFF) || roles.contains(Role.ADMIN);
  }

  /** A reporter of a grassroots organization or a subordinate cell. */
  public boolean isReporter() {
    return roles.contains(Role.REPORTER);
  }
}
