package vn.khoidn.portal.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Stores new rounds, forms and plan rows for the demo data set (forms are read and saved by {@link
 * JpaFormRepository}).
 */
@ApplicationScoped
public class JpaSubmissionRepository {

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  /**
   * Stores a new round, form or audit entry (figures go through the figure store).
   *
   * @param entity the new entity
   * @param <T> its type
   * @return the stored entity
   */
  public <T> T add(T entity) {
    em.persist(entity);
    return entity;
  }

  /** Writes pending changes now, so that a conflicting edit surfaces inside the transaction. */
  public void flush() {
    em.flush();
  }
}
