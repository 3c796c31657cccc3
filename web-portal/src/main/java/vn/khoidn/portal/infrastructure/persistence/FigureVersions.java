package vn.khoidn.portal.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javax.sql.DataSource;
import vn.khoidn.portal.application.figure.PeriodVersions;

/**
 * The version of each period's countable figures, kept in the database so that every node of the
 * cluster sees the same one. A version is a random number, not a counter: a database restored from
 * a backup, or another database, can never present a version a cache already holds for different
 * figures.
 *
 * <p>Writers call {@link #changed} inside the transaction that changes the figures, so the new
 * version becomes visible exactly when the figures do. Each period's row is locked until that
 * transaction ends; writers take the rows in the order of the period codes, so two writers never
 * wait for each other in a circle.
 */
@ApplicationScoped
public class FigureVersions implements PeriodVersions {

  private static final SecureRandom RANDOM = new SecureRandom();

  @Resource(lookup = "java:app/jdbc/portal")
  private DataSource dataSource;

  /** For CDI. */
  public FigureVersions() {}

  /**
   * Versions kept in a given data source, outside a container.
   *
   * @param dataSource the database
   */
  public FigureVersions(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public java.util.Set<String> missing(Collection<String> periodCodes) {
    java.util.Set<String> missing = new TreeSet<>(periodCodes);
    if (missing.isEmpty()) {
      return missing;
    }
    List<String> codes = List.copyOf(missing);
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT period_code FROM figure_version WHERE period_code IN ("
                    + String.join(",", Collections.nCopies(codes.size(), "?"))
                    + ")")) {
      for (int i = 0; i < codes.size(); i++) {
        s.setString(i + 1, codes.get(i));
      }
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          missing.remove(rs.getString(1));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Không đọc được phiên bản số liệu / figure versions could not be read", e);
    }
    return missing;
  }

  /**
   * Gives the periods that have no version row one, in a transaction of its own that ends at once:
   * writers that create the same row at the same time then never hold it while they wait for each
   * other's locks.
   *
   * @param periodCodes the periods
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  @Override
  public void ensure(Collection<String> periodCodes) {
    current(periodCodes);
  }

  /**
   * Locks the periods' rows until the caller's transaction ends, in the order of their codes, so
   * that writers of the same periods take turns: the second reads the figures the first wrote. Call
   * {@link #ensure} first (through the bean, outside the writer's transaction) for periods that may
   * be new.
   *
   * @param periodCodes the periods
   */
  @Override
  public void lock(Collection<String> periodCodes) {
    if (periodCodes.isEmpty()) {
      return;
    }
    List<String> codes = List.copyOf(new TreeSet<>(periodCodes));
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT period_code FROM figure_version WHERE period_code IN ("
                    + String.join(",", Collections.nCopies(codes.size(), "?"))
                    + ") ORDER BY period_code FOR UPDATE")) {
      for (int i = 0; i < codes.size(); i++) {
        s.setString(i + 1, codes.get(i));
      }
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          // Each row read is locked.
        }
      }
    } catch (SQLException e) {
      if (lockTimeout(e)) {
        throw new vn.khoidn.portal.application.figure.WritersBusyException(e);
      }
      throw new IllegalStateException(
          "Không khóa được phiên bản số liệu / figure versions could not be locked", e);
    }
  }

  /** MySQL/MariaDB's lock wait timeout (1205), or H2's (HYT00 / 50200). */
  private static boolean lockTimeout(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException s
          && (s.getErrorCode() == 1205
              || s.getErrorCode() == 50200
              || "HYT00".equals(s.getSQLState()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The current version of each period's figures. A period seen for the first time is given one.
   *
   * @param periodCodes the periods
   * @return the version of each
   */
  public Map<String, Long> current(Collection<String> periodCodes) {
    Map<String, Long> versions = new HashMap<>();
    if (periodCodes.isEmpty()) {
      return versions;
    }
    try (Connection c = dataSource.getConnection()) {
      List<String> codes = List.copyOf(new TreeSet<>(periodCodes));
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT period_code, stamp FROM figure_version WHERE period_code IN ("
                  + String.join(",", Collections.nCopies(codes.size(), "?"))
                  + ")")) {
        for (int i = 0; i < codes.size(); i++) {
          s.setString(i + 1, codes.get(i));
        }
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            versions.put(rs.getString(1), rs.getLong(2));
          }
        }
      }
      for (String code : codes) {
        if (!versions.containsKey(code)) {
          versions.put(code, introduce(c, code));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Không đọc được phiên bản số liệu / figure versions could not be read", e);
    }
    return versions;
  }

  /**
   * Gives the periods new versions, in the caller's transaction.
   *
   * @param periodCodes the periods whose countable figures changed
   */
  @Override
  public void changed(Collection<String> periodCodes) {
    if (periodCodes.isEmpty()) {
      return;
    }
    try (Connection c = dataSource.getConnection();
        PreparedStatement update =
            c.prepareStatement("UPDATE figure_version SET stamp = ? WHERE period_code = ?")) {
      for (String code : new TreeSet<>(periodCodes)) {
        update.setLong(1, RANDOM.nextLong());
        update.setString(2, code);
        if (update.executeUpdate() == 0) {
          introduce(c, code);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Không ghi được phiên bản số liệu / figure versions could not be written", e);
    }
  }

  /** Adds a period's first version; if another request added it first, reads theirs. */
  private static long introduce(Connection c, String code) throws SQLException {
    long stamp = RANDOM.nextLong();
    try (PreparedStatement insert =
        c.prepareStatement("INSERT INTO figure_version (period_code, stamp) VALUES (?, ?)")) {
      insert.setString(1, code);
      insert.setLong(2, stamp);
      insert.executeUpdate();
      return stamp;
    } catch (SQLException duplicate) {
      try (PreparedStatement s =
          c.prepareStatement("SELECT stamp FROM figure_version WHERE period_code = ?")) {
        s.setString(1, code);
        try (ResultSet rs = s.executeQuery()) {
          if (rs.next()) {
            return rs.getLong(1);
          }
        }
      }
      throw duplicate;
    }
  }
}
