package vn.khoidn.portal.application.account;

/** The port that hashes a password before it is stored. */
public interface PasswordHashing {

  /**
   * Hashes a password with a fresh salt.
   *
   * @param password the clear password
   * @return the encoded hash
   */
  String hash(String password);

  /**
   * Checks a password against its stored hash.
   *
   * @param password the clear password as typed
   * @param stored the stored hash
   * @return whether they match
   */
  boolean matches(String password, String stored);
}
