package vn.khoidn.portal.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Reads and stores the indicator catalogue. */
@ApplicationScoped
public class JpaIndicatorRepository {

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  /** The catalogue in its order. */
  public List<IndicatorEntity> all() {
    return em.createQuery(
            "SELECT i FROM IndicatorEntity i ORDER BY i.sortOrder, i.code", IndicatorEntity.class)
        .getResultList();
  }

  /**
   * Stores an indicator.
   *
   * @param indicator the indicator
   */
  public void add(IndicatorEntity indicator) {
    em.persist(indicator);
  }
}
