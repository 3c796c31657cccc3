package vn.khoidn.portal.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import vn.khoidn.domain.registry.Sector;
import vn.khoidn.domain.submission.FormStatus;
import vn.khoidn.portal.application.rollup.FigureSource;

/**
 * Streams the figures a roll-up sums straight from JDBC. A national tree has millions of figures:
 * reading them as JPA entities or rows would hold each one several times in memory, and asking the
 * database to sort them costs more than the roll-up itself.
 */
@ApplicationScoped
public class FigureReader implements FigureSource {

  @Resource(lookup = "java:app/jdbc/portal")
  private DataSource dataSource;

  @Inject private FigureVersions figureVersions;

  @Override
  public Map<String, Long> versions(Collection<String> periodCodes) {
    return figureVersions.current(periodCodes);
  }

  /**
   * Reads the figures that count, in no particular order: a form's total and its parts may arrive
   * apart.
   *
   * @param statuses the statuses of the forms whose figures count (figures without a form always
   *     count)
   * @param periodCodes the periods
   * @param indicatorCodes the indicators
   * @param row receives each figure
   */
  @Override
  public void read(
      Collection<FormStatus> statuses,
      Collection<String> periodCodes,
      Collection<String> indicatorCodes,
      Row row) {
    if (periodCodes.isEmpty() || indicatorCodes.isEmpty()) {
      return;
    }
    String sql =
        "SELECT v.organization_id, v.period_code, v.indicator_code, v.sector, v.numeric_value,"
            + " COALESCE(v.form_id, 0) FROM data_value v"
            + " WHERE v.period_code IN ("
            + marks(periodCodes.size())
            + ") AND v.indicator_code IN ("
            + marks(indicatorCodes.size())
            + ") AND (v.form_id IS NULL OR v.form_id IN (SELECT f.id FROM report_form f"
            + " WHERE f.status IN ("
            + marks(statuses.size())
            + ")))";
    List<String> params = new ArrayList<>(periodCodes);
    params.addAll(indicatorCodes);
    statuses.forEach(s -> params.add(s.name()));
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.size(); i++) {
        s.setString(i + 1, params.get(i));
      }
      s.setFetchSize(10_000);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          String sector = rs.getString(4);
          row.accept(
              rs.getLong(1),
              rs.getString(2),
              rs.getString(3),
              sector == null ? null : Sector.valueOf(sector),
              rs.getBigDecimal(5),
              rs.getLong(6));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Không đọc được số liệu / figures could not be read", e);
    }
  }

  private static String marks(int n) {
    return String.join(",", Collections.nCopies(n, "?"));
  }
}
