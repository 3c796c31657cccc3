package vn.khoidn.portal.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import vn.khoidn.portal.application.account.Role;
import vn.khoidn.portal.application.rollup.ReporterContact;
import vn.khoidn.portal.application.rollup.Round;
import vn.khoidn.portal.application.rollup.RoundSource;

/**
 * The small tables a roll-up's completeness shows: the rounds and the reporters' contacts. The
 * large ones are read by {@link vn.khoidn.portal.infrastructure.persistence.RollupTables}.
 */
@ApplicationScoped
public class JpaRollupRepository implements RoundSource {

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Override
  public List<Round> rounds(Collection<String> periodCodes) {
    if (periodCodes.isEmpty()) {
      return List.of();
    }
    return em
        .createQuery(
            "SELECT r.id, r.periodCode, r.title, r.deadline FROM ReportingRoundEntity r"
                + " WHERE r.periodCode IN :periods ORDER BY r.periodCode, r.id",
            Object[].class)
        .setParameter("periods", periodCodes)
        .getResultList()
        .stream()
        .map(r -> new Round((Long) r[0], (String) r[1], (String) r[2], (LocalDate) r[3]))
        .toList();
  }

  @Override
  public List<ReporterContact> reporterContacts() {
    return em
        .createQuery(
            "SELECT o.code, u.displayName, u.phone, u.email FROM UserAccountEntity u JOIN"
                + " u.organization o WHERE u.enabled = TRUE AND :role MEMBER OF u.roles"
                + " ORDER BY u.displayName",
            Object[].class)
        .setParameter("role", Role.REPORTER)
        .getResultList()
        .stream()
        .map(c -> new ReporterContact((String) c[0], (String) c[1], (String) c[2], (String) c[3]))
        .toList();
  }
}
