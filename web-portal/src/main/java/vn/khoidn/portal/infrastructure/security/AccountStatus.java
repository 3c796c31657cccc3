package vn.khoidn.portal.infrastructure.security;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Whether a logged-in user may go on (enabled, and not holding a one-time password): read from the
 * database on every page request (one lookup by the unique user name), so that disabling a user
 * ends their sessions on every node at once.
 */
@ApplicationScoped
public class AccountStatus {

  @Resource(lookup = "java:app/jdbc/portal")
  private DataSource dataSource;

  /** Where a logged-in user stands. */
  public enum State {
    /** Removed or disabled: the session ends. */
    GONE,
    /** Logged in with a one-time password: only the change-password page answers. */
    MUST_CHANGE_PASSWORD,
    /** May go on. */
    ACTIVE
  }

  /**
   * Whether a user exists, is enabled, and has chosen their own password.
   *
   * @param username the user
   * @return their state
   */
  public State state(String username) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT enabled, password_change_required FROM user_account WHERE username = ?")) {
      s.setString(1, username);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next() || !r.getBoolean(1)) {
          return State.GONE;
        }
        return r.getBoolean(2) ? State.MUST_CHANGE_PASSWORD : State.ACTIVE;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Không đọc được trạng thái tài khoản.", e);
    }
  }
}
