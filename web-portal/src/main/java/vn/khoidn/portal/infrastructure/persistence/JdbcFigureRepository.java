package vn.khoidn.portal.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;
import vn.khoidn.domain.registry.Sector;
import vn.khoidn.domain.submission.FormStatus;
import vn.khoidn.portal.application.figure.FigureRepository;

/**
 * The figure table through JDBC, in batches, inside the caller's transaction: the one place that
 * writes {@code data_value} (an import of a hundred thousand figures would take minutes one JPA
 * entity at a time, and one writer keeps one rule).
 */
@ApplicationScoped
public class JdbcFigureRepository implements FigureRepository {

  /** The most values one IN list carries. */
  private static final int CHUNK = 500;

  @Resource(lookup = "java:app/jdbc/portal")
  private DataSource dataSource;

  /** For CDI. */
  public JdbcFigureRepository() {}

  /**
   * A repository over a given data source, outside a container.
   *
   * @param dataSource the database
   */
  public JdbcFigureRepository(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public List<Stored> figuresOf(Collection<Long> organizationIds, Collection<String> periodCodes) {
    List<Stored> found = new ArrayList<>();
    if (organizationIds.isEmpty() || periodCodes.isEmpty()) {
      return found;
    }
    List<Long> ids = List.copyOf(organizationIds);
    try (Connection c = dataSource.getConnection()) {
      for (int from = 0; from < ids.size(); from += CHUNK) {
        List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
        try (PreparedStatement s =
            c.prepareStatement(
                "SELECT id, organization_id, period_code, indicator_code, sector, numeric_value,"
                    + " COALESCE(form_id, 0), explanation FROM data_value WHERE organization_id IN ("
                    + marks(chunk.size())
                    + ") AND period_code IN ("
                    + marks(periodCodes.size())
                    + ")")) {
          int i = 1;
          for (Long id : chunk) {
            s.setLong(i++, id);
          }
          for (String p : periodCodes) {
            s.setString(i++, p);
          }
          try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
              String sector = rs.getString(5);
              found.add(
                  new Stored(
                      rs.getLong(1),
                      rs.getLong(2),
                      rs.getString(3),
                      rs.getString(4),
                      sector == null ? null : Sector.valueOf(sector),
                      rs.getBigDecimal(6),
                      rs.getLong(7),
                      rs.getString(8)));
            }
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Không đọc được số liệu / figures could not be read", e);
    }
    return found;
  }

  @Override
  public List<Owner> ownersIn(Collection<String> periodCodes) {
    List<Owner> owners = new ArrayList<>();
    if (periodCodes.isEmpty()) {
      return owners;
    }
    String rounds =
        " FROM report_form f JOIN reporting_round r ON r.id = f.round_id"
            + " JOIN round_indicator ri ON ri.round_id = r.id"
            + " JOIN organization fo ON fo.id = f.organization_id";
    String sql =
        "SELECT f.organization_id, r.period_code, ri.indicator_code, f.id, fo.code, f.status"
            + rounds
            + " WHERE r.period_code IN ("
            + marks(periodCodes.size())
            + ") UNION ALL SELECT o.id, r.period_code, ri.indicator_code, f.id, fo.code, f.status"
            + rounds
            + " JOIN organization o ON o.parent_id = f.organization_id WHERE r.period_code IN ("
            + marks(periodCodes.size())
            + ")";
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      int i = 1;
      for (int round = 0; round < 2; round++) {
        for (String p : periodCodes) {
          s.setString(i++, p);
        }
      }
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          owners.add(
              new Owner(
                  rs.getLong(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getLong(4),
                  rs.getString(5),
                  FormStatus.valueOf(rs.getString(6))));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Không đọc được biểu mẫu / forms could not be read", e);
    }
    return owners;
  }

  @Override
  public void insert(List<NewFigure> figures, String by, Instant at) {
    Timestamp now = Timestamp.from(at);
    batch(
        "INSERT INTO data_value (organization_id, period_code, indicator_code, sector,"
            + " numeric_value, updated_at, updated_by, form_id, explanation, version)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
        figures,
        (s, f) -> {
          s.setLong(1, f.organizationId());
          s.setString(2, f.periodCode());
          s.setString(3, f.indicatorCode());
          s.setString(4, f.sector() == null ? null : f.sector().name());
          s.setBigDecimal(5, f.value());
          s.setTimestamp(6, now);
          s.setString(7, by);
          setForm(s, 8, f.formId());
          s.setString(9, f.explanation());
        });
  }

  @Override
  public void update(List<Update> updates, String by, Instant at) {
    Timestamp now = Timestamp.from(at);
    batch(
        "UPDATE data_value SET numeric_value = ?, updated_at = ?, updated_by = ?,"
            + " form_id = ?, explanation = ?, version = version + 1 WHERE id = ?",
        updates,
        (s, u) -> {
          s.setBigDecimal(1, u.value());
          s.setTimestamp(2, now);
          s.setString(3, by);
          setForm(s, 4, u.formId());
          s.setString(5, u.explanation());
          s.setLong(6, u.id());
        });
  }

  @Override
  public void delete(Collection<Long> ids) {
    batch("DELETE FROM data_value WHERE id = ?", List.copyOf(ids), (s, id) -> s.setLong(1, id));
  }

  /** Sets one statement's parameters from an item. */
  @FunctionalInterface
  private interface Binder<T> {
    void bind(PreparedStatement statement, T item) throws SQLException;
  }

  /** Runs a statement for each item, in batches of a thousand, in the caller's transaction. */
  private <T> void batch(String sql, List<T> items, Binder<T> binder) {
    if (items.isEmpty()) {
      return;
    }
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      int n = 0;
      for (T item : items) {
        binder.bind(s, item);
        s.addBatch();
        if (++n % 1000 == 0) {
          s.executeBatch();
        }
      }
      s.executeBatch();
    } catch (SQLException e) {
      throw new IllegalStateException("Không ghi được số liệu / figures could not be written", e);
    }
  }

  private static void setForm(PreparedStatement s, int index, long formId) throws SQLException {
    if (formId == 0) {
      s.setNull(index, java.sql.Types.BIGINT);
    } else {
      s.setLong(index, formId);
    }
  }

  private static String marks(int n) {
    return String.join(",", Collections.nCopies(n, "?"));
  }
}
