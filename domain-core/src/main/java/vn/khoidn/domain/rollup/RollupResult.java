package vn.khoidn.domain.rollup;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import vn.khoidn.domain.organization.Organization;
import vn.khoidn.domain.organization.OrganizationTree;
import vn.khoidn.domain.registry.Sector;

/**
 * The result of one roll-up: every organization of the queried subtree as it stood on the last day
 * of the period, parents before children, each with its totals. Immutable; the nodes are made on
 * demand from the sums, so a national tree costs only its arrays until it is read.
 */
public final class RollupResult {

  private static final Sector[] SECTORS = Sector.values();

  private final RollupQuery query;
  private final OrganizationTree tree;
  private final int[] order;
  private final int[] depth;
  private final int[] parent;
  private final int[] rowOf;
  private final long[] totals;
  private final long[] sectorParts;
  private final long[] plans;
  private final boolean[] planned;
  private final long[] expected;
  private final long[] submitted;
  private final long[] onTime;

  RollupResult(
      RollupQuery query,
      OrganizationTree tree,
      int[] order,
      int[] depth,
      int[] parent,
      long[] totals,
      long[] sectorParts,
      long[] plans,
      boolean[] planned,
      long[] expected,
      long[] submitted,
      long[] onTime) {
    this.query = query;
    this.tree = tree;
    this.order = order;
    this.depth = depth;
    this.parent = parent;
    this.totals = totals;
    this.sectorParts = sectorParts;
    this.plans = plans;
    this.planned = planned;
    this.expected = expected;
    this.submitted = submitted;
    this.onTime = onTime;
    this.rowOf = new int[tree.size()];
    java.util.Arrays.fill(rowOf, -1);
    for (int row = 0; row < order.length; row++) {
      rowOf[order[row]] = row;
    }
  }

  /** The query this result answers. */
  public RollupQuery query() {
    return query;
  }

  /** The top of the queried subtree. */
  public NodeResult root() {
    return nodeAt(0);
  }

  /** How many organizations the result holds. */
  public int size() {
    return order.length;
  }

  /**
   * One organization of the subtree.
   *
   * @param code its code
   * @return its result, or empty if it was not in the subtree on the last day of the period
   */
  public Optional<NodeResult> node(String code) {
    int pos = tree.positionOf(code);
    return pos < 0 || rowOf[pos] < 0 ? Optional.empty() : Optional.of(nodeAt(rowOf[pos]));
  }

  /**
   * The organizations directly under one in the result.
   *
   * @param code the parent's code
   * @return its children's results
   */
  public List<NodeResult> children(String code) {
    int pos = tree.positionOf(code);
    List<NodeResult> children = new ArrayList<>();
    for (int row = 0; row < order.length; row++) {
      if (parent[order[row]] == pos) {
        children.add(nodeAt(row));
      }
    }
    return children;
  }

  /** Every organization of the subtree, parents before children. */
  public List<NodeResult> nodes() {
    return new AbstractList<>() {
      @Override
      public NodeResult get(int index) {
        return nodeAt(index);
      }

      @Override
      public int size() {
        return order.length;
      }
    };
  }

  private NodeResult nodeAt(int row) {
    int pos = order[row];
    Organization org = tree.organizations().get(pos);
    int k = query.indicatorCodes().size();
    List<IndicatorTotal> indicators = new ArrayList<>(k);
    for (int i = 0; i < k; i++) {
      int cell = pos * k + i;
      Map<Sector, Long> parts = new EnumMap<>(Sector.class);
      if (sectorParts != null) {
        for (int s = 0; s < SECTORS.length; s++) {
          parts.put(SECTORS[s], sectorParts[cell * SECTORS.length + s]);
        }
      }
      indicators.add(
          new IndicatorTotal(
              query.indicatorCodes().get(i),
              totals[cell],
              parts,
              planned[cell] ? OptionalLong.of(plans[cell]) : OptionalLong.empty()));
    }
    int p = row == 0 ? -1 : parent[pos];
    return new NodeResult(
        org.code(),
        tree.nameOn(org.code(), query.treeDay()),
        org.kind(),
        p < 0 ? null : tree.organizations().get(p).code(),
        depth[row],
        indicators,
        new Completeness(expected[pos], submitted[pos], onTime[pos]));
  }
}
