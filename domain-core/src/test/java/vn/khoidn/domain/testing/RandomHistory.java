package vn.khoidn.domain.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import vn.khoidn.domain.indicator.DataValue;
import vn.khoidn.domain.indicator.IndicatorCatalogue;
import vn.khoidn.domain.organization.Organization;
import vn.khoidn.domain.organization.OrganizationKind;
import vn.khoidn.domain.organization.OrganizationTree;
import vn.khoidn.domain.period.CalendarPeriod;
import vn.khoidn.domain.period.Period;
import vn.khoidn.domain.period.PeriodType;
import vn.khoidn.domain.registry.HostUnit;
import vn.khoidn.domain.registry.LegalForm;
import vn.khoidn.domain.registry.Registry;
import vn.khoidn.domain.registry.Sector;

/**
 * A random history of one year, made from a seed: a tree 1 to 7 levels deep whose organizations are
 * established and dissolved mid-period, moved between parents and merged into siblings, with
 * figures of two indicators at year, half-year, quarter and month granularity, some with named
 * sectors.
 *
 * <p>It keeps its own record of who stood under whom, and knows by construction which figures a
 * roll-up must count, so that {@link #naiveTotal} recomputes a roll-up without the domain's tree
 * snapshots or its granularity rule. With {@code mixed}, some organizations also get a redundant
 * year figure beside complete finer ones, or a year figure beside a few finer ones; without it,
 * each organization, indicator and year has one granularity, as a figure store keeps them.
 */
public final class RandomHistory {

  /** The year the history covers. */
  public static final int YEAR = 2021;

  /** The indicators it has figures for. */
  public static final List<String> INDICATORS =
      List.of(IndicatorCatalogue.NEW_MEMBERS, IndicatorCatalogue.AWARENESS_CLASSES);

  private static final LocalDate LONG_AGO = LocalDate.of(2010, 1, 1);

  /** One organization as generated. */
  public record Org(
      String code,
      OrganizationKind kind,
      int level,
      LocalDate established,
      LocalDate dissolved,
      Sector sector) {}

  /** A parent link: {@code from <= day < until}; until null while it holds. */
  public record Link(String child, String parent, LocalDate from, LocalDate until) {
    boolean holdsOn(LocalDate day) {
      return !day.isBefore(from) && (until == null || day.isBefore(until));
    }
  }

  /** A step of the tree's history, in the order it was recorded. */
  public sealed interface Step {}

  /** An organization added under a parent (null for the root). */
  public record Added(Org org, String parent) implements Step {}

  /** An organization moved under another parent from a day on. */
  public record Moved(String code, String newParent, LocalDate on) implements Step {}

  /** An organization dissolved on a day. */
  public record Dissolved(String code, LocalDate on) implements Step {}

  /** An organization merged into another on a day. */
  public record Merged(String code, String into, LocalDate on) implements Step {}

  private final long seed;
  private final Map<String, Org> orgs = new LinkedHashMap<>();
  private final Map<String, List<Link>> links = new HashMap<>();
  private final List<Step> steps = new ArrayList<>();
  private final List<DataValue> figures = new ArrayList<>();
  private final Set<DataValue> countedInYear = new HashSet<>();
  private final int depth;

  private RandomHistory(long seed, boolean mixed) {
    this.seed = seed;
    Random r = new Random(seed);
    depth = 1 + r.nextInt(7);
    List<OrganizationKind> kinds = new ArrayList<>();
    for (int i = 0; i < depth - 3; i++) {
      kinds.add(OrganizationKind.SUPERIOR_COMMITTEE);
    }
    kinds.add(OrganizationKind.BLOC);
    if (depth >= 2) {
      kinds.add(OrganizationKind.GRASSROOTS_COMMITTEE);
    }
    if (depth >= 3) {
      kinds.add(OrganizationKind.SUBORDINATE_CELL);
    }
    List<List<String>> levels = new ArrayList<>();
    Org root = new Org("R", kinds.get(0), 0, LONG_AGO, null, pick(r, Sector.values()));
    add(root, null);
    levels.add(List.of(root.code()));
    int budget = 120;
    for (int level = 1; level < kinds.size(); level++) {
      List<String> here = new ArrayList<>();
      for (String parent : levels.get(level - 1)) {
        Org p = orgs.get(parent);
        if (p.kind() == OrganizationKind.GRASSROOTS_CELL) {
          continue;
        }
        int children = level == 1 ? 1 + r.nextInt(4) : r.nextInt(4);
        for (int c = 0; c < children && budget > 0; c++, budget--) {
          OrganizationKind kind = kinds.get(level);
          if (kind == OrganizationKind.GRASSROOTS_COMMITTEE
              && (level == kinds.size() - 1 || r.nextInt(3) == 0)) {
            kind = OrganizationKind.GRASSROOTS_CELL;
          }
          LocalDate established =
              r.nextInt(6) == 0 ? dayIn(r, later(p.established(), LocalDate.of(YEAR, 1, 1))) : null;
          if (established == null) {
            established = p.established();
          }
          Org o =
              new Org(parent + "." + c, kind, level, established, null, pick(r, Sector.values()));
          add(o, parent);
          here.add(o.code());
        }
      }
      if (here.isEmpty()) {
        break;
      }
      levels.add(here);
    }
    // Moves between parents of one level, then dissolutions and mergers of leaves.
    for (int level = 2; level < levels.size(); level++) {
      for (String code : levels.get(level)) {
        if (r.nextInt(5) != 0) {
          continue;
        }
        Org o = orgs.get(code);
        List<String> parents = new ArrayList<>();
        for (String candidate : levels.get(level - 1)) {
          if (o.kind().mayBeChildOf(orgs.get(candidate).kind())) {
            parents.add(candidate);
          }
        }
        LocalDate on = r.nextBoolean() ? quarterStart(r) : dayIn(r, LocalDate.of(YEAR, 1, 2));
        String current = parentOf(code, on);
        parents.remove(current);
        parents.removeIf(p -> !existsOn(p, on));
        if (parents.isEmpty() || !existsOn(code, on) || !on.isAfter(lastLinkStart(code))) {
          continue;
        }
        String to = pick(r, parents.toArray(String[]::new));
        closeLink(code, on);
        links.get(code).add(new Link(code, to, on, null));
        steps.add(new Moved(code, to, on));
      }
    }
    for (String code : List.copyOf(orgs.keySet())) {
      Org o = orgs.get(code);
      if (o.level() == 0 || hasChildren(code) || r.nextInt(8) != 0) {
        continue;
      }
      LocalDate on =
          dayIn(
              r,
              o.established().plusDays(1).isAfter(LocalDate.of(YEAR, 1, 2))
                  ? o.established().plusDays(1)
                  : LocalDate.of(YEAR, 1, 2));
      if (on.getYear() != YEAR) {
        continue;
      }
      String parent = parentOf(code, on.minusDays(1));
      String sibling = null;
      if (r.nextBoolean()) {
        for (String other : orgs.keySet()) {
          if (!other.equals(code)
              && orgs.get(other).level() == o.level()
              && existsOn(other, on)
              && parent != null
              && parent.equals(parentOf(other, on))) {
            sibling = other;
            break;
          }
        }
      }
      orgs.put(code, new Org(code, o.kind(), o.level(), o.established(), on, o.sector()));
      closeLink(code, on);
      steps.add(sibling == null ? new Dissolved(code, on) : new Merged(code, sibling, on));
    }
    // Figures: one granularity per organization, indicator and year; with mixed, some redundant.
    for (Org o : orgs.values()) {
      boolean wholeYear =
          !o.established().isAfter(LocalDate.of(YEAR, 1, 1)) && o.dissolved() == null;
      for (String indicator : INDICATORS) {
        if (r.nextInt(5) == 0) {
          continue;
        }
        int mode = mixed && wholeYear ? r.nextInt(5) : 0;
        if (mode == 3) {
          // Complete finer figures and a redundant year figure: the finer ones count.
          PeriodType finer = pick(r, PeriodType.HALF_YEAR, PeriodType.QUARTER, PeriodType.MONTH);
          for (CalendarPeriod p : periodsOf(finer)) {
            countedInYear.addAll(cells(r, o, indicator, p));
          }
          cells(r, o, indicator, CalendarPeriod.year(YEAR));
        } else if (mode == 4) {
          // A year figure beside some finer ones (never all): the finer ones count, the year
          // only if there is none.
          List<DataValue> year = cells(r, o, indicator, CalendarPeriod.year(YEAR));
          PeriodType finer = pick(r, PeriodType.HALF_YEAR, PeriodType.QUARTER, PeriodType.MONTH);
          List<CalendarPeriod> all = periodsOf(finer);
          int skip = r.nextInt(all.size());
          boolean any = false;
          for (int i = 0; i < all.size(); i++) {
            if (i != skip && r.nextBoolean()) {
              countedInYear.addAll(cells(r, o, indicator, all.get(i)));
              any = true;
            }
          }
          if (!any) {
            countedInYear.addAll(year);
          }
        } else {
          PeriodType type = pick(r, PeriodType.values());
          for (CalendarPeriod p : periodsOf(type)) {
            if (existsBetween(o, p) && r.nextInt(4) > 0) {
              countedInYear.addAll(cells(r, o, indicator, p));
            }
          }
        }
      }
    }
  }

  /**
   * A history with one granularity per organization, indicator and year.
   *
   * @param seed the seed
   * @return the history
   */
  public static RandomHistory of(long seed) {
    return new RandomHistory(seed, false);
  }

  /**
   * A history where some organizations also have figures at two granularities of the year.
   *
   * @param seed the seed
   * @return the history
   */
  public static RandomHistory mixed(long seed) {
    return new RandomHistory(seed, true);
  }

  /**
   * The organization an organization stood under on a day, by this history's own record.
   *
   * @param code the organization
   * @param day the day
   * @return its parent's code, or null
   */
  public String parentOn(String code, LocalDate day) {
    return parentOf(code, day);
  }

  /** The root's code. */
  public String rootCode() {
    return "R";
  }

  /** The organizations, parents before children. */
  public List<Org> organizations() {
    return List.copyOf(orgs.values());
  }

  /** The tree's history, step by step. */
  public List<Step> steps() {
    return List.copyOf(steps);
  }

  /** Every figure, one per key. */
  public List<DataValue> figures() {
    return List.copyOf(figures);
  }

  /** The tree, built from the steps. */
  public OrganizationTree tree() {
    OrganizationTree.Builder b = OrganizationTree.builder();
    for (Step step : steps) {
      if (step instanceof Added a) {
        Organization o =
            Organization.of(
                a.org().code(),
                "Tổ chức " + a.org().code(),
                a.org().kind(),
                "U-" + a.org().code(),
                a.org().established());
        if (a.parent() == null) {
          b.add(o);
        } else {
          b.add(o, a.parent());
        }
      } else if (step instanceof Moved m) {
        b.move(m.code(), m.newParent(), m.on());
      } else if (step instanceof Dissolved d) {
        b.dissolve(d.code(), d.on());
      } else if (step instanceof Merged m) {
        b.merge(List.of(m.code()), m.into(), m.on());
      }
    }
    return b.build();
  }

  /** The host units, one per organization. */
  public Registry registry() {
    List<HostUnit> units = new ArrayList<>();
    for (Org o : orgs.values()) {
      units.add(
          HostUnit.of("U-" + o.code(), "Đơn vị " + o.code(), LegalForm.JOINT_STOCK, o.sector()));
    }
    return Registry.of(units);
  }

  /** The periods worth querying: the year, its halves, quarters and three months. */
  public List<CalendarPeriod> queries() {
    List<CalendarPeriod> q = new ArrayList<>();
    q.add(CalendarPeriod.year(YEAR));
    q.addAll(periodsOf(PeriodType.HALF_YEAR));
    q.addAll(periodsOf(PeriodType.QUARTER));
    q.add(CalendarPeriod.month(YEAR, 1 + (int) Math.floorMod(seed, 12L)));
    q.add(CalendarPeriod.month(YEAR, 6));
    q.add(CalendarPeriod.month(YEAR, 12));
    return q;
  }

  /**
   * The roll-up recomputed naively: every figure that must count in the period, added to every
   * organization it stood under on the last day of its period (or of its organization's life).
   *
   * @param node the organization whose total is wanted
   * @param query the period
   * @param indicator the indicator
   * @param sector a sector, or null for the total
   * @return the total
   */
  public long naiveTotal(String node, Period query, String indicator, Sector sector) {
    return naiveTotal(figures, true, node, query, indicator, sector);
  }

  /**
   * The roll-up of another list of figures of this history's organizations (what a figure store
   * kept of them, one granularity per organization, indicator and year) recomputed naively: every
   * figure the period covers, on the tree as it stood on the figure's last day.
   *
   * @param kept the figures
   * @param node the organization whose total is wanted
   * @param query the period
   * @param indicator the indicator
   * @param sector a sector, or null for the total
   * @return the total
   */
  public long naiveTotalOf(
      List<DataValue> kept, String node, Period query, String indicator, Sector sector) {
    return naiveTotal(kept, false, node, query, indicator, sector);
  }

  private long naiveTotal(
      List<DataValue> list,
      boolean generated,
      String node,
      Period query,
      String indicator,
      Sector sector) {
    long sum = 0;
    for (DataValue f : list) {
      if (!f.indicatorCode().equals(indicator)
          || !(generated ? mustCount(f, query) : query.covers(f.period()))) {
        continue;
      }
      Org o = orgs.get(f.organizationCode());
      Sector s = f.sector() != null ? f.sector() : o.sector();
      if (sector != null && s != sector) {
        continue;
      }
      LocalDate day = f.period().end();
      if (o.dissolved() != null && !o.dissolved().isAfter(day)) {
        day = o.dissolved().minusDays(1);
      }
      for (String at = o.code(); at != null; at = parentOf(at, day)) {
        if (at.equals(node)) {
          sum += f.value();
          break;
        }
      }
    }
    return sum;
  }

  private boolean mustCount(DataValue f, Period query) {
    if (query.equals(CalendarPeriod.year(YEAR))) {
      return countedInYear.contains(f);
    }
    // Within a half-year, quarter or month a history never mixes granularities.
    return query.covers(f.period());
  }

  @Override
  public String toString() {
    return "RandomHistory[seed="
        + seed
        + ", depth="
        + depth
        + ", organizations="
        + orgs.size()
        + ", steps="
        + steps.size()
        + ", figures="
        + figures.size()
        + "]";
  }

  private List<DataValue> cells(Random r, Org o, String indicator, CalendarPeriod p) {
    List<DataValue> made = new ArrayList<>();
    made.add(new DataValue(o.code(), p, indicator, null, r.nextInt(10)));
    if (r.nextInt(5) == 0) {
      EnumSet<Sector> named = EnumSet.noneOf(Sector.class);
      int n = 1 + r.nextInt(2);
      for (int i = 0; i < n; i++) {
        named.add(pick(r, Sector.values()));
      }
      for (Sector s : named) {
        made.add(new DataValue(o.code(), p, indicator, s, r.nextInt(6)));
      }
    }
    figures.addAll(made);
    return made;
  }

  private void add(Org o, String parent) {
    orgs.put(o.code(), o);
    steps.add(new Added(o, parent));
    List<Link> list = new ArrayList<>();
    if (parent != null) {
      list.add(new Link(o.code(), parent, o.established(), null));
    }
    links.put(o.code(), list);
  }

  private String parentOf(String code, LocalDate day) {
    for (Link l : links.getOrDefault(code, List.of())) {
      if (l.holdsOn(day)) {
        return l.parent();
      }
    }
    return null;
  }

  private LocalDate lastLinkStart(String code) {
    List<Link> list = links.get(code);
    return list.isEmpty() ? LONG_AGO : list.get(list.size() - 1).from();
  }

  private void closeLink(String code, LocalDate on) {
    List<Link> list = links.get(code);
    if (!list.isEmpty()) {
      Link last = list.get(list.size() - 1);
      if (last.until() == null && on.isAfter(last.from())) {
        list.set(list.size() - 1, new Link(code, last.parent(), last.from(), on));
      }
    }
  }

  private boolean hasChildren(String code) {
    for (List<Link> list : links.values()) {
      for (Link l : list) {
        if (l.parent().equals(code)) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean existsOn(String code, LocalDate day) {
    Org o = orgs.get(code);
    return !day.isBefore(o.established()) && (o.dissolved() == null || day.isBefore(o.dissolved()));
  }

  private static boolean existsBetween(Org o, CalendarPeriod p) {
    return !o.established().isAfter(p.end())
        && (o.dissolved() == null || o.dissolved().isAfter(p.start()));
  }

  private static List<CalendarPeriod> periodsOf(PeriodType type) {
    List<CalendarPeriod> list = new ArrayList<>();
    for (int i = 1; i <= type.perYear(); i++) {
      list.add(new CalendarPeriod(type, YEAR, i));
    }
    return list;
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate dayIn(Random r, LocalDate from) {
    LocalDate last = LocalDate.of(YEAR, 12, 31);
    long span = last.toEpochDay() - from.toEpochDay();
    return span <= 0 ? from : from.plusDays(r.nextInt((int) span + 1));
  }

  private static LocalDate quarterStart(Random r) {
    return CalendarPeriod.quarter(YEAR, 2 + r.nextInt(3)).start();
  }

  @SafeVarargs
  private static <T> T pick(Random r, T... options) {
    return options[r.nextInt(options.length)];
  }
}
