package vn.khoidn.portal.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import vn.khoidn.domain.period.Resolution;
import vn.khoidn.portal.application.report.Resolutions;

/** The {@link Resolutions} port over the {@code resolution} table. */
@ApplicationScoped
public class JpaResolutions implements Resolutions {

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Override
  public List<Resolution> all() {
    return em
        .createQuery(
            "SELECT r FROM ResolutionEntity r ORDER BY r.adoptedOn DESC", ResolutionEntity.class)
        .getResultList()
        .stream()
        .map(ResolutionEntity::toDomain)
        .toList();
  }

  @Override
  public Optional<Resolution> byNumber(String number) {
    return entity(em, number).map(ResolutionEntity::toDomain);
  }

  @Override
  public void add(Resolution resolution) {
    em.persist(new ResolutionEntity(resolution));
    em.flush();
  }

  /** The row of a resolution by number, compared exactly. */
  static Optional<ResolutionEntity> entity(EntityManager em, String number) {
    return em
        .createQuery("SELECT r FROM ResolutionEntity r WHERE r.number = :n", ResolutionEntity.class)
        .setParameter("n", number)
        .getResultList()
        .stream()
        .findFirst();
  }
}
