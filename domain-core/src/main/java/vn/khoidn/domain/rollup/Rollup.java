package vn.khoidn.domain.rollup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.khoidn.domain.indicator.DataValue;
import vn.khoidn.domain.organization.Organization;
import vn.khoidn.domain.organization.OrganizationTree;
import vn.khoidn.domain.organization.TreeSnapshot;
import vn.khoidn.domain.period.Period;
import vn.khoidn.domain.plan.Plan;
import vn.khoidn.domain.registry.Sector;
import vn.khoidn.domain.validation.InvalidValueException;

/**
 * Sums figures up the dated organization tree.
 *
 * <p>The rules:
 *
 * <ul>
 *   <li>A value counts when the query's period {@linkplain vn.khoidn.domain.period.Period#covers
 *       covers} the value's period.
 *   <li>A value counts at its organization and at every organization above it <em>as the tree stood
 *       on the last day of the value's own period</em> (or on the organization's last day, if it
 *       was dissolved earlier). A move therefore changes roll-ups only from the move's date on.
 *   <li>Each figure counts once: a {@link Dataset} holds one value per key, and where an
 *       organization has figures of one indicator at two granularities of one year (a year and its
 *       quarters), only those {@link Dataset#countedValues} picks are added.
 *   <li>A value's sector is the one it names, or else its organization's host unit's sector.
 *   <li>An organization's plan is its own target where it has one for the period (a bloc's target
 *       of 80, whatever it gave out below), or else the sum of its children's plans: a target given
 *       out under a parent's own target is not counted twice.
 *   <li>Ratios (percent of plan, shares) are computed from the summed numerator and denominator,
 *       never by averaging ratios.
 *   <li>Completeness counts grassroots organizations that existed on the last day of the period;
 *       submissions from anyone else are ignored, so the rate never exceeds 100%.
 *   <li>A query {@linkplain RollupQuery#organizedOn organized on} a later day regroups the same
 *       figures on that day's tree: each counts under its organization's <em>holder</em> that day
 *       (the organization itself while it exists; after a merger its successor's holder; after a
 *       split or a dissolution without a successor, the holder of its parent on its last day) and
 *       above the holder as the tree stands that day. So a moved organization's figures go with it
 *       under its new parent, and the top's totals are the same both ways. Sectors, plans and the
 *       organizations expected to report stay those of the period; they count under their holders.
 * </ul>
 *
 * <p>The work is one pass over the values with a walk up of at most the tree's depth per value, on
 * arrays.
 */
public final class Rollup {

  private static final int SECTORS = Sector.values().length;

  /** A holder not yet looked for, and one being looked for (a loop, which the tree forbids). */
  private static final int UNRESOLVED = -2;

  private static final int RESOLVING = -3;

  private Rollup() {}

  /**
   * Runs a roll-up.
   *
   * @param query what to sum
   * @param data what to sum it from
   * @return the immutable result
   * @throws IllegalArgumentException if the query's organization is unknown or did not exist on the
   *     last day of the period, or a value names an organization the tree does not hold
   */
  public static RollupResult compute(RollupQuery query, Dataset data) {
    OrganizationTree tree = data.tree();
    int n = tree.size();
    int root = tree.positionOf(query.organizationCode());
    if (root < 0) {
      throw new InvalidValueException(
          "UNKNOWN_ORGANIZATION", "Không có tổ chức mã " + query.organizationCode() + ".");
    }
    LocalDate end = query.period().end();
    LocalDate regroupDay = query.organizedOn();
    if (regroupDay != null && !tree.organizations().get(root).existsOn(regroupDay)) {
      throw new InvalidValueException(
          "ORGANIZATION_NOT_ON_DAY",
          "Tổ chức "
              + query.organizationCode()
              + " không còn tồn tại theo cơ cấu tổ chức ngày "
              + vn.khoidn.domain.format.VietnameseFormat.date(regroupDay)
              + ".");
    }
    if (regroupDay == null && !tree.organizations().get(root).existsOn(end)) {
      throw new InvalidValueException(
          "ORGANIZATION_NOT_IN_PERIOD",
          "Tổ chức "
              + query.organizationCode()
              + " không tồn tại vào ngày cuối kỳ "
              + query.period().code()
              + ".");
    }
    Map<String, Integer> indicatorIndex = new HashMap<>();
    for (int i = 0; i < query.indicatorCodes().size(); i++) {
      indicatorIndex.put(query.indicatorCodes().get(i), i);
    }
    int k = indicatorIndex.size();
    boolean bySector = query.breakdown() == Breakdown.SECTOR;

    List<Organization> orgs = tree.organizations();
    int[] sectorOf = new int[n];
    for (int i = 0; i < n; i++) {
      sectorOf[i] = data.registry().sectorOf(orgs.get(i).hostUnitCode()).ordinal();
    }

    Map<LocalDate, TreeSnapshot> snapshots = new HashMap<>();
    TreeSnapshot regrouped = regroupDay == null ? null : tree.snapshot(regroupDay);
    int[] holder = regrouped == null ? null : holders(tree, regrouped);
    long[] totals = new long[n * k];
    long[] parts = bySector ? new long[n * k * SECTORS] : null;
    // Values usually arrive grouped by organization and period: remember the last ones looked up,
    // so that a
    // run of values costs one period check and one walk to the root, not one per value.
    Period lastPeriod = null;
    boolean lastCovered = false;
    String lastOrg = null;
    Period lastOrgPeriod = null;
    int pos = -1;
    int own = -1;
    TreeSnapshot snap = null;
    boolean inSubtree = false;
    for (DataValue v : data.countedValues(query.period())) {
      Integer ind = indicatorIndex.get(v.indicatorCode());
      if (ind == null) {
        continue;
      }
      Period period = v.period();
      if (!period.equals(lastPeriod)) {
        lastPeriod = period;
        lastCovered = query.period().covers(period);
      }
      if (!lastCovered) {
        continue;
      }
      if (!v.organizationCode().equals(lastOrg) || !period.equals(lastOrgPeriod)) {
        lastOrg = v.organizationCode();
        lastOrgPeriod = period;
        own = position(tree, lastOrg);
        if (holder == null) {
          pos = own;
          snap =
              snapshots.computeIfAbsent(
                  attributionDay(orgs.get(pos), period.end()), tree::snapshot);
        } else {
          pos = holder[own];
          snap = regrouped;
        }
        inSubtree = pos >= 0 && snap.isInSubtree(pos, root);
      }
      if (!inSubtree) {
        continue;
      }
      int sector = v.sector() != null ? v.sector().ordinal() : sectorOf[own];
      long value = v.value();
      for (int p = pos; ; p = snap.parentOf(p)) {
        int cell = p * k + ind;
        totals[cell] += value;
        if (parts != null) {
          parts[cell * SECTORS + sector] += value;
        }
        if (p == root) {
          break;
        }
      }
    }

    // An organization's own target counts for it; one without a target of its own has the sum of
    // its children's, so a target given out below a parent's own is not counted twice.
    long[] plans = new long[n * k];
    boolean[] planned = new boolean[n * k];
    boolean[] ownTarget = new boolean[n * k];
    List<Plan> covered = new ArrayList<>();
    for (Plan plan : data.plans()) {
      Integer ind = indicatorIndex.get(plan.indicatorCode());
      if (ind != null && query.period().covers(plan.period())) {
        covered.add(plan);
        ownTarget[position(tree, plan.organizationCode()) * k + ind] = true;
      }
    }
    for (Plan plan : covered) {
      int ind = indicatorIndex.get(plan.indicatorCode());
      int at = position(tree, plan.organizationCode());
      TreeSnapshot stood =
          snapshots.computeIfAbsent(
              attributionDay(orgs.get(at), plan.period().end()), tree::snapshot);
      if (!stood.isInSubtree(at, root)) {
        continue;
      }
      if (holder == null) {
        for (int p = at; ; p = stood.parentOf(p)) {
          plans[p * k + ind] += plan.target();
          planned[p * k + ind] = true;
          if (p == root || ownTarget[stood.parentOf(p) * k + ind]) {
            break;
          }
        }
        continue;
      }
      // Regrouped: whether a target reaches the top is decided on the tree it was given on (a
      // target given out under a parent's own target is not counted above that parent); a target
      // that reaches the top climbs today's tree from its holder, one that does not stays with its
      // holder unless that holder has a target of its own. So the top's plan is the same both ways.
      boolean reachesTop = true;
      for (int p = at; p != root; p = stood.parentOf(p)) {
        if (ownTarget[stood.parentOf(p) * k + ind]) {
          reachesTop = false;
          break;
        }
      }
      int held = holder[at];
      if (held < 0 || !regrouped.isInSubtree(held, root)) {
        continue;
      }
      if (!reachesTop && (held == root || (held != at && ownTarget[held * k + ind]))) {
        // Held now by an organization measured against its own target (the top's, say, after a
        // dissolution without a successor): that target stands, as it did for the one given out.
        continue;
      }
      for (int p = held; ; p = regrouped.parentOf(p)) {
        plans[p * k + ind] += plan.target();
        planned[p * k + ind] = true;
        if (p == root || !reachesTop) {
          break;
        }
      }
    }

    TreeSnapshot atEnd = snapshots.computeIfAbsent(end, tree::snapshot);
    long[] expected = new long[n];
    long[] submitted = new long[n];
    long[] onTime = new long[n];
    Map<String, LocalDate> firstSubmission = new HashMap<>();
    for (Submission s : data.submissions()) {
      if (s.period().code().equals(query.period().code())) {
        firstSubmission.merge(
            s.organizationCode(), s.submittedOn(), (a, b) -> a.isBefore(b) ? a : b);
      }
    }
    TreeSnapshot rows = regrouped == null ? atEnd : regrouped;
    for (int org = 0; org < n; org++) {
      int at = holder == null ? org : holder[org];
      if (!orgs.get(org).kind().isGrassroots()
          || !atEnd.exists(org)
          || at < 0
          || !rows.isInSubtree(at, root)) {
        continue;
      }
      LocalDate on = firstSubmission.get(orgs.get(org).code());
      boolean done = on != null;
      boolean timely = done && (query.deadline() == null || !on.isAfter(query.deadline()));
      for (int p = at; ; p = rows.parentOf(p)) {
        expected[p]++;
        if (done) {
          submitted[p]++;
        }
        if (timely) {
          onTime[p]++;
        }
        if (p == root) {
          break;
        }
      }
    }

    int[][] layout = preOrder(rows, root, n);
    return new RollupResult(
        query,
        tree,
        layout[0],
        layout[1],
        parentsOf(rows, n),
        totals,
        parts,
        plans,
        planned,
        expected,
        submitted,
        onTime);
  }

  private static int position(OrganizationTree tree, String code) {
    int pos = tree.positionOf(code);
    if (pos < 0) {
      throw new IllegalArgumentException("Số liệu của tổ chức không có trong cây: " + code + ".");
    }
    return pos;
  }

  /**
   * Each organization's holder on the snapshot's day, by position, or -1 where none holds its work
   * (it was not yet established that day, or nothing above it still exists).
   */
  private static int[] holders(OrganizationTree tree, TreeSnapshot day) {
    int n = tree.size();
    int[] holder = new int[n];
    java.util.Arrays.fill(holder, UNRESOLVED);
    for (int i = 0; i < n; i++) {
      holderOf(i, tree, day, holder);
    }
    return holder;
  }

  private static int holderOf(int start, OrganizationTree tree, TreeSnapshot day, int[] holder) {
    // Iterative: a chain of successors and last parents, each resolved once.
    java.util.ArrayDeque<Integer> chain = new java.util.ArrayDeque<>();
    int p = start;
    int found;
    while (true) {
      if (p < 0) {
        found = -1;
        break;
      }
      if (holder[p] >= -1) {
        found = holder[p];
        break;
      }
      if (holder[p] == RESOLVING) {
        found = -1;
        break;
      }
      Organization org = tree.organizations().get(p);
      if (day.exists(p)) {
        found = p;
        holder[p] = p;
        break;
      }
      holder[p] = RESOLVING;
      chain.push(p);
      if (org.dissolved() == null || org.dissolved().isAfter(day.day())) {
        // Not yet established that day: nothing holds its work.
        p = -1;
        continue;
      }
      List<String> successors = tree.successorsOf(org.code());
      if (successors.size() == 1) {
        p = tree.positionOf(successors.get(0));
      } else {
        LocalDate lastDay = org.dissolved().minusDays(1);
        p = tree.parentOn(org.code(), lastDay).map(o -> tree.positionOf(o.code())).orElse(-1);
      }
    }
    while (!chain.isEmpty()) {
      holder[chain.pop()] = found;
    }
    return found;
  }

  private static LocalDate attributionDay(Organization org, LocalDate periodEnd) {
    if (org.dissolved() != null && !org.dissolved().isAfter(periodEnd)) {
      return org.dissolved().minusDays(1);
    }
    return periodEnd;
  }

  private static int[] parentsOf(TreeSnapshot snap, int n) {
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = snap.parentOf(i);
    }
    return parent;
  }

  /**
   * The subtree on the snapshot's day in pre-order, children in tree order; with each node's depth.
   */
  private static int[][] preOrder(TreeSnapshot snap, int root, int n) {
    int[] childCount = new int[n + 1];
    for (int i = 0; i < n; i++) {
      int p = snap.parentOf(i);
      if (p >= 0 && snap.exists(i)) {
        childCount[p + 1]++;
      }
    }
    for (int i = 0; i < n; i++) {
      childCount[i + 1] += childCount[i];
    }
    int[] children = new int[childCount[n]];
    int[] fill = childCount.clone();
    for (int i = 0; i < n; i++) {
      int p = snap.parentOf(i);
      if (p >= 0 && snap.exists(i)) {
        children[fill[p]++] = i;
      }
    }
    int[] stack = new int[n];
    int[] stackDepth = new int[n];
    int top = 0;
    stack[top] = root;
    stackDepth[top++] = 0;
    int[] order = new int[n];
    int[] depth = new int[n];
    int count = 0;
    while (top > 0) {
      int node = stack[--top];
      int d = stackDepth[top];
      order[count] = node;
      depth[count++] = d;
      for (int c = childCount[node + 1] - 1; c >= childCount[node]; c--) {
        stack[top] = children[c];
        stackDepth[top++] = d + 1;
      }
    }
    return new int[][] {
      java.util.Arrays.copyOf(order, count), java.util.Arrays.copyOf(depth, count)
    };
  }
}
