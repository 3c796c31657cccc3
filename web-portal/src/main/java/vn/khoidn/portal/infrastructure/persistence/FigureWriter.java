package vn.khoidn.portal.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import vn.khoidn.domain.registry.Sector;

/**
 * Reads and writes back-loaded figures (those on no form) in batches through JDBC, inside the
 * caller's transaction: an import of a hundred thousand figures would take minutes one JPA entity
 * at a time.
 */
@ApplicationScoped
public class FigureWriter {

  @Resource(lookup = "java:app/jdbc/portal")
  private DataSource dataSource;

  /**
   * A back-loaded figure.
   *
   * @param organizationId the organization's id
   * @param periodCode the period
   * @param indicatorCode the indicator
   * @param sector the sector of a part, or null for a total
   * @param value the value
   */
  public record Figure(
      long organizationId,
      String periodCode,
      String indicatorCode,
      Sector sector,
      BigDecimal value) {

    /** The key that identifies the figure. */
    public String key() {
      return organizationId + "|" + periodCode + "|" + indicatorCode + "|" + sector;
    }
  }

  /**
   * The back-loaded figures of some periods, by {@link Figure#key()}: id and value.
   *
   * @param periodCodes the periods
   * @return id and value of each
   */
  public Map<String, Object[]> existing(Collection<String> periodCodes) {
    Map<String, Object[]> found = new HashMap<>();
    if (periodCodes.isEmpty()) {
      return found;
    }
    String sql =
        "SELECT id, organization_id, period_code, indicator_code, sector, numeric_value FROM data_value"
            + " WHERE form_id IS NULL AND period_code IN ("
            + String.join(",", Collections.nCopies(periodCodes.size(), "?"))
            + ")";
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      int i = 1;
      for (String p : periodCodes) {
        s.setString(i++, p);
      }
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          String sector = rs.getString(5);
          Figure f =
              new Figure(
                  rs.getLong(2),
                  rs.getString(3),
                  rs.getString(4),
                  sector == null ? null : Sector.valueOf(sector),
                  rs.getBigDecimal(6));
          found.put(f.key(), new Object[] {rs.getLong(1), f.value()});
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Không đọc được số liệu / figures could not be read", e);
    }
    return found;
  }

  /**
   * Inserts new figures and changes the values of existing ones.
   *
   * @param inserts the new figures
   * @param updates the ids and new values of existing figures
   * @param by who imported them
   */
  public void write(List<Figure> inserts, Map<Long, BigDecimal> updates, String by) {
    Timestamp now = Timestamp.from(Instant.now());
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO data_value (organization_id, period_code, indicator_code, sector,"
                  + " numeric_value, updated_at, updated_by, version) VALUES (?, ?, ?, ?, ?, ?, ?, 0)")) {
        int n = 0;
        for (Figure f : inserts) {
          s.setLong(1, f.organizationId());
          s.setString(2, f.periodCode());
          s.setString(3, f.indicatorCode());
          s.setString(4, f.sector() == null ? null : f.sector().name());
          s.setBigDecimal(5, f.value());
          s.setTimestamp(6, now);
          s.setString(7, by);
          s.addBatch();
          if (++n % 1000 == 0) {
            s.executeBatch();
          }
        }
        s.executeBatch();
      }
      try (PreparedStatement s =
          c.prepareStatement(
              "UPDATE data_value SET numeric_value = ?, updated_at = ?, updated_by = ?,"
                  + " version = version + 1 WHERE id = ?")) {
        int n = 0;
        for (Map.Entry<Long, BigDecimal> u : updates.entrySet()) {
          s.setBigDecimal(1, u.getValue());
          s.setTimestamp(2, now);
          s.setString(3, by);
          s.setLong(4, u.getKey());
          s.addBatch();
          if (++n % 1000 == 0) {
            s.executeBatch();
          }
        }
        s.executeBatch();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Không ghi được số liệu / figures could not be written", e);
    }
  }
}
