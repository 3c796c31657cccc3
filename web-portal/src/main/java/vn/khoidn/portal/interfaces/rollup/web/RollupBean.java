package vn.khoidn.portal.interfaces.rollup.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;
import vn.khoidn.domain.format.VietnameseFormat;
import vn.khoidn.domain.indicator.IndicatorCatalogue;
import vn.khoidn.domain.period.CalendarPeriod;
import vn.khoidn.domain.registry.Sector;
import vn.khoidn.domain.rollup.IndicatorTotal;
import vn.khoidn.domain.rollup.NodeResult;
import vn.khoidn.domain.rollup.RollupResult;
import vn.khoidn.portal.application.account.AccessDeniedException;
import vn.khoidn.portal.application.account.AccountService;
import vn.khoidn.portal.application.rollup.RollupService;
import vn.khoidn.portal.interfaces.web.CurrentUser;
import vn.khoidn.portal.interfaces.web.Messages;

/**
 * The roll-up page: one period, the user's organization and everything under it, from accepted
 * figures.
 */
@Named
@ViewScoped
public class RollupBean implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final List<String> INDICATORS =
      List.of(
          IndicatorCatalogue.NEW_MEMBERS,
          IndicatorCatalogue.AWARENESS_CLASSES,
          IndicatorCatalogue.AWARENESS_TRAINEES);

  @Inject private RollupService rollups;
  @Inject private AccountService accounts;

  private String periodCode = Integer.toString(LocalDate.now().getYear());
  private boolean includeSubmitted;
  private TreeNode<RollupRow> root;

  /** Computes the roll-up for the chosen period. */
  public void show() {
    FacesContext context = FacesContext.getCurrentInstance();
    try {
      String user = CurrentUser.name();
      String top = accounts.profile(user).orElseThrow().organization().code();
      RollupResult result =
          rollups.rollup(user, top, CalendarPeriod.parse(periodCode), INDICATORS, includeSubmitted);
      root = tree(result);
    } catch (IllegalArgumentException | AccessDeniedException e) {
      root = null;
      context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
      context.validationFailed();
    }
  }

  /**
   * The table as shown on screen, as an XLSX file: the tree flattened with indented names.
   *
   * @return the download
   */
  public org.primefaces.model.StreamedContent getXlsx() {
    FacesContext context = FacesContext.getCurrentInstance();
    java.util.List<java.util.List<Object>> rows = new java.util.ArrayList<>();
    if (root != null) {
      flatten(root, 0, rows);
    }
    vn.khoidn.reporting.xlsx.TableSheet sheet =
        new vn.khoidn.reporting.xlsx.TableSheet(
            Messages.text(context, "rollup.heading"),
            Messages.text(context, "rollup.heading") + " " + periodCode,
            List.of(
                Messages.text(context, "org.name"),
                Messages.text(context, "rollup.admitted"),
                Messages.text(context, "form.plan"),
                Messages.text(context, "rollup.percentOfPlan"),
                Messages.text(context, "rollup.nonState"),
                Messages.text(context, "rollup.classes"),
                Messages.text(context, "rollup.trainees"),
                Messages.text(context, "rollup.completeness")),
            rows);
    byte[] bytes = sheet.toXlsx();
    return org.primefaces.model.DefaultStreamedContent.builder()
        .name("tong-hop-" + periodCode + ".xlsx")
        .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .contentLength((long) bytes.length)
        .stream(() -> new java.io.ByteArrayInputStream(bytes))
        .build();
  }

  private static void flatten(
      TreeNode<RollupRow> node, int depth, java.util.List<java.util.List<Object>> rows) {
    for (TreeNode<RollupRow> child : node.getChildren()) {
      RollupRow r = child.getData();
      rows.add(
          java.util.Arrays.asList(
              "  ".repeat(depth) + r.name(),
              r.admitted(),
              r.plan().isEmpty() ? "" : Long.valueOf(r.plan()),
              r.percentOfPlan(),
              r.nonState(),
              r.classes(),
              r.trainees(),
              r.completeness()));
      flatten(child, depth + 1, rows);
    }
  }

  private static TreeNode<RollupRow> tree(RollupResult result) {
    TreeNode<RollupRow> top = new DefaultTreeNode<>(null, null);
    Map<String, TreeNode<RollupRow>> byCode = new HashMap<>();
    for (NodeResult n : result.nodes()) {
      TreeNode<RollupRow> parent = n.parentCode() == null ? top : byCode.get(n.parentCode());
      TreeNode<RollupRow> node = new DefaultTreeNode<>(row(n), parent);
      node.setExpanded(n.depth() == 0);
      byCode.put(n.code(), node);
    }
    return top;
  }

  private static RollupRow row(NodeResult n) {
    IndicatorTotal admitted = n.indicator(IndicatorCatalogue.NEW_MEMBERS);
    return new RollupRow(
        n.code(),
        n.name(),
        admitted.total(),
        admitted.plan().isPresent() ? Long.toString(admitted.plan().getAsLong()) : "",
        admitted.plan().isPresent() ? VietnameseFormat.percent(admitted.percentOfPlan()) : "",
        admitted.total() == 0
            ? ""
            : VietnameseFormat.fraction(admitted.part(Sector.NON_STATE), admitted.total()),
        n.indicator(IndicatorCatalogue.AWARENESS_CLASSES).total(),
        n.indicator(IndicatorCatalogue.AWARENESS_TRAINEES).total(),
        n.completeness().expected() == 0
            ? ""
            : n.completeness().submitted() + "/" + n.completeness().expected());
  }

  public String getPeriodCode() {
    return periodCode;
  }

  public void setPeriodCode(String periodCode) {
    this.periodCode =
        periodCode == null ? null : periodCode.strip().toUpperCase(java.util.Locale.ROOT);
  }

  public boolean isIncludeSubmitted() {
    return includeSubmitted;
  }

  public void setIncludeSubmitted(boolean includeSubmitted) {
    this.includeSubmitted = includeSubmitted;
  }

  public TreeNode<RollupRow> getRoot() {
    return root;
  }
}
