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
}
