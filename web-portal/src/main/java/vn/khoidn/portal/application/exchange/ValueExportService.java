package vn.khoidn.portal.application.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.khoidn.domain.period.CalendarPeriod;
import vn.khoidn.domain.registry.Sector;
import vn.khoidn.domain.submission.FormStatus;
import vn.khoidn.portal.application.account.AccessPolicy;
import vn.khoidn.portal.application.account.Actor;
import vn.khoidn.portal.application.rollup.RollupService;
import vn.khoidn.portal.infrastructure.persistence.jpa.JpaOrganizationRepository;
import vn.khoidn.portal.infrastructure.persistence.jpa.OrganizationEntity;

/** Exports the figures that count, in the columns the import reads. */
@ApplicationScoped
public class ValueExportService {

  @Inject private AccessPolicy access;
  @Inject private ExportScope scope;
  @Inject private JpaOrganizationRepository organizations;

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  /**
   * The accepted and back-loaded figures of an organization and its subtree.
   *
   * @param username the user
   * @param orgCode the organization, or null for the user's own
   * @param periodCode a period whose figures to export, or null for all
   * @param indicatorCode an indicator, or null for all
   * @return the rows, by organization, period, indicator and sector
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ValueRow> export(
      String username, String orgCode, String periodCode, String indicatorCode) {
    Actor actor = access.actor(username);
    OrganizationEntity top = scope.top(actor, orgCode, "số liệu");
    List<Long> ids = organizations.subtree(top).stream().map(OrganizationEntity::getId).toList();
    String jpql =
        "SELECT o.code, v.periodCode, v.indicatorCode, v.sector, v.numericValue FROM DataValueEntity v"
            + " JOIN v.organization o LEFT JOIN v.form f WHERE o.id IN :ids"
            + " AND (f IS NULL OR f.status = :accepted)"
            + (periodCode == null || periodCode.isBlank() ? "" : " AND v.periodCode IN :periods")
            + (indicatorCode == null || indicatorCode.isBlank()
                ? ""
                : " AND v.indicatorCode = :indicator")
            + " ORDER BY o.code, v.periodCode, v.indicatorCode, v.sector";
    var query =
        em.createQuery(jpql, Object[].class)
            .setParameter("ids", ids)
            .setParameter("accepted", FormStatus.ACCEPTED);
    if (periodCode != null && !periodCode.isBlank()) {
      query.setParameter(
          "periods",
          RollupService.periodCodesOf(
              CalendarPeriod.parse(periodCode.strip().toUpperCase(Locale.ROOT))));
    }
    if (indicatorCode != null && !indicatorCode.isBlank()) {
      query.setParameter("indicator", indicatorCode.strip());
    }
    List<ValueRow> rows = new ArrayList<>();
    for (Object[] r : query.getResultList()) {
      rows.add(
          new ValueRow(
              0,
              (String) r[0],
              (String) r[1],
              (String) r[2],
              r[3] == null ? "" : ((Sector) r[3]).name(),
              ((BigDecimal) r[4]).toBigInteger().toString()));
    }
    return rows;
  }
}
