package vn.khoidn.portal.interfaces.submission.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.khoidn.portal.application.submission.FormSummary;
import vn.khoidn.portal.application.submission.SubmissionService;
import vn.khoidn.portal.interfaces.web.CurrentUser;

/** "My forms due": every form the user works on, with its status, deadline and days left. */
@Named
@ViewScoped
public class MyFormsBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private SubmissionService submissions;

  private List<FormSummary> forms;

  @PostConstruct
  void load() {
    forms = submissions.formsFor(CurrentUser.name());
  }

  public List<FormSummary> getForms() {
    return forms;
  }
}
