package vn.khoidn.portal.application.account;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The account port in memory; passwords are kept as their hashes, as the adapter does. */
public final class InMemoryUserAccounts implements UserAccounts {

  private final Map<String, UserAccount> accounts = new LinkedHashMap<>();
  private final Map<String, String> hashes = new LinkedHashMap<>();
  private final java.util.Set<String> oneTime = new java.util.HashSet<>();

  /**
   * Stores an enabled account directly.
   *
   * @param username the login name
   * @param organizationId the organization
   * @param roles the roles
   * @return this store
   */
  public InMemoryUserAccounts with(String username, long organizationId, Role... roles) {
    add(username, username, "hash", organizationId, Set.of(roles));
    return this;
  }

  /**
   * The stored hash of a user's password.
   *
   * @param username the user
   * @return the hash
   */
  public String hashOf(String username) {
    return hashes.get(UserAccount.normalize(username));
  }

  @Override
  public Optional<UserAccount> byUsername(String username) {
    return username == null || username.isBlank()
        ? Optional.empty()
        : Optional.ofNullable(accounts.get(UserAccount.normalize(username)));
  }

  @Override
  public List<UserAccount> all() {
    return accounts.values().stream().sorted(Comparator.comparing(UserAccount::username)).toList();
  }

  @Override
  public void add(
      String username,
      String displayName,
      String passwordHash,
      long organizationId,
      Set<Role> roles) {
    accounts.put(username, new UserAccount(username, displayName, organizationId, roles, true));
    hashes.put(username, passwordHash);
  }

  @Override
  public void setEnabled(String username, boolean enabled) {
    UserAccount u = accounts.get(username);
    accounts.put(
        username,
        new UserAccount(u.username(), u.displayName(), u.organizationId(), u.roles(), enabled));
  }

  @Override
  public void changePassword(String username, String passwordHash) {
    hashes.put(username, passwordHash);
    oneTime.remove(username);
  }

  @Override
  public void setOneTimePassword(String username, String passwordHash) {
    hashes.put(username, passwordHash);
    oneTime.add(username);
  }

  @Override
  public Optional<String> passwordHash(String username) {
    return Optional.ofNullable(hashes.get(UserAccount.normalize(username)));
  }

  @Override
  public boolean mustChangePassword(String username) {
    return oneTime.contains(UserAccount.normalize(username));
  }

  @Override
  public void setContact(String username, String email, String phone) {}
}
