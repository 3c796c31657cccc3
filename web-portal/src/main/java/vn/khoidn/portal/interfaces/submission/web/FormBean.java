package vn.khoidn.portal.interfaces.submission.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.khoidn.domain.validation.ValidationIssue;
import vn.khoidn.portal.application.account.AccessDeniedException;
import vn.khoidn.portal.application.submission.AuditView;
import vn.khoidn.portal.application.submission.ConcurrentEditException;
import vn.khoidn.portal.application.submission.EntryInput;
import vn.khoidn.portal.application.submission.FormInput;
import vn.khoidn.portal.application.submission.FormView;
import vn.khoidn.portal.application.submission.SaveOutcome;
import vn.khoidn.portal.application.submission.SubmissionService;
import vn.khoidn.portal.application.submission.WorkflowException;
import vn.khoidn.portal.interfaces.web.CurrentUser;
import vn.khoidn.portal.interfaces.web.Messages;

/**
 * The form page: what the user typed stays here, so a refused or conflicting save loses nothing.
 * Each action is one call to the {@link SubmissionService}.
 */
@Named
@ViewScoped
public class FormBean implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final java.util.logging.Logger LOG =
      java.util.logging.Logger.getLogger(FormBean.class.getName());

  @Inject private SubmissionService submissions;
  @Inject private vn.khoidn.portal.application.exchange.FormWorkbookService workbooks;
  @Inject private vn.khoidn.portal.application.exchange.ValueImportService imports;

  private transient jakarta.servlet.http.Part upload;
  private java.util.List<vn.khoidn.portal.application.exchange.ValueRow> uploadedRows;
  private java.util.List<PreviewRow> preview = java.util.List.of();
  private boolean previewClean;

  private Long id;
  private FormView view;
  private FormInput input;
  // What the page loaded, before the user typed: a save merges block by block with what others
  // (a subordinate cell's reporter, the committee's) saved since.
  private FormInput loaded;
  private List<ValidationIssue> issues = new ArrayList<>();
  private String returnComment;
  private LocalDate exceptionUntil;
  private List<AuditView> history = List.of();
  private String historySubject;

  /**
   * Loads the form named in the URL; refuses with 403 a form the user may not see (or that does not
   * exist).
   *
   * @throws IOException if the refusal cannot be sent
   */
  public void load() throws IOException {
    FacesContext context = FacesContext.getCurrentInstance();
    if (view != null) {
      return;
    }
    if (id == null) {
      // No id, or one that is not a number: no such page.
      context.getExternalContext().responseSendError(404, "Không có biểu mẫu này.");
      context.responseComplete();
      return;
    }
    try {
      view = submissions.form(id, user());
      input = submissions.input(id, user());
      loaded = input.copy();
    } catch (AccessDeniedException e) {
      LOG.info(
          () ->
              "Refused form "
                  + id
                  + " to "
                  + context.getExternalContext().getRemoteUser()
                  + ": "
                  + e.getMessage());
      context.getExternalContext().responseSendError(403, e.getMessage());
      context.responseComplete();
    }
  }

  /**
   * Saves a draft.
   *
   * @return the form again (post-redirect-get) when saved; null to stay with what was typed
   */
  public String save() {
    return run(
        () -> submissions.saveDraft(id, input, loaded, view.version(), user()), "form.saved");
  }

  /**
   * Submits the form for review.
   *
   * @return the form again when submitted; null to stay with what was typed
   */
  public String submit() {
    return run(
        () -> submissions.submit(id, input, loaded, view.version(), user()), "form.submitted");
  }

  /**
   * Staff save corrections to accepted figures.
   *
   * @return the form again when saved; null to stay with what was typed
   */
  public String correct() {
    return run(
        () -> submissions.correctAccepted(id, input, view.version(), user()), "form.corrected");
  }

  /**
   * Staff accept the form.
   *
   * @return the form again, or null when refused
   */
  public String accept() {
    return act(() -> submissions.accept(id, view.version(), user()), "form.accepted");
  }

  /**
   * Staff return the form with the comment typed.
   *
   * @return the form again, or null when refused
   */
  public String returnForm() {
    return act(
        () -> submissions.returnForm(id, returnComment, view.version(), user()), "form.returned");
  }

  /**
   * Staff let the organization change the form after the deadline.
   *
   * @return the form again, or null when refused
   */
  public String grantException() {
    return act(
        () -> submissions.grantException(id, exceptionUntil, user()), "form.exceptionGranted");
  }

  /** Drops what was typed and shows the form as stored. */
  public void reload() {
    view = submissions.form(id, user());
    input = submissions.input(id, user());
    loaded = input.copy();
    issues = new ArrayList<>();
  }

  /**
   * Shows the recorded changes of one value, or of the whole form.
   *
   * @param subject the value, e.g. {@code CB-A/NEW_MEMBERS}, or null for everything
   */
  public void showHistory(String subject) {
    historySubject = subject;
    history =
        submissions.history(id, user()).stream()
            .filter(a -> subject == null || a.subject().startsWith(subject))
            .toList();
  }

  /**
   * The figures typed for one organization and indicator.
   *
   * @param organizationCode the organization
   * @param indicatorCode the indicator
   * @return the entry the inputs bind to
   */
  public EntryInput entry(String organizationCode, String indicatorCode) {
    return input.entry(organizationCode, indicatorCode);
  }

  /**
   * The findings about one organization's indicator.
   *
   * @param organizationCode the organization
   * @param indicatorCode the indicator
   * @return the findings, errors first
   */
  public List<ValidationIssue> issuesFor(String organizationCode, String indicatorCode) {
    return issues.stream()
        .filter(
            i ->
                organizationCode.equals(i.organizationCode())
                    && indicatorCode.equals(i.indicatorCode()))
        .sorted((a, b) -> a.severity().compareTo(b.severity()))
        .toList();
  }

  /**
   * Whether the inputs accept typing now: the reporter's open form, or staff correcting accepted
   * figures.
   */
  public boolean isEditable(FormView.Block block) {
    return block.editable() || view.canCorrect();
  }

  private String run(java.util.function.Supplier<SaveOutcome> action, String successKey) {
    FacesContext context = FacesContext.getCurrentInstance();
    try {
      SaveOutcome outcome = action.get();
      issues = new ArrayList<>(outcome.issues());
      if (outcome.saved()) {
        if (!issues.isEmpty()) {
          view = submissions.form(id, user());
          // What is stored now, others' blocks included, is what the next save merges against.
          input = submissions.input(id, user());
          loaded = input.copy();
          Messages.info(context, successKey);
          Messages.add(
              context,
              FacesMessage.SEVERITY_WARN,
              Messages.text(context, "form.warnings", issues.size()));
          return null;
        }
        return redirectWith(context, successKey);
      }
      long errors = issues.stream().filter(ValidationIssue::isError).count();
      Messages.error(context, "form.notSaved", errors);
      context.validationFailed();
    } catch (ConcurrentEditException | WorkflowException | AccessDeniedException e) {
      Messages.refusal(context, e);
      context.validationFailed();
    }
    return null;
  }

  private String act(Runnable action, String successKey) {
    FacesContext context = FacesContext.getCurrentInstance();
    try {
      action.run();
      return redirectWith(context, successKey);
    } catch (ConcurrentEditException | WorkflowException | AccessDeniedException e) {
      Messages.refusal(context, e);
      context.validationFailed();
      return null;
    }
  }

  /** Shows the stored form at its own address, so that reloading or bookmarking the page works. */
  private static String redirectWith(FacesContext context, String successKey) {
    Messages.info(context, successKey);
    context.getExternalContext().getFlash().setKeepMessages(true);
    return "/app/form.xhtml?faces-redirect=true&includeViewParams=true";
  }

  private String user() {
    return CurrentUser.name();
  }

  /**
   * The form as an Excel template to fill in offline.
   *
   * @return the download
   */
  public org.primefaces.model.StreamedContent getTemplate() {
    byte[] bytes = workbooks.template(user(), id);
    return org.primefaces.model.DefaultStreamedContent.builder()
        .name("bieu-mau-" + view.periodCode() + "-" + id + ".xlsx")
        .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .contentLength((long) bytes.length)
        .stream(() -> new java.io.ByteArrayInputStream(bytes))
        .build();
  }

  /** Reads the uploaded template and shows each row with what is wrong with it, saving nothing. */
  public void previewUpload() {
    FacesContext context = FacesContext.getCurrentInstance();
    preview = java.util.List.of();
    previewClean = false;
    try {
      if (!vn.khoidn.portal.interfaces.web.Uploads.present(upload)) {
        Messages.error(context, "form.excel.noFile");
        return;
      }
      try {
        uploadedRows = workbooks.read(vn.khoidn.portal.interfaces.web.Uploads.bytes(upload));
      } catch (IllegalArgumentException unreadable) {
        // FormWorkbookService.read refuses only in words ("Tệp ..."): its answer stays helpful.
        throw vn.khoidn.portal.interfaces.web.Refusals.vouched(unreadable, "UNREADABLE_FILE");
      }
      if (uploadedRows.isEmpty()) {
        Messages.error(context, "form.excel.noRows");
        return;
      }
      java.util.Map<Integer, String> problems = new java.util.HashMap<>();
      for (vn.khoidn.portal.application.exchange.RowError e :
          imports.checkForForm(user(), id, uploadedRows)) {
        problems.merge(e.line(), e.message(), (a, b) -> a + " " + b);
      }
      java.util.List<PreviewRow> rows = new java.util.ArrayList<>();
      for (vn.khoidn.portal.application.exchange.ValueRow r : uploadedRows) {
        rows.add(
            new PreviewRow(
                r.line(),
                r.org(),
                r.indicator(),
                r.sector(),
                r.value(),
                problems.getOrDefault(r.line(), "")));
      }
      preview = rows;
      previewClean = problems.isEmpty();
      if (!previewClean) {
        Messages.add(
            context,
            jakarta.faces.application.FacesMessage.SEVERITY_ERROR,
            Messages.text(context, "form.excel.hasErrors", problems.size()));
      }
    } catch (IllegalArgumentException | AccessDeniedException e) {
      Messages.refusal(context, e);
    }
  }

  /**
   * Puts the previewed rows into the draft.
   *
   * @return the form again when saved; null to stay with a message
   */
  public String applyUpload() {
    if (uploadedRows == null || !previewClean) {
      return null;
    }
    try {
      return run(
          () -> imports.applyToForm(user(), id, view.version(), uploadedRows),
          "form.excel.applied");
    } catch (vn.khoidn.portal.application.exchange.ImportRejectedException e) {
      Messages.add(
          FacesContext.getCurrentInstance(),
          jakarta.faces.application.FacesMessage.SEVERITY_ERROR,
          e.getMessage());
      return null;
    }
  }

  /**
   * A row of the uploaded template and what is wrong with it.
   *
   * @param line the sheet's row
   * @param org the organization's code
   * @param indicator the indicator's code
   * @param sector the sector, or empty
   * @param value the value
   * @param problem what is wrong, or empty
   */
  public record PreviewRow(
      int line, String org, String indicator, String sector, String value, String problem)
      implements Serializable {}

  public jakarta.servlet.http.Part getUpload() {
    return upload;
  }

  public void setUpload(jakarta.servlet.http.Part upload) {
    this.upload = upload;
  }

  public java.util.List<PreviewRow> getPreview() {
    return preview;
  }

  public boolean isPreviewClean() {
    return previewClean;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  /** The form's id as the address has it. */
  public String getIdParameter() {
    return id == null ? null : id.toString();
  }

  /**
   * Takes the id from the address: a positive whole number, else none (the page answers 404).
   *
   * @param text the address's {@code id}
   */
  public void setIdParameter(String text) {
    this.id = PageIds.parse(text);
  }

  public FormView getView() {
    return view;
  }

  public FormInput getInput() {
    return input;
  }

  public String getReturnComment() {
    return returnComment;
  }

  public void setReturnComment(String returnComment) {
    this.returnComment = returnComment;
  }

  public LocalDate getExceptionUntil() {
    return exceptionUntil;
  }

  public void setExceptionUntil(LocalDate exceptionUntil) {
    this.exceptionUntil = exceptionUntil;
  }

  public List<AuditView> getHistory() {
    return history;
  }

  public String getHistorySubject() {
    return historySubject;
  }
}
