package vn.khoidn.portal.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import vn.khoidn.portal.application.account.Role;

/**
 * The small tables a roll-up's completeness shows: the rounds and the reporters' contacts. The
 * large ones are read by {@link vn.khoidn.portal.infrastructure.persistence.RollupTables}.
 */
@ApplicationScoped
public class JpaRollupRepository {

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  /**
   * The rounds for some periods: id, period code, title, deadline.
   *
   * @param periodCodes the periods
   * @return the rounds, by period and id
   */
  public List<Object[]> rounds(Collection<String> periodCodes) {
    return em.createQuery(
            "SELECT r.id, r.periodCode, r.title, r.deadline FROM ReportingRoundEntity r"
                + " WHERE r.periodCode IN :periods ORDER BY r.periodCode, r.id",
            Object[].class)
        .setParameter("periods", periodCodes)
        .getResultList();
  }

  /**
   * The enabled reporters' contacts: organization code, name, telephone, e-mail.
   *
   * @return the contacts, by name
   */
  public List<Object[]> reporterContacts() {
    return em.createQuery(
            "SELECT o.code, u.displayName, u.phone, u.email FROM UserAccountEntity u JOIN u.organization o"
                + " WHERE u.enabled = TRUE AND :role MEMBER OF u.roles ORDER BY u.displayName",
            Object[].class)
        .setParameter("role", Role.REPORTER)
        .getResultList();
  }
}
