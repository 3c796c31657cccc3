package vn.khoidn.portal.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.khoidn.domain.indicator.Indicator;
import vn.khoidn.portal.application.indicator.IndicatorCatalogueRepository;

/** The {@link IndicatorCatalogueRepository} port over the {@code indicator} table. */
@ApplicationScoped
public class JpaIndicatorRepository implements IndicatorCatalogueRepository {

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Override
  public List<Indicator> all() {
    return em
        .createQuery(
            "SELECT i FROM IndicatorEntity i ORDER BY i.sortOrder, i.code", IndicatorEntity.class)
        .getResultList()
        .stream()
        .map(IndicatorEntity::toDomain)
        .toList();
  }

  @Override
  public void add(Indicator indicator, int sortOrder) {
    em.persist(new IndicatorEntity(indicator, sortOrder));
  }
}
