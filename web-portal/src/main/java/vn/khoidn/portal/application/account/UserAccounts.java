package vn.khoidn.portal.application.account;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The port to the stored user accounts; each method is one statement in the caller's transaction.
 */
public interface UserAccounts {

  /**
   * The account with this user name, whatever its case.
   *
   * @param username the login name
   * @return the account, or empty
   */
  Optional<UserAccount> byUsername(String username);

  /**
   * Every account, by user name.
   *
   * @return the accounts
   */
  List<UserAccount> all();

  /**
   * Stores a new account.
   *
   * @param username the canonical login name
   * @param displayName the name shown
   * @param passwordHash the hashed password
   * @param organizationId the user's organization
   * @param roles the roles granted
   */
  void add(
      String username,
      String displayName,
      String passwordHash,
      long organizationId,
      Set<Role> roles);

  /**
   * Enables or disables an account.
   *
   * @param username the login name
   * @param enabled whether the user may log in
   */
  void setEnabled(String username, boolean enabled);

  /**
   * Replaces an account's password.
   *
   * @param username the login name
   * @param passwordHash the new hash
   */
  void changePassword(String username, String passwordHash);

  /**
   * Replaces an account's password with a one-time password: the user must choose a new one at the
   * next login before anything else.
   *
   * @param username the login name
   * @param passwordHash the one-time password's hash
   */
  void setOneTimePassword(String username, String passwordHash);

  /**
   * The stored hash of an account's password.
   *
   * @param username the login name
   * @return the hash, or empty if there is no such account
   */
  Optional<String> passwordHash(String username);

  /**
   * Whether an account's password is a one-time password that must be changed first.
   *
   * @param username the login name
   * @return true if the user must choose a new password
   */
  boolean mustChangePassword(String username);

  /**
   * Sets an account's contact details.
   *
   * @param username the login name
   * @param email the e-mail address, or null
   * @param phone the telephone number, or null
   */
  void setContact(String username, String email, String phone);
}
