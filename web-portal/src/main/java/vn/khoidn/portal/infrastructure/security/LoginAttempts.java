package vn.khoidn.portal.infrastructure.security;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import vn.khoidn.portal.application.time.PortalClock;

/**
 * Failed logins and the short locks they earn, per typed user name and per source address, shared
 * by every node through the database.
 *
 * <ul>
 *   <li>A user name is locked after {@value #ACCOUNT_THRESHOLD} failures in a row: for 1 minute,
 *       then twice as long after each further failure, at most {@link #MAX_LOCK} (15 minutes). So
 *       an anonymous guesser can keep an account shut for 15 minutes at a time at most, and an
 *       administrator can lift the lock at once from the users page.
 *   <li>A source address is locked after {@value #SOURCE_THRESHOLD} failures, whatever names it
 *       tried, on the same scale.
 *   <li>Failures are forgotten {@link #FORGET_AFTER} (an hour) after the last one, so a patient
 *       guesser gets one try per 15 minutes; a successful login clears its user name's count.
 *   <li>Names are counted whether or not they belong to anybody, with the same answers and the same
 *       work, so neither the message nor the time taken tells which names exist.
 * </ul>
 *
 * <p>Every change is one SQL statement in auto-commit ({@code failures = failures + 1}), so
 * parallel guesses are all counted and none fails on a lock conflict.
 */
@ApplicationScoped
public class LoginAttempts implements vn.khoidn.portal.application.account.LoginThrottle {

  /** Failures of one user name before it is locked. */
  public static final int ACCOUNT_THRESHOLD = 5;

  /** Failures from one source address before it is locked. */
  public static final int SOURCE_THRESHOLD = 50;

  /** The first lock. */
  public static final Duration FIRST_LOCK = Duration.ofMinutes(1);

  /** The longest lock. */
  public static final Duration MAX_LOCK = Duration.ofMinutes(15);

  /** How long after the last failure the count starts again. */
  public static final Duration FORGET_AFTER = Duration.ofHours(1);

  private static final String ACCOUNT = "account:";
  private static final String SOURCE = "source:";

  @Resource(lookup = "java:app/jdbc/portal")
  private DataSource dataSource;

  @Inject private PortalClock clock;

  /** For CDI. */
  protected LoginAttempts() {}

  /**
   * A throttle over a data source, outside the container (tests).
   *
   * @param dataSource the portal's database
   * @param clock the portal's clock
   */
  public LoginAttempts(DataSource dataSource, PortalClock clock) {
    this.dataSource = dataSource;
    this.clock = clock;
  }

  /**
   * How long logins of a user name from a source are refused, if they are now.
   *
   * @param username the name typed
   * @param source the caller's address
   * @return the time left, or empty if a login may be tried
   */
  public Optional<Duration> lockedFor(String username, String source) {
    Instant now = clock.now();
    Instant until = null;
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT locked_until FROM login_throttle WHERE throttle_key IN (?, ?)"
                    + " AND locked_until > ?")) {
      s.setString(1, accountKey(username));
      s.setString(2, sourceKey(source));
      s.setTimestamp(3, Timestamp.from(now));
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          Instant t = r.getTimestamp(1).toInstant();
          until = until == null || t.isAfter(until) ? t : until;
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Không đọc được số lần đăng nhập sai.", e);
    }
    return until == null ? Optional.empty() : Optional.of(Duration.between(now, until));
  }

  /**
   * Counts a failed login against the name and the source, locking either at its threshold.
   *
   * @param username the name typed
   * @param source the caller's address
   */
  public void failed(String username, String source) {
    Instant now = clock.now();
    count(accountKey(username), ACCOUNT_THRESHOLD, now);
    count(sourceKey(source), SOURCE_THRESHOLD, now);
  }

  /**
   * Clears a user name's count after a successful login.
   *
   * @param username the user
   */
  public void succeeded(String username) {
    clear(username);
  }

  /**
   * Lifts a user name's lock and clears its count (the administrator's "Mở khóa đăng nhập").
   *
   * @param username the user
   */
  @Override
  public void clear(String username) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("DELETE FROM login_throttle WHERE throttle_key = ?")) {
      s.setString(1, accountKey(username));
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Không xóa được số lần đăng nhập sai.", e);
    }
  }

  /**
   * The user names locked now.
   *
   * @return the names, in lower case
   */
  @Override
  public Set<String> lockedNames() {
    Set<String> names = new HashSet<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT throttle_key FROM login_throttle WHERE throttle_key LIKE ?"
                    + " AND locked_until > ?")) {
      s.setString(1, ACCOUNT + "%");
      s.setTimestamp(2, Timestamp.from(clock.now()));
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          names.add(r.getString(1).substring(ACCOUNT.length()));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Không đọc được số lần đăng nhập sai.", e);
    }
    return names;
  }

  /** The lock earned by the failure that brought the count to {@code failures}. */
  static Duration lockAfter(int failures, int threshold) {
    if (failures < threshold) {
      return Duration.ZERO;
    }
    int doublings = Math.min(failures - threshold, 10);
    Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
    return lock.compareTo(MAX_LOCK) > 0 ? MAX_LOCK : lock;
  }

  private void count(String key, int threshold, Instant now) {
    Timestamp at = Timestamp.from(now);
    Timestamp forgotten = Timestamp.from(now.minus(FORGET_AFTER));
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(true);
      int updated;
      try (PreparedStatement s =
          c.prepareStatement(
              "UPDATE login_throttle SET failures = CASE WHEN last_failure < ? THEN 1"
                  + " ELSE failures + 1 END, last_failure = ? WHERE throttle_key = ?")) {
        s.setTimestamp(1, forgotten);
        s.setTimestamp(2, at);
        s.setString(3, key);
        updated = s.executeUpdate();
      }
      if (updated == 0) {
        try (PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO login_throttle (throttle_key, failures, last_failure)"
                    + " VALUES (?, 1, ?)")) {
          s.setString(1, key);
          s.setTimestamp(2, at);
          s.executeUpdate();
        } catch (SQLIntegrityConstraintViolationException raced) {
          // Another node inserted the row between the two statements: count on it.
          count(key, threshold, now);
          return;
        } catch (SQLException e) {
          if (!"23505".equals(e.getSQLState()) && !"23000".equals(e.getSQLState())) {
            throw e;
          }
          count(key, threshold, now);
          return;
        }
      }
      if (threshold > 1) {
        // Lock from the count this failure reached; a later failure only ever lengthens it.
        try (PreparedStatement s =
            c.prepareStatement(
                "UPDATE login_throttle SET locked_until = ? WHERE throttle_key = ?"
                    + " AND failures >= ? AND last_failure = ?"
                    + " AND (locked_until IS NULL OR locked_until < ?)")) {
          int failures = failures(c, key);
          Duration lock = lockAfter(failures, threshold);
          if (lock.isZero()) {
            return;
          }
          Timestamp until = Timestamp.from(now.plus(lock));
          s.setTimestamp(1, until);
          s.setString(2, key);
          s.setInt(3, threshold);
          s.setTimestamp(4, at);
          s.setTimestamp(5, until);
          s.executeUpdate();
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Không ghi được lần đăng nhập sai.", e);
    }
  }

  private static int failures(Connection c, String key) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("SELECT failures FROM login_throttle WHERE throttle_key = ?")) {
      s.setString(1, key);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getInt(1) : 0;
      }
    }
  }

  private static String accountKey(String username) {
    String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    return ACCOUNT + (name.length() > 200 ? name.substring(0, 200) : name);
  }

  private static String sourceKey(String source) {
    return SOURCE + (source == null ? "?" : source);
  }
}
