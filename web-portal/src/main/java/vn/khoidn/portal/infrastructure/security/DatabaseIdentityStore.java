package vn.khoidn.portal.infrastructure.security;

import static jakarta.security.enterprise.identitystore.CredentialValidationResult.INVALID_RESULT;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import java.util.stream.Collectors;
import vn.khoidn.portal.infrastructure.persistence.jpa.JpaUserAccountRepository;
import vn.khoidn.portal.infrastructure.persistence.jpa.UserAccountEntity;

/**
 * Checks user names and passwords against the user table; a user's roles are their groups. Failed
 * attempts are counted and throttled by {@link PortalAuthenticationMechanism} through {@link
 * LoginAttempts}, which sees the caller's address too.
 */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {

  @Inject private JpaUserAccountRepository accounts;
  @Inject private PasswordHasher hasher;

  /**
   * Validates a user name and password.
   *
   * @param credential what the user typed
   * @return the caller and groups, or the invalid result
   */
  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    UserAccountEntity account = accounts.findByUsername(credential.getCaller()).orElse(null);
    if (account == null || !account.isEnabled()) {
      // Spend the same time as a real check, so that response times do not reveal which names
      // exist.
      hasher.matches(credential.getPasswordAsString(), DUMMY_HASH);
      return INVALID_RESULT;
    }
    if (!hasher.matches(credential.getPasswordAsString(), account.getPasswordHash())) {
      return INVALID_RESULT;
    }
    Set<String> groups = account.getRoles().stream().map(Enum::name).collect(Collectors.toSet());
    return new CredentialValidationResult(account.getUsername(), groups);
  }

  private static final String DUMMY_HASH =
      "PBKDF2WithHmacSHA512:210000:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=:"
          + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
}
