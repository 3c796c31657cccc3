package vn.khoidn.portal.interfaces.submission.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.khoidn.domain.submission.FormStatus;
import vn.khoidn.portal.application.account.AccessDeniedException;
import vn.khoidn.portal.application.submission.ConcurrentEditException;
import vn.khoidn.portal.application.submission.FormSummary;
import vn.khoidn.portal.application.submission.SubmissionService;
import vn.khoidn.portal.application.submission.WorkflowException;
import vn.khoidn.portal.interfaces.web.CurrentUser;
import vn.khoidn.portal.interfaces.web.Messages;

/** A round's forms for review: by status, opened one by one, or accepted many at once. */
@Named
@ViewScoped
public class ReviewBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private SubmissionService submissions;

  private Long round;
  private boolean malformedRound;
  private List<FormSummary> forms;
  private List<FormSummary> selected = new ArrayList<>();

  /** Loads the round named in the URL. */
  public void load() throws java.io.IOException {
    if (malformedRound) {
      FacesContext context = FacesContext.getCurrentInstance();
      context.getExternalContext().responseSendError(404, "Không có đợt báo cáo này.");
      context.responseComplete();
      return;
    }
    if (forms == null && round != null) {
      forms = submissions.formsOfRound(round, user());
    }
  }

  /** Accepts the selected forms that are submitted: all or none. */
  public void acceptSelected() {
    FacesContext context = FacesContext.getCurrentInstance();
    Map<Long, Long> versions = new LinkedHashMap<>();
    List<String> skipped = new ArrayList<>();
    for (FormSummary f : selected) {
      if (f.status() == FormStatus.SUBMITTED) {
        versions.put(f.formId(), f.version());
      } else {
        skipped.add(
            f.organizationName()
                + " ("
                + Messages.text(context, "status." + f.status().name())
                    .toLowerCase(java.util.Locale.forLanguageTag("vi-VN"))
                + ")");
      }
    }
    // Every form left out is named with why: only a submitted form can be accepted.
    for (String s : skipped) {
      Messages.add(
          context, FacesMessage.SEVERITY_WARN, Messages.text(context, "review.skipped", s));
    }
    if (versions.isEmpty()) {
      Messages.error(context, "review.noneSelected");
      return;
    }
    try {
      int accepted = submissions.acceptAll(versions, user());
      Messages.info(context, "review.accepted", accepted);
      selected = new ArrayList<>();
      forms = submissions.formsOfRound(round, user());
    } catch (ConcurrentEditException | WorkflowException | AccessDeniedException e) {
      Messages.refusal(context, e);
    }
  }

  private String user() {
    return CurrentUser.name();
  }

  public Long getRound() {
    return round;
  }

  public void setRound(Long round) {
    this.round = round;
  }

  /** The round's id as the address has it. */
  public String getRoundParameter() {
    return round == null ? null : round.toString();
  }

  /**
   * Takes the round from the address: a positive whole number, else none (the page answers 404).
   *
   * @param text the address's {@code round}
   */
  public void setRoundParameter(String text) {
    this.round = PageIds.parse(text);
    this.malformedRound = text != null && round == null;
  }

  public List<FormSummary> getForms() {
    return forms;
  }

  public List<FormSummary> getSelected() {
    return selected;
  }

  public void setSelected(List<FormSummary> selected) {
    this.selected = selected;
  }
}
