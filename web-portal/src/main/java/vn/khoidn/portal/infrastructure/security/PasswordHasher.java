package vn.khoidn.portal.infrastructure.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Hashes and checks passwords with PBKDF2 (HMAC-SHA-512, 210,000 iterations, as OWASP advises). The
 * stored form names its algorithm and iteration count, so hashes made with older settings still
 * verify.
 */
@ApplicationScoped
public class PasswordHasher implements vn.khoidn.portal.application.account.PasswordHashing {

  @Inject private Pbkdf2PasswordHash pbkdf2;

  @PostConstruct
  void configure() {
    pbkdf2.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32"));
  }

  /**
   * Hashes a password for storage.
   *
   * @param password the clear password
   * @return the stored form
   */
  @Override
  public String hash(String password) {
    return pbkdf2.generate(password.toCharArray());
  }

  /**
   * Checks a password against its stored form.
   *
   * @param password the clear password as typed
   * @param stored the stored form
   * @return whether they match
   */
  @Override
  public boolean matches(String password, String stored) {
    return password != null && stored != null && pbkdf2.verify(password.toCharArray(), stored);
  }
}
