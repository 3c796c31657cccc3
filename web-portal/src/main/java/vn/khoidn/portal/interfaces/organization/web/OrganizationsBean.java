package vn.khoidn.portal.interfaces.organization.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.khoidn.domain.format.VietnameseFormat;
import vn.khoidn.domain.organization.OrganizationKind;
import vn.khoidn.domain.registry.Sector;
import vn.khoidn.portal.application.account.AccessDeniedException;
import vn.khoidn.portal.application.organization.HistoryEntry;
import vn.khoidn.portal.application.organization.OrganizationHistory;
import vn.khoidn.portal.application.organization.OrganizationRow;
import vn.khoidn.portal.application.organization.OrganizationService;
import vn.khoidn.portal.interfaces.web.CurrentUser;
import vn.khoidn.portal.interfaces.web.Messages;

/** The organizations page: the tree as it stands, new organizations, moves and dissolutions. */
@Named
@ViewScoped
public class OrganizationsBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private OrganizationService organizations;
  @Inject private OrganizationHistory histories;

  private List<OrganizationRow> rows;
  private String code;
  private String name;
  private OrganizationKind kind = OrganizationKind.GRASSROOTS_CELL;
  private Sector sector = Sector.NON_STATE;
  private String parentCode;
  private LocalDate establishedOn;
  private String moveCode;
  private String moveTo;
  private LocalDate moveOn;
  private String renameCode;
  private String newName;
  private LocalDate renameOn;
  private String dissolveCode;
  private String successorCode;
  private LocalDate dissolveOn;
  private String splitCode;
  private List<String> splitInto = new java.util.ArrayList<>();
  private LocalDate splitOn;
  private String historyName = "";
  private List<HistoryLine> history = List.of();

  @PostConstruct
  void load() {
    rows = organizations.all(CurrentUser.name());
  }

  /** Creates the organization typed in the form. */
  public void create() {
    run(
        () ->
            organizations.create(
                new OrganizationRow(code, name, kind, sector, parentCode, establishedOn, null),
                CurrentUser.name()),
        "organizations.created");
  }

  /** Moves the chosen organization from the chosen day. */
  public void move() {
    run(
        () -> organizations.move(moveCode, moveTo, moveOn, CurrentUser.name()),
        "organizations.moved");
  }

  /** Gives the chosen organization its new name from the chosen day. */
  public void rename() {
    run(
        () -> organizations.rename(renameCode, newName, renameOn, CurrentUser.name()),
        "organizations.renamed");
  }

  /** Dissolves the chosen organization, or merges it into the chosen successor. */
  public void dissolve() {
    run(
        () -> organizations.dissolve(dissolveCode, dissolveOn, successorCode, CurrentUser.name()),
        successorCode == null || successorCode.isBlank()
            ? "organizations.dissolved"
            : "organizations.merged");
  }

  /** Splits the chosen organization into the chosen successors. */
  public void split() {
    run(
        () -> organizations.split(splitCode, splitInto, splitOn, CurrentUser.name()),
        "organizations.split.done");
  }

  /**
   * Shows an organization's history: established, renamed, moved, dissolved or merged, with the
   * days.
   *
   * @param code the organization
   */
  public void showHistory(String code) {
    FacesContext context = FacesContext.getCurrentInstance();
    try {
      List<HistoryLine> lines = new ArrayList<>();
      for (HistoryEntry e : histories.of(CurrentUser.name(), code)) {
        lines.add(new HistoryLine(e.on() == null ? "" : VietnameseFormat.date(e.on()), text(e)));
      }
      history = lines;
      historyName =
          rows.stream()
              .filter(r -> r.code().equals(code))
              .map(OrganizationRow::name)
              .findFirst()
              .orElse(code);
    } catch (IllegalArgumentException | AccessDeniedException e) {
      history = List.of();
      Messages.refusal(context, e);
    }
  }

  private static String text(HistoryEntry e) {
    FacesContext context = FacesContext.getCurrentInstance();
    String others = String.join(", ", e.others());
    String key = "organizations.history." + e.change().name();
    if (e.change() == HistoryEntry.Change.ESTABLISHED && e.others().isEmpty()) {
      key += ".top";
    }
    return Messages.text(context, key, e.name(), others, e.previousName());
  }

  /**
   * One line of an organization's history.
   *
   * @param date the day, dd/MM/yyyy, or empty if unknown
   * @param text what happened
   */
  public record HistoryLine(String date, String text) implements Serializable {}

  public String getHistoryName() {
    return historyName;
  }

  public List<HistoryLine> getHistory() {
    return history;
  }

  private void run(Runnable action, String successKey) {
    FacesContext context = FacesContext.getCurrentInstance();
    try {
      action.run();
      Messages.info(context, successKey);
      rows = organizations.all(CurrentUser.name());
    } catch (IllegalArgumentException | AccessDeniedException e) {
      Messages.refusal(context, e);
      context.validationFailed();
    }
  }

  public OrganizationKind[] getKinds() {
    return OrganizationKind.values();
  }

  public Sector[] getSectors() {
    return Sector.values();
  }

  public List<OrganizationRow> getRows() {
    return rows;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public OrganizationKind getKind() {
    return kind;
  }

  public void setKind(OrganizationKind kind) {
    this.kind = kind;
  }

  public Sector getSector() {
    return sector;
  }

  public void setSector(Sector sector) {
    this.sector = sector;
  }

  public String getParentCode() {
    return parentCode;
  }

  public void setParentCode(String parentCode) {
    this.parentCode = parentCode;
  }

  public LocalDate getEstablishedOn() {
    return establishedOn;
  }

  public void setEstablishedOn(LocalDate establishedOn) {
    this.establishedOn = establishedOn;
  }

  public String getMoveCode() {
    return moveCode;
  }

  public void setMoveCode(String moveCode) {
    this.moveCode = moveCode;
  }

  public String getMoveTo() {
    return moveTo;
  }

  public void setMoveTo(String moveTo) {
    this.moveTo = moveTo;
  }

  public LocalDate getMoveOn() {
    return moveOn;
  }

  public void setMoveOn(LocalDate moveOn) {
    this.moveOn = moveOn;
  }

  public String getRenameCode() {
    return renameCode;
  }

  public void setRenameCode(String renameCode) {
    this.renameCode = renameCode;
  }

  public String getNewName() {
    return newName;
  }

  public void setNewName(String newName) {
    this.newName = newName;
  }

  public LocalDate getRenameOn() {
    return renameOn;
  }

  public void setRenameOn(LocalDate renameOn) {
    this.renameOn = renameOn;
  }

  public String getDissolveCode() {
    return dissolveCode;
  }

  public void setDissolveCode(String dissolveCode) {
    this.dissolveCode = dissolveCode;
  }

  public String getSuccessorCode() {
    return successorCode;
  }

  public void setSuccessorCode(String successorCode) {
    this.successorCode = successorCode;
  }

  public LocalDate getDissolveOn() {
    return dissolveOn;
  }

  public void setDissolveOn(LocalDate dissolveOn) {
    this.dissolveOn = dissolveOn;
  }

  public String getSplitCode() {
    return splitCode;
  }

  public void setSplitCode(String splitCode) {
    this.splitCode = splitCode;
  }

  public List<String> getSplitInto() {
    return splitInto;
  }

  public void setSplitInto(List<String> splitInto) {
    this.splitInto = splitInto;
  }

  public LocalDate getSplitOn() {
    return splitOn;
  }

  public void setSplitOn(LocalDate splitOn) {
    this.splitOn = splitOn;
  }
}
