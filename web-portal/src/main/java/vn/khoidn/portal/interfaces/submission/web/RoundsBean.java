package vn.khoidn.portal.interfaces.submission.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.khoidn.domain.indicator.Indicator;
import vn.khoidn.domain.indicator.Source;
import vn.khoidn.portal.application.account.AccessDeniedException;
import vn.khoidn.portal.application.indicator.CatalogueService;
import vn.khoidn.portal.application.submission.OpenRound;
import vn.khoidn.portal.application.submission.RoundSummary;
import vn.khoidn.portal.application.submission.SubmissionService;
import vn.khoidn.portal.application.submission.WorkflowException;
import vn.khoidn.portal.interfaces.web.CurrentUser;
import vn.khoidn.portal.interfaces.web.Messages;

/** The rounds page: the rounds with their forms by status, and opening a new round. */
@Named
@ViewScoped
public class RoundsBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private SubmissionService submissions;
  @Inject private CatalogueService catalogue;

  private List<RoundSummary> rounds;
  private List<Indicator> enteredIndicators;
  private String periodCode;
  private String title;
  private LocalDate deadline;
  private List<String> indicatorCodes = new ArrayList<>();

  @PostConstruct
  void load() {
    rounds = submissions.roundsFor(CurrentUser.name());
    enteredIndicators =
        catalogue.current().indicators().stream()
            .filter(i -> i.source() == Source.ENTERED && !i.isPlan())
            .toList();
    if (indicatorCodes.isEmpty()) {
      enteredIndicators.stream()
          .filter(i -> !i.isPlan())
          .forEach(i -> indicatorCodes.add(i.code()));
    }
  }

  /** Opens the round described in the dialog. */
  public void open() {
    FacesContext context = FacesContext.getCurrentInstance();
    try {
      submissions.openRound(
          new OpenRound(periodCode, title, deadline, indicatorCodes, List.of()),
          CurrentUser.name());
      Messages.info(context, "rounds.opened", title);
      periodCode = null;
      title = null;
      deadline = null;
      load();
    } catch (WorkflowException | AccessDeniedException e) {
      Messages.refusal(context, e);
      context.validationFailed();
    }
  }

  public List<RoundSummary> getRounds() {
    return rounds;
  }

  public List<Indicator> getEnteredIndicators() {
    return enteredIndicators;
  }

  public String getPeriodCode() {
    return periodCode;
  }

  public void setPeriodCode(String periodCode) {
    this.periodCode =
        periodCode == null ? null : periodCode.strip().toUpperCase(java.util.Locale.ROOT);
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public LocalDate getDeadline() {
    return deadline;
  }

  public void setDeadline(LocalDate deadline) {
    this.deadline = deadline;
  }

  public List<String> getIndicatorCodes() {
    return indicatorCodes;
  }

  public void setIndicatorCodes(List<String> indicatorCodes) {
    this.indicatorCodes = indicatorCodes;
  }
}
