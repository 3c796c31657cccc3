package vn.khoidn.portal.interfaces.rollup.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.TreeNode;
import vn.khoidn.domain.format.VietnameseFormat;
import vn.khoidn.domain.indicator.IndicatorCatalogue;
import vn.khoidn.domain.organization.OrganizationKind;
import vn.khoidn.domain.period.CalendarPeriod;
import vn.khoidn.domain.registry.Sector;
import vn.khoidn.domain.rollup.Completeness;
import vn.khoidn.domain.rollup.IndicatorTotal;
import vn.khoidn.domain.rollup.NodeResult;
import vn.khoidn.domain.rollup.RollupResult;
import vn.khoidn.portal.application.account.AccessDeniedException;
import vn.khoidn.portal.application.account.AccountService;
import vn.khoidn.portal.application.rollup.FormLink;
import vn.khoidn.portal.application.rollup.RollupPage;
import vn.khoidn.portal.application.rollup.RollupService;
import vn.khoidn.portal.application.rollup.RoundCompleteness;
import vn.khoidn.portal.application.rollup.TreeView;
import vn.khoidn.portal.interfaces.web.CurrentUser;
import vn.khoidn.portal.interfaces.web.Messages;
import vn.khoidn.reporting.xlsx.TableSheet;

/**
 * The roll-up page: one period over the user's organization and everything under it, live from
 * accepted figures (and submitted ones on request), with a comparison period, a sector filter,
 * completeness of the rounds, click-through to the forms and charts. The period, sector and
 * comparison are in the address, so a view can be bookmarked or sent.
 */
@Named
@ViewScoped
public class RollupBean implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Up to this many organizations the whole tree is built at once; beyond, level by level. */
  static final int EAGER_NODES = 2_000;

  private static final String PLACEHOLDER = "placeholder";
  private static final String TREE_THEN = "then";
  private static final String TREE_CURRENT = "current";
  private static final String OWN = "own";
  private static final String OWN_SUFFIX = "#own";
  private static final List<String> INDICATORS = RollupService.FORM_INDICATORS;

  /** What the chosen period is compared with. */
  public enum Compare {
    /** No comparison. */
    NONE,
    /** The period before: the previous quarter, half-year, year or month. */
    PREVIOUS,
    /** The same period a year before. */
    YEAR_BEFORE
  }

  @Inject private vn.khoidn.portal.application.time.PortalClock clock;
  @Inject private RollupService rollups;
  @Inject private AccountService accounts;

  private String periodCode;
  private boolean includeSubmitted;
  private String tree = TREE_THEN;
  private Sector sector;
  private Compare compare = Compare.NONE;
  private String comparedCode;
  private TreeNode<RollupRow> root;
  private List<RoundCompleteness> completeness = List.of();
  private String progressChart;
  private int progressChartHeight = 300;
  private String trendChart;
  private String sectorChart;

  /** Computes the roll-up, completeness and charts for the chosen period. */
  public void show() {
    FacesContext context = FacesContext.getCurrentInstance();
    try {
      CalendarPeriod period = CalendarPeriod.parse(periodCode);
      String user = CurrentUser.name();
      String top = accounts.profile(user).orElseThrow().organization().code();
      CalendarPeriod compared =
          switch (compare) {
            case NONE -> null;
            case PREVIOUS -> period.previous();
            case YEAR_BEFORE -> period.sameLastYear();
          };
      List<CalendarPeriod> periods = new ArrayList<>();
      periods.add(period);
      if (compared != null) {
        periods.add(compared);
      }
      List<CalendarPeriod> trend = trendPeriods(period);
      RollupPage page =
          rollups.page(user, top, periods, trend, INDICATORS, includeSubmitted, treeView());
      List<RollupResult> results = page.results();
      RollupResult result = results.get(0);
      RollupResult comparison = compared == null ? null : results.get(1);
      List<RollupResult> trendResults = page.trend();
      comparedCode = compared == null ? null : compared.code();
      Map<String, List<FormLink>> forms = page.forms();
      completeness = page.completeness();
      root = tree(context, result, comparison, forms, page.formsSent());
      charts(context, result, trend, trendResults);
    } catch (IllegalArgumentException | AccessDeniedException e) {
      root = null;
      completeness = List.of();
      Messages.refusal(context, e);
      context.validationFailed();
    }
  }

  /**
   * Puts the choices into the address and shows them, so that the view can be bookmarked; a bad
   * period is refused on the page.
   *
   * @return the same page with the choices as parameters, or null to stay with a message
   */
  public String apply() {
    try {
      CalendarPeriod.parse(periodCode);
    } catch (IllegalArgumentException e) {
      FacesContext context = FacesContext.getCurrentInstance();
      Messages.refusal(context, e);
      context.validationFailed();
      return null;
    }
    return "/app/rollup.xhtml?faces-redirect=true&includeViewParams=true";
  }

  /** The organizations that have not submitted, one line per round and organization. */
  public List<MissingRow> getMissing() {
    List<MissingRow> rows = new ArrayList<>();
    for (RoundCompleteness round : completeness) {
      for (RoundCompleteness.Missing m : round.missing()) {
        rows.add(
            new MissingRow(round.periodCode(), m.organizationName(), m.status(), m.contacts()));
      }
    }
    return rows;
  }

  /**
   * An organization that has not submitted in a round.
   *
   * @param periodCode the round's period
   * @param organization the organization's name
   * @param status its form's status, or null without a form
   * @param contacts its reporters
   */
  public record MissingRow(
      String periodCode,
      String organization,
      String status,
      List<RoundCompleteness.Contact> contacts)
      implements Serializable {}

  /** Shows the page as the address asks, on the first request. */
  public void load() {
    if (!FacesContext.getCurrentInstance().isPostback()) {
      if (periodCode == null || periodCode.isBlank()) {
        periodCode = Integer.toString(clock.today().getYear());
      }
      show();
    }
  }

  /** The quarters of the period's year and of the year before. */
  private static List<CalendarPeriod> trendPeriods(CalendarPeriod period) {
    List<CalendarPeriod> quarters = new ArrayList<>();
    for (int y = period.year() - 1; y <= period.year(); y++) {
      for (int q = 1; q <= 4; q++) {
        quarters.add(CalendarPeriod.quarter(y, q));
      }
    }
    return quarters;
  }

  private void charts(
      FacesContext context,
      RollupResult result,
      List<CalendarPeriod> trend,
      List<RollupResult> trendResults) {
    NodeResult top = result.nodes().get(0);
    List<String> names = new ArrayList<>();
    List<Long> admitted = new ArrayList<>();
    List<Long> plans = new ArrayList<>();
    for (NodeResult n : result.nodes()) {
      IndicatorTotal t = n.indicator(IndicatorCatalogue.NEW_MEMBERS);
      boolean level = n.depth() == 1 || (n.depth() == 0 && result.nodes().size() == 1);
      if (level && t.plan().isPresent()) {
        names.add(n.name());
        admitted.add(t.total());
        plans.add(t.plan().getAsLong());
      }
    }
    int lines = names.stream().mapToInt(name -> ChartJson.lines(name).size()).sum();
    progressChartHeight = Math.max(300, 40 + 26 * names.size() + 14 * lines);
    progressChart =
        names.isEmpty()
            ? null
            : ChartJson.bars(
                names,
                List.of(
                    Messages.text(context, "rollup.admitted"), Messages.text(context, "form.plan")),
                List.of(admitted, plans),
                true);
    List<String> quarterLabels = new ArrayList<>();
    List<Long> last = new ArrayList<>();
    List<Long> current = new ArrayList<>();
    for (int i = 0; i < trend.size(); i++) {
      long total =
          value(trendResults.get(i).nodes().get(0).indicator(IndicatorCatalogue.NEW_MEMBERS));
      if (i < 4) {
        quarterLabels.add(Messages.text(context, "rollup.quarter", i + 1));
        last.add(total);
      } else {
        current.add(total);
      }
    }
    trendChart =
        ChartJson.lines(
            quarterLabels,
            List.of(Integer.toString(trend.get(0).year()), Integer.toString(trend.get(4).year())),
            List.of(last, current));
    IndicatorTotal members = top.indicator(IndicatorCatalogue.NEW_MEMBERS);
    List<String> sectors = new ArrayList<>();
    List<Long> parts = new ArrayList<>();
    for (Sector s : Sector.values()) {
      sectors.add(Messages.text(context, "sector." + s.name()));
      parts.add(members.part(s));
    }
    sectorChart = members.total() == 0 ? null : ChartJson.doughnut(sectors, parts);
  }

  private long value(IndicatorTotal t) {
    return sector == null ? t.total() : t.part(sector);
  }

  private TreeNode<RollupRow> tree(
      FacesContext context,
      RollupResult result,
      RollupResult comparison,
      Map<String, List<FormLink>> forms,
      Map<String, Completeness> sent) {
    TreeNode<RollupRow> top = new DefaultTreeNode<>(null, null);
    int maxDepth = result.nodes().size() <= EAGER_NODES ? Integer.MAX_VALUE : 1;
    addNodes(context, top, result, comparison, forms, sent, List.of(), maxDepth);
    return top;
  }

  /**
   * Adds a result's nodes under a tree node, down to a depth; a node deeper in the result gets a
   * placeholder child, replaced by its real children when the user expands it.
   */
  private void addNodes(
      FacesContext context,
      TreeNode<RollupRow> under,
      RollupResult result,
      RollupResult comparison,
      Map<String, List<FormLink>> forms,
      Map<String, Completeness> sent,
      List<FormLink> parentForms,
      int maxDepth) {
    Map<String, Long> before = new HashMap<>();
    if (comparison != null) {
      for (NodeResult n : comparison.nodes()) {
        before.put(n.code(), value(n.indicator(IndicatorCatalogue.NEW_MEMBERS)));
      }
    }
    Map<String, TreeNode<RollupRow>> byCode = new HashMap<>();
    Map<String, List<FormLink>> formsOf = new HashMap<>();
    for (NodeResult n : result.nodes()) {
      if (n.depth() > maxDepth) {
        TreeNode<RollupRow> parent = byCode.get(n.parentCode());
        if (parent != null && parent.getChildCount() == 0) {
          new DefaultTreeNode<RollupRow>(PLACEHOLDER, null, parent);
        }
        continue;
      }
      List<FormLink> own = forms.get(n.code());
      if (own == null && n.kind() == OrganizationKind.SUBORDINATE_CELL) {
        own = n.parentCode() == null ? parentForms : formsOf.get(n.parentCode());
      }
      formsOf.put(n.code(), own == null ? List.of() : own);
      TreeNode<RollupRow> parent = n.parentCode() == null ? under : byCode.get(n.parentCode());
      TreeNode<RollupRow> node =
          new DefaultTreeNode<>(row(n, before, formsOf.get(n.code()), sent.get(n.code())), parent);
      node.setExpanded(n.depth() == 0);
      byCode.put(n.code(), node);
    }
    for (TreeNode<RollupRow> node : byCode.values()) {
      addOwnRow(context, node);
    }
  }

  /**
   * Puts the figures an organization holds itself (the bloc's own training classes, entered on the
   * bloc) in a row of their own, first under it, so that its children and that row add up to its
   * total: the row is the total less the children's sums, shown only when it is not zero, never
   * negative, and only once the children are all on the page.
   */
  private static void addOwnRow(FacesContext context, TreeNode<RollupRow> node) {
    List<TreeNode<RollupRow>> children = node.getChildren();
    if (children.isEmpty() || children.stream().anyMatch(c -> c.getData() == null)) {
      return;
    }
    RollupRow total = node.getData();
    long admitted = total.admitted();
    long classes = total.classes();
    long trainees = total.trainees();
    long owners = total.owners();
    boolean compared = !total.compared().isEmpty();
    long before = compared ? Long.parseLong(total.compared()) : 0;
    for (TreeNode<RollupRow> c : children) {
      RollupRow r = c.getData();
      admitted -= r.admitted();
      classes -= r.classes();
      trainees -= r.trainees();
      owners -= r.owners();
      before -= compared ? Long.parseLong(r.compared()) : 0;
    }
    if (admitted == 0 && classes == 0 && trainees == 0 && owners == 0 && before == 0) {
      return;
    }
    if (admitted < 0 || classes < 0 || trainees < 0 || owners < 0 || before < 0) {
      // A child moved in during the period brings figures the parent counted elsewhere: the
      // difference is not the parent's own, so it is not shown as such.
      return;
    }
    RollupRow own =
        new RollupRow(
            total.code() + OWN_SUFFIX,
            Messages.text(context, "rollup.own", total.name()),
            admitted,
            "",
            "",
            "",
            classes,
            trainees,
            owners,
            "",
            compared ? Long.toString(before) : "",
            compared ? change(admitted - before) : "",
            List.of(),
            true);
    TreeNode<RollupRow> row = new DefaultTreeNode<>(OWN, own, null);
    row.setParent(node);
    children.add(0, row);
  }

  private static String change(long d) {
    return d > 0 ? "+" + d : d < 0 ? "\u2212" + (-d) : "0";
  }

  /**
   * Loads the children of a node of a large tree when the user expands it: the node's subtree is
   * rolled up afresh, so the page never holds a national tree in the session.
   *
   * @param event the expansion
   */
  @SuppressWarnings("unchecked")
  public void onExpand(org.primefaces.event.NodeExpandEvent event) {
    TreeNode<RollupRow> node = (TreeNode<RollupRow>) event.getTreeNode();
    if (node.getChildCount() != 1 || !PLACEHOLDER.equals(node.getChildren().get(0).getType())) {
      return;
    }
    FacesContext context = FacesContext.getCurrentInstance();
    try {
      CalendarPeriod period = CalendarPeriod.parse(periodCode);
      String user = CurrentUser.name();
      List<CalendarPeriod> periods = new ArrayList<>(List.of(period));
      if (comparedCode != null) {
        periods.add(CalendarPeriod.parse(comparedCode));
      }
      String code = node.getData().code();
      RollupPage page =
          rollups.page(user, code, periods, List.of(), INDICATORS, includeSubmitted, treeView());
      List<RollupResult> results = page.results();
      TreeNode<RollupRow> holder = new DefaultTreeNode<>(null, null);
      addNodes(
          context,
          holder,
          results.get(0),
          results.size() > 1 ? results.get(1) : null,
          page.forms(),
          page.formsSent(),
          node.getData().forms(),
          1);
      node.getChildren().clear();
      for (TreeNode<RollupRow> child : List.copyOf(holder.getChildren().get(0).getChildren())) {
        child.setParent(node);
        node.getChildren().add(child);
      }
    } catch (IllegalArgumentException | AccessDeniedException e) {
      Messages.refusal(context, e);
    }
  }

  private RollupRow row(
      NodeResult n, Map<String, Long> before, List<FormLink> forms, Completeness sent) {
    IndicatorTotal admitted = n.indicator(IndicatorCatalogue.NEW_MEMBERS);
    long value = value(admitted);
    boolean whole = sector == null;
    Long earlier = before.get(n.code());
    String compared = "";
    String change = "";
    if (comparedCode != null) {
      long e = earlier == null ? 0 : earlier;
      compared = Long.toString(e);
      change = change(value - e);
    }
    return new RollupRow(
        n.code(),
        n.name(),
        value,
        whole && admitted.plan().isPresent() ? Long.toString(admitted.plan().getAsLong()) : "",
        whole && admitted.plan().isPresent()
            ? VietnameseFormat.percent(admitted.percentOfPlan())
            : "",
        whole && admitted.total() > 0
            ? VietnameseFormat.fraction(admitted.part(Sector.NON_STATE), admitted.total())
            : "",
        value(n.indicator(IndicatorCatalogue.AWARENESS_CLASSES)),
        value(n.indicator(IndicatorCatalogue.AWARENESS_TRAINEES)),
        value(n.indicator(IndicatorCatalogue.OWNERS_ADMITTED)),
        sent == null || sent.expected() == 0 ? "" : sent.submitted() + "/" + sent.expected(),
        compared,
        change,
        forms,
        false);
  }

  /**
   * The table as shown on screen, as an XLSX file: the tree flattened with indented names.
   *
   * @return the download
   */
  public StreamedContent getXlsx() {
    FacesContext context = FacesContext.getCurrentInstance();
    List<List<Object>> rows = new ArrayList<>();
    if (root != null) {
      flatten(root, 0, rows);
    }
    List<String> headers =
        new ArrayList<>(
            List.of(
                Messages.text(context, "org.name"),
                Messages.text(context, "rollup.admitted"),
                Messages.text(context, "form.plan"),
                Messages.text(context, "rollup.percentOfPlan"),
                Messages.text(context, "rollup.nonState"),
                Messages.text(context, "rollup.classes"),
                Messages.text(context, "rollup.trainees"),
                Messages.text(context, "rollup.owners"),
                Messages.text(context, "rollup.completeness")));
    if (comparedCode != null) {
      headers.add(Messages.text(context, "rollup.compared", comparedCode));
      headers.add(Messages.text(context, "rollup.change"));
    }
    String title =
        Messages.text(context, "rollup.heading")
            + " "
            + periodCode
            + (sector == null ? "" : " · " + Messages.text(context, "sector." + sector.name()));
    TableSheet sheet =
        new TableSheet(Messages.text(context, "rollup.heading"), title, headers, rows);
    byte[] bytes = sheet.toXlsx();
    return DefaultStreamedContent.builder()
        .name("tong-hop-" + periodCode + ".xlsx")
        .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .contentLength((long) bytes.length)
        .stream(() -> new ByteArrayInputStream(bytes))
        .build();
  }

  private void flatten(TreeNode<RollupRow> node, int depth, List<List<Object>> rows) {
    for (TreeNode<RollupRow> child : node.getChildren()) {
      RollupRow r = child.getData();
      if (r == null) {
        continue;
      }
      List<Object> cells =
          new ArrayList<>(
              Arrays.asList(
                  "  ".repeat(depth) + r.name(),
                  r.admitted(),
                  r.plan().isEmpty() ? "" : Long.valueOf(r.plan()),
                  percentCell(r),
                  r.nonState(),
                  r.classes(),
                  r.trainees(),
                  r.owners(),
                  r.completeness()));
      if (comparedCode != null) {
        long compared = Long.parseLong(r.compared());
        cells.add(compared);
        cells.add(r.admitted() - compared);
      }
      rows.add(cells);
      flatten(child, depth + 1, rows);
    }
  }

  /** The percent of plan as a number Excel can recompute, or the text shown when there is none. */
  private static Object percentCell(RollupRow r) {
    if (r.percentOfPlan().isEmpty() || r.plan().isEmpty() || Long.parseLong(r.plan()) == 0) {
      return r.percentOfPlan();
    }
    return new TableSheet.Percent(
        java.math.BigDecimal.valueOf(r.admitted())
            .divide(new java.math.BigDecimal(r.plan()), 6, java.math.RoundingMode.HALF_UP));
  }

  /** The sectors to filter by. */
  public Sector[] getSectors() {
    return Sector.values();
  }

  /** The comparisons to choose from. */
  public Compare[] getCompares() {
    return Compare.values();
  }

  public String getPeriodCode() {
    return periodCode;
  }

  public void setPeriodCode(String periodCode) {
    this.periodCode = periodCode == null ? null : periodCode.strip().toUpperCase(Locale.ROOT);
  }

  public boolean isIncludeSubmitted() {
    return includeSubmitted;
  }

  public void setIncludeSubmitted(boolean includeSubmitted) {
    this.includeSubmitted = includeSubmitted;
  }

  /**
   * On which tree the figures are grouped: {@code then} (as it stood in the period, the default) or
   * {@code current} (as organized today).
   *
   * @return then or current
   */
  public String getTree() {
    return tree;
  }

  public void setTree(String tree) {
    this.tree = TREE_CURRENT.equals(tree) ? TREE_CURRENT : TREE_THEN;
  }

  /** The choices of the tree, in the order the page lists them. */
  public List<String> getTrees() {
    return List.of(TREE_THEN, TREE_CURRENT);
  }

  private TreeView treeView() {
    return TREE_CURRENT.equals(tree) ? TreeView.AS_ORGANIZED_TODAY : TreeView.AS_IT_STOOD;
  }

  public Sector getSector() {
    return sector;
  }

  public void setSector(Sector sector) {
    this.sector = sector;
  }

  public Compare getCompare() {
    return compare;
  }

  public void setCompare(Compare compare) {
    this.compare = compare == null ? Compare.NONE : compare;
  }

  public String getComparedCode() {
    return comparedCode;
  }

  public TreeNode<RollupRow> getRoot() {
    return root;
  }

  public List<RoundCompleteness> getCompleteness() {
    return completeness;
  }

  public String getProgressChart() {
    return progressChart;
  }

  /** The progress chart's height in pixels: room for two bars and a wrapped name per line. */
  public int getProgressChartHeight() {
    return progressChartHeight;
  }

  public String getTrendChart() {
    return trendChart;
  }

  public String getSectorChart() {
    return sectorChart;
  }
}
