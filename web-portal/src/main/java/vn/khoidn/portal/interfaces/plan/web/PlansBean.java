package vn.khoidn.portal.interfaces.plan.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import vn.khoidn.domain.format.CountInput;
import vn.khoidn.portal.application.account.AccessDeniedException;
import vn.khoidn.portal.application.exchange.ImportRejectedException;
import vn.khoidn.portal.application.exchange.NoSuchOrganizationException;
import vn.khoidn.portal.application.exchange.RowError;
import vn.khoidn.portal.application.plan.PlanCell;
import vn.khoidn.portal.application.plan.PlanGrid;
import vn.khoidn.portal.application.plan.PlanService;
import vn.khoidn.portal.application.plan.PlanWorkbook;
import vn.khoidn.portal.application.time.PortalClock;
import vn.khoidn.portal.interfaces.web.CurrentUser;
import vn.khoidn.portal.interfaces.web.Messages;

/**
 * The plans page: for one period, the organizations under the staff member's own by the planned
 * indicators, each cell the organization's own target; beside a parent, what its children were
 * given and what is not yet given out. Typed values stay in the view until saved, all or none.
 */
@Named
@ViewScoped
public class PlansBean implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The parts of a year the chooser offers, as period-code suffixes. */
  private static final List<String> PARTS = List.of("", "S1", "S2", "Q1", "Q2", "Q3", "Q4");

  @Inject private PlanService plans;
  @Inject private PortalClock clock;

  private int year;
  private String part = "";
  private PlanGrid grid;
  private List<Line> lines = List.of();
  private String copyParent;
  private boolean copyFigures;
  private transient jakarta.servlet.http.Part upload;

  @PostConstruct
  void init() {
    year = clock.today().getYear();
  }

  /** Opens the page on this year's plans (the page's view action, before anything is rendered). */
  public void open() {
    show();
  }

  /** Shows the chosen period's plans, dropping what was typed. */
  public void show() {
    FacesContext context = FacesContext.getCurrentInstance();
    try {
      load();
    } catch (IllegalArgumentException | AccessDeniedException | NoSuchOrganizationException e) {
      grid = null;
      lines = List.of();
      Messages.refusal(context, e);
    }
  }

  private void load() {
    grid = plans.grid(CurrentUser.name(), getPeriodCode());
    List<Line> l = new ArrayList<>();
    for (PlanGrid.Row r : grid.rows()) {
      List<Cell> cells = new ArrayList<>();
      for (PlanGrid.Column c : grid.indicators()) {
        Long t = r.targets().get(c.code());
        cells.add(new Cell(c.code(), t == null ? "" : Long.toString(t)));
      }
      l.add(new Line(r, cells));
    }
    lines = l;
    if (copyParent == null || lines.stream().noneMatch(x -> x.row.code().equals(copyParent))) {
      copyParent = lines.isEmpty() ? null : lines.get(0).row.code();
    }
    recompute();
  }

  /**
   * Recomputes what each parent gave out from the values as typed; a cell not a count is left out.
   */
  public void recompute() {
    if (grid == null) {
      return;
    }
    Map<String, Long> typed = new HashMap<>();
    for (Line l : lines) {
      for (Cell c : l.cells) {
        if (c.text.isEmpty()) {
          continue;
        }
        try {
          typed.put(PlanGrid.key(l.row.code(), c.indicator), CountInput.parse(c.text));
        } catch (CountInput.Refused notACount) {
          // Shown next to the cell when saved; it counts for nothing meanwhile.
        }
      }
    }
    for (Line l : lines) {
      for (Cell c : l.cells) {
        c.allocation =
            l.row.hasChildren() ? grid.allocation(l.row.code(), c.indicator, typed) : null;
      }
    }
  }

  /** Saves every changed cell, or none, each wrong one refused next to it. */
  public void save() {
    FacesContext context = FacesContext.getCurrentInstance();
    List<PlanCell> cells = new ArrayList<>();
    Map<Integer, Cell> byLine = new HashMap<>();
    for (Line l : lines) {
      for (Cell c : l.cells) {
        c.error = null;
        int line = byLine.size() + 1;
        byLine.put(line, c);
        cells.add(new PlanCell(line, l.row.code(), grid.periodCode(), c.indicator, c.seen, c.text));
      }
    }
    if (cells.stream().noneMatch(PlanCell::changed)) {
      Messages.info(context, "plans.nothingChanged");
      return;
    }
    try {
      plans.saveCells(CurrentUser.name(), cells);
      load();
      Messages.info(context, "plans.saved");
    } catch (jakarta.transaction.TransactionalException e) {
      concurrent(context, e);
    } catch (ImportRejectedException e) {
      for (RowError r : e.errors()) {
        Cell c = byLine.get(r.line());
        if (c != null) {
          c.error = c.error == null ? r.message() : c.error + " " + r.message();
        }
      }
      recompute();
      Messages.error(context, "plans.notSaved", e.errors().size());
      context.validationFailed();
    } catch (IllegalArgumentException | AccessDeniedException e) {
      Messages.refusal(context, e);
      context.validationFailed();
    }
  }

  /** Puts last year's plans or figures into the chosen parent's children's cells, for review. */
  public void copyLastYear() {
    FacesContext context = FacesContext.getCurrentInstance();
    try {
      Map<String, Long> values =
          plans.lastYear(CurrentUser.name(), grid.periodCode(), copyParent, copyFigures);
      int n = 0;
      for (Line l : lines) {
        for (Cell c : l.cells) {
          Long v = values.get(PlanGrid.key(l.row.code(), c.indicator));
          if (v != null) {
            c.text = Long.toString(v);
            c.error = null;
            n++;
          }
        }
      }
      recompute();
      if (n == 0) {
        Messages.info(context, copyFigures ? "plans.copy.noFigures" : "plans.copy.noPlans");
      } else {
        Messages.info(context, "plans.copy.done", n);
      }
    } catch (IllegalArgumentException | AccessDeniedException e) {
      Messages.refusal(context, e);
    }
  }

  /**
   * The grid as stored, as an Excel template.
   *
   * @return the download
   */
  public StreamedContent getTemplate() {
    String period = grid.periodCode();
    byte[] bytes = PlanWorkbook.write(plans.grid(CurrentUser.name(), period));
    return DefaultStreamedContent.builder()
        .name("ke-hoach-" + period + ".xlsx")
        .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .contentLength((long) bytes.length)
        .stream(() -> new ByteArrayInputStream(bytes))
        .build();
  }

  /** Saves a filled-in template: every row, or none, each wrong row named. */
  public void uploadWorkbook() {
    FacesContext context = FacesContext.getCurrentInstance();
    if (!vn.khoidn.portal.interfaces.web.Uploads.present(upload)) {
      Messages.error(context, "plans.excel.noFile");
      return;
    }
    try {
      List<PlanCell> cells =
          PlanWorkbook.read(vn.khoidn.portal.interfaces.web.Uploads.bytes(upload));
      if (cells.stream().noneMatch(PlanCell::changed)) {
        Messages.info(context, "plans.nothingChanged");
        return;
      }
      plans.saveCells(CurrentUser.name(), cells);
      load();
      Messages.info(context, "plans.excel.saved");
    } catch (jakarta.transaction.TransactionalException e) {
      concurrent(context, e);
    } catch (ImportRejectedException e) {
      Messages.error(context, "plans.excel.notSaved", e.errors().size());
      for (RowError r : e.errors()) {
        Messages.add(
            context,
            FacesMessage.SEVERITY_ERROR,
            Messages.text(context, "plans.excel.row", r.line(), r.message()));
      }
    } catch (IllegalArgumentException | AccessDeniedException e) {
      Messages.refusal(context, e);
    }
  }

  /**
   * A save whose commit failed because another staff member's save of the same plans committed at
   * the same moment (the plan's version or the one-plan-per-cell key): nothing was stored.
   */
  private static void concurrent(
      FacesContext context, jakarta.transaction.TransactionalException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof jakarta.transaction.RollbackException) {
        Messages.error(context, "plans.concurrent");
        context.validationFailed();
        return;
      }
    }
    throw e;
  }

  /** The period shown, e.g. {@code 2026} or {@code 2026Q1}. */
  public String getPeriodCode() {
    return year + part;
  }

  /** The parts of the chosen year, as period codes the page writes in words. */
  public List<String> getPeriodChoices() {
    return PARTS.stream().map(p -> year + p).toList();
  }

  public PlanGrid getGrid() {
    return grid;
  }

  public List<Line> getLines() {
    return lines;
  }

  /** The organizations that have children, to copy into. */
  public List<PlanGrid.Row> getParents() {
    return lines.stream().map(Line::getRow).filter(PlanGrid.Row::hasChildren).toList();
  }

  /** Whether some cell was refused at the last save. */
  public boolean isRefused() {
    return lines.stream().anyMatch(l -> l.cells.stream().anyMatch(c -> c.error != null));
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }

  /** The chosen period, as a code. */
  public String getPeriodChoice() {
    return getPeriodCode();
  }

  public void setPeriodChoice(String code) {
    if (code != null && code.length() >= 4 && PARTS.contains(code.substring(4))) {
      part = code.substring(4);
    }
  }

  public String getCopyParent() {
    return copyParent;
  }

  public void setCopyParent(String copyParent) {
    this.copyParent = copyParent;
  }

  public boolean isCopyFigures() {
    return copyFigures;
  }

  public void setCopyFigures(boolean copyFigures) {
    this.copyFigures = copyFigures;
  }

  public jakarta.servlet.http.Part getUpload() {
    return upload;
  }

  public void setUpload(jakarta.servlet.http.Part upload) {
    this.upload = upload;
  }

  /** One organization of the grid with its cells as typed. */
  public static final class Line implements Serializable {
    private static final long serialVersionUID = 1L;
    private final PlanGrid.Row row;
    private final List<Cell> cells;

    Line(PlanGrid.Row row, List<Cell> cells) {
      this.row = row;
      this.cells = cells;
    }

    public PlanGrid.Row getRow() {
      return row;
    }

    public List<Cell> getCells() {
      return cells;
    }

    /** The indentation of the name, by depth. */
    public String getIndent() {
      return "padding-left:" + (row.depth() * 1.5) + "rem";
    }
  }

  /** One target as typed, the target it showed, and what the save said of it. */
  public static final class Cell implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String indicator;
    private final String seen;
    private String text;
    private String error;
    private PlanGrid.Allocation allocation;

    Cell(String indicator, String seen) {
      this.indicator = indicator;
      this.seen = seen;
      this.text = seen;
    }

    public String getIndicator() {
      return indicator;
    }

    public String getText() {
      return text;
    }

    public void setText(String text) {
      this.text = text == null ? "" : text.strip();
    }

    public String getError() {
      return error;
    }

    public PlanGrid.Allocation getAllocation() {
      return allocation;
    }
  }
}
