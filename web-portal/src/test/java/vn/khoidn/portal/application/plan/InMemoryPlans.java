package vn.khoidn.portal.application.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The stored plans as a list, for unit tests. */
public class InMemoryPlans implements PlanRepository {

  /** What is stored. */
  public final List<StoredPlan> stored = new ArrayList<>();

  private long nextId = 1;

  @Override
  public List<StoredPlan> ofIndicators(Collection<String> indicatorCodes) {
    return stored.stream().filter(p -> indicatorCodes.contains(p.indicatorCode())).toList();
  }

  @Override
  public List<StoredPlan> ofOrganizations(Collection<Long> organizationIds) {
    return stored.stream().filter(p -> organizationIds.contains(p.organizationId())).toList();
  }

  @Override
  public void add(StoredPlan plan) {
    if (plan.id() != null) {
      throw new IllegalArgumentException("a new plan has no id");
    }
    stored.add(new StoredPlan(nextId++, plan.organizationId(), plan.plan()));
  }

  @Override
  public void changeTarget(long id, long target) {
    for (int i = 0; i < stored.size(); i++) {
      StoredPlan p = stored.get(i);
      if (p.id() == id) {
        vn.khoidn.domain.plan.Plan plan = p.plan();
        stored.set(
            i,
            new StoredPlan(
                id,
                p.organizationId(),
                new vn.khoidn.domain.plan.Plan(
                    plan.organizationCode(), plan.indicatorCode(), plan.period(), target)));
        return;
      }
    }
    throw new IllegalArgumentException("no plan " + id);
  }

  @Override
  public void remove(long id) {
    if (!stored.removeIf(p -> p.id() == id)) {
      throw new IllegalArgumentException("no plan " + id);
    }
  }
}
