package vn.khoidn.portal.application.account;

import java.util.Locale;
import java.util.Set;

/**
 * A user account as the application layer sees it.
 *
 * @param username the login name, in its canonical form
 * @param displayName the name shown in the portal
 * @param organizationId the user's organization
 * @param roles the roles granted
 * @param enabled whether the user may log in
 */
public record UserAccount(
    String username, String displayName, long organizationId, Set<Role> roles, boolean enabled) {

  /** Copies the roles. */
  public UserAccount {
    roles = Set.copyOf(roles);
  }

  /**
   * The canonical form of a user name: trimmed and in lower case.
   *
   * @param username a user name as typed
   * @return the stored form
   */
  public static String normalize(String username) {
    return username.trim().toLowerCase(Locale.ROOT);
  }
}
