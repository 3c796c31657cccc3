package vn.khoidn.domain.rollup;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import vn.khoidn.domain.indicator.DataValue;
import vn.khoidn.domain.organization.OrganizationTree;
import vn.khoidn.domain.plan.Plan;
import vn.khoidn.domain.registry.Registry;

/**
 * What a roll-up reads: the dated tree, the registry (for the host units' sectors), the accepted
 * values, the plans and the submissions.
 *
 * @param tree the organization tree with its history
 * @param registry the host units
 * @param values the figures to sum
 * @param plans the targets
 * @param submissions who submitted which period's form, and when
 */
public record Dataset(
    OrganizationTree tree,
    Registry registry,
    Collection<DataValue> values,
    Collection<Plan> plans,
    Collection<Submission> submissions) {

  /**
   * Checks every part is given; the collections are not copied, so large datasets cost nothing
   * extra.
   */
  public Dataset {
    Objects.requireNonNull(tree, "tree");
    Objects.requireNonNull(registry, "registry");
    Objects.requireNonNull(values, "values");
    Objects.requireNonNull(plans, "plans");
    Objects.requireNonNull(submissions, "submissions");
  }

  /**
   * A dataset of values only.
   *
   * @param tree the tree
   * @param registry the registry
   * @param values the values
   * @return the dataset
   */
  public static Dataset of(OrganizationTree tree, Registry registry, Collection<DataValue> values) {
    return new Dataset(tree, registry, values, List.of(), List.of());
  }
}
