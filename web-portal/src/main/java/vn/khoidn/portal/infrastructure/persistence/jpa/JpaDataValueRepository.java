package vn.khoidn.portal.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Reads and stores reported figures. */
@ApplicationScoped
public class JpaDataValueRepository {

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  /**
   * Stores a new figure.
   *
   * @param value the figure
   * @return the stored figure
   */
  public DataValueEntity add(DataValueEntity value) {
    em.persist(value);
    return value;
  }

  /**
   * How many figures an organization has reported for periods starting with the given prefix.
   *
   * @param organization the organization
   * @param periodPrefix e.g. {@code 2021} for every period of that year
   * @return the number of figures
   */
  public long countFor(OrganizationEntity organization, String periodPrefix) {
    return em.createQuery(
            "SELECT COUNT(v) FROM DataValueEntity v WHERE v.organization = :org"
                + " AND v.periodCode LIKE :prefix",
            Long.class)
        .setParameter("org", organization)
        .setParameter("prefix", periodPrefix + "%")
        .getSingleResult();
  }
}
