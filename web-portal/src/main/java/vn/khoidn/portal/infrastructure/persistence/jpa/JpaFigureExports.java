package vn.khoidn.portal.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import vn.khoidn.domain.registry.Sector;
import vn.khoidn.domain.submission.FormStatus;
import vn.khoidn.portal.application.exchange.ExportedFigure;
import vn.khoidn.portal.application.exchange.FigureExports;

/** The {@link FigureExports} port over the {@code data_value} and {@code report_form} tables. */
@ApplicationScoped
public class JpaFigureExports implements FigureExports {

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Override
  public List<ExportedFigure> countedFigures(
      Collection<Long> organizationIds, Collection<String> periodCodes, String indicatorCode) {
    if (organizationIds.isEmpty() || (periodCodes != null && periodCodes.isEmpty())) {
      return List.of();
    }
    String jpql =
        "SELECT o.code, v.periodCode, v.indicatorCode, v.sector, v.numericValue FROM DataValueEntity v"
            + " JOIN v.organization o LEFT JOIN v.form f WHERE o.id IN :ids"
            + " AND (f IS NULL OR f.status = :accepted)"
            + (periodCodes == null ? "" : " AND v.periodCode IN :periods")
            + (indicatorCode == null ? "" : " AND v.indicatorCode = :indicator")
            + " ORDER BY o.code, v.periodCode, v.indicatorCode, v.sector";
    var query =
        em.createQuery(jpql, Object[].class)
            .setParameter("ids", List.copyOf(organizationIds))
            .setParameter("accepted", FormStatus.ACCEPTED);
    if (periodCodes != null) {
      query.setParameter("periods", List.copyOf(periodCodes));
    }
    if (indicatorCode != null) {
      query.setParameter("indicator", indicatorCode);
    }
    List<Object[]> result = query.getResultList();
    List<ExportedFigure> rows = new ArrayList<>(result.size());
    for (Object[] r : result) {
      rows.add(
          new ExportedFigure(
              (String) r[0], (String) r[1], (String) r[2], (Sector) r[3], (BigDecimal) r[4]));
    }
    return rows;
  }
}
