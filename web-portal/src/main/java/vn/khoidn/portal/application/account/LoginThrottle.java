package vn.khoidn.portal.application.account;

import java.util.Set;

/**
 * The port to the login throttle: which names are locked after failed logins, and lifting a lock.
 */
public interface LoginThrottle {

  /**
   * The user names locked now, in lower case.
   *
   * @return the names
   */
  Set<String> lockedNames();

  /**
   * Lifts a name's lock and forgets its failures.
   *
   * @param username the name
   */
  void clear(String username);
}
