package vn.khoidn.portal.infrastructure.security;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Whether a logged-in user may go on: read from the database on every page request (one lookup by
 * the unique user name), so that disabling a user ends their sessions on every node at once.
 */
@ApplicationScoped
public class AccountStatus {

  @Resource(lookup = "java:app/jdbc/portal")
  private DataSource dataSource;

  /**
   * Whether a user exists and is enabled.
   *
   * @param username the user
   * @return true if they may go on
   */
  public boolean isEnabled(String username) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("SELECT enabled FROM user_account WHERE username = ?")) {
      s.setString(1, username);
      try (ResultSet r = s.executeQuery()) {
        return r.next() && r.getBoolean(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Không đọc được trạng thái tài khoản.", e);
    }
  }
}
