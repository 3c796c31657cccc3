package vn.khoidn.portal.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import vn.khoidn.portal.infrastructure.persistence.jpa.JpaUserAccountRepository;

/** Counts failed logins: five in a row lock an account for 15 minutes. */
@ApplicationScoped
public class LoginAttempts {

  /** Failed logins in a row before an account is locked. */
  public static final int MAX_FAILED_LOGINS = 5;

  /** How long a locked account stays locked. */
  public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

  @Inject private JpaUserAccountRepository accounts;

  /**
   * Records the outcome of a login attempt in a transaction of its own, so that it is kept whatever
   * happens to the request.
   *
   * @param username the name typed
   * @param succeeded whether the password was right
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void record(String username, boolean succeeded) {
    accounts
        .findByUsername(username)
        .ifPresent(
            account -> {
              if (succeeded) {
                account.recordSuccessfulLogin();
              } else {
                account.recordFailedLogin(MAX_FAILED_LOGINS, LOCK_DURATION);
              }
            });
  }
}
