package vn.khoidn.portal.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Stores the report entities of the demo data. The application reads and writes reports,
 * resolutions, sentence templates and settings through its ports ({@link JpaReports}, {@link
 * JpaResolutions}, {@link JpaSentenceTemplateStore}, {@link JpaReportSettings}).
 */
@ApplicationScoped
public class JpaReportRepository {

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  /**
   * Stores a new entity.
   *
   * @param entity the entity
   * @param <T> its type
   * @return the stored entity
   */
  public <T> T add(T entity) {
    em.persist(entity);
    em.flush();
    return entity;
  }
}
