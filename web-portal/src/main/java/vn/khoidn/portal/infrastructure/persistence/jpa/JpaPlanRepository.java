package vn.khoidn.portal.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import vn.khoidn.domain.period.CalendarPeriod;
import vn.khoidn.domain.plan.Plan;
import vn.khoidn.portal.application.plan.PlanRepository;
import vn.khoidn.portal.application.plan.StoredPlan;

/** The {@link PlanRepository} port over the {@code plan_target} table. */
@ApplicationScoped
public class JpaPlanRepository implements PlanRepository {

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Override
  public List<StoredPlan> ofIndicators(Collection<String> indicatorCodes) {
    if (indicatorCodes.isEmpty()) {
      return List.of();
    }
    return plans(
        em.createQuery(
                "SELECT p FROM PlanTargetEntity p JOIN FETCH p.organization"
                    + " WHERE p.indicatorCode IN :codes",
                PlanTargetEntity.class)
            .setParameter("codes", List.copyOf(indicatorCodes))
            .getResultList());
  }

  @Override
  public List<StoredPlan> ofOrganizations(Collection<Long> organizationIds) {
    if (organizationIds.isEmpty()) {
      return List.of();
    }
    return plans(
        em.createQuery(
                "SELECT p FROM PlanTargetEntity p JOIN FETCH p.organization o WHERE o.id IN :ids",
                PlanTargetEntity.class)
            .setParameter("ids", List.copyOf(organizationIds))
            .getResultList());
  }

  @Override
  public void add(StoredPlan plan) {
    em.persist(
        new PlanTargetEntity(
            em.getReference(OrganizationEntity.class, plan.organizationId()),
            plan.indicatorCode(),
            plan.plan().period().code(),
            plan.target()));
  }

  @Override
  public void changeTarget(long id, long target) {
    PlanTargetEntity p = em.find(PlanTargetEntity.class, id);
    if (p == null) {
      throw new IllegalStateException("No plan target " + id);
    }
    p.setTarget(target);
  }

  @Override
  public void remove(long id) {
    PlanTargetEntity p = em.find(PlanTargetEntity.class, id);
    if (p != null) {
      em.remove(p);
    }
  }

  private static List<StoredPlan> plans(List<PlanTargetEntity> entities) {
    List<StoredPlan> plans = new ArrayList<>(entities.size());
    for (PlanTargetEntity p : entities) {
      CalendarPeriod period;
      try {
        period = CalendarPeriod.parse(p.getPeriodCode());
      } catch (IllegalArgumentException malformed) {
        continue;
      }
      plans.add(
          new StoredPlan(
              p.getId(),
              p.getOrganization().getId(),
              new Plan(
                  p.getOrganization().getCode(), p.getIndicatorCode(), period, p.getTarget())));
    }
    return plans;
  }
}
