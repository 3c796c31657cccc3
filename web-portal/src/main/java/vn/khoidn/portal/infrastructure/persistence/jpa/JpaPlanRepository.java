package vn.khoidn.portal.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Reads and stores plan targets. */
@ApplicationScoped
public class JpaPlanRepository {

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  /**
   * Every target of an indicator, with its organization.
   *
   * @param indicatorCodes the indicators planned
   * @return the targets
   */
  public List<PlanTargetEntity> ofIndicators(List<String> indicatorCodes) {
    if (indicatorCodes.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT p FROM PlanTargetEntity p JOIN FETCH p.organization"
                + " WHERE p.indicatorCode IN :codes",
            PlanTargetEntity.class)
        .setParameter("codes", indicatorCodes)
        .getResultList();
  }

  /**
   * The targets of some organizations.
   *
   * @param organizationIds the organizations
   * @return their targets
   */
  public List<PlanTargetEntity> ofOrganizations(List<Long> organizationIds) {
    if (organizationIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT p FROM PlanTargetEntity p JOIN FETCH p.organization o WHERE o.id IN :ids",
            PlanTargetEntity.class)
        .setParameter("ids", organizationIds)
        .getResultList();
  }

  /**
   * Stores a new target.
   *
   * @param plan the target
   */
  public void add(PlanTargetEntity plan) {
    em.persist(plan);
  }
}
