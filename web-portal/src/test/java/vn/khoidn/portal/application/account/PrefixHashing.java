package vn.khoidn.portal.application.account;

/**
 * A readable stand-in for PBKDF2 in unit tests: the hash of {@code p} is the prefix and {@code p}.
 */
public final class PrefixHashing implements PasswordHashing {

  private final String prefix;

  /**
   * A hashing that prefixes.
   *
   * @param prefix e.g. {@code "hash:"}
   */
  public PrefixHashing(String prefix) {
    this.prefix = prefix;
  }

  @Override
  public String hash(String password) {
    return prefix + password;
  }

  @Override
  public boolean matches(String password, String stored) {
    return stored != null && stored.equals(prefix + password);
  }
}
