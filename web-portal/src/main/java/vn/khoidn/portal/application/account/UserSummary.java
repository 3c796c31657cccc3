package vn.khoidn.portal.application.account;

import java.io.Serializable;
import java.util.Set;

/**
 * A user as the administrator's list shows it.
 *
 * @param username the login name
 * @param displayName the name
 * @param organizationCode the organization's code
 * @param organizationName the organization's name
 * @param roles the roles
 * @param enabled whether the user may log in
 * @param locked whether the account is locked after failed logins
 */
public record UserSummary(
    String username,
    String displayName,
    String organizationCode,
    String organizationName,
    Set<Role> roles,
    boolean enabled,
    boolean locked)
    implements Serializable {

  /** Copies the roles. */
  public UserSummary {
    roles = Set.copyOf(roles);
  }
}
