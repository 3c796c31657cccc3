package vn.khoidn.portal.interfaces.report.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import vn.khoidn.domain.period.Resolution;
import vn.khoidn.portal.application.account.AccessDeniedException;
import vn.khoidn.portal.application.account.AccountService;
import vn.khoidn.portal.application.organization.OrganizationRow;
import vn.khoidn.portal.application.report.ReportInput;
import vn.khoidn.portal.application.report.ReportService;
import vn.khoidn.portal.application.report.ReportView;
import vn.khoidn.portal.application.submission.ConcurrentEditException;
import vn.khoidn.portal.interfaces.web.CurrentUser;
import vn.khoidn.portal.interfaces.web.Messages;
import vn.khoidn.reporting.model.ReportDocument;
import vn.khoidn.reporting.review.Narratives;

/**
 * The "Lập báo cáo" page: choose the organization and the period or the resolution's review, read
 * the report as it stands today, write the narratives, download DOCX, PDF and the XLSX annex,
 * issue. The organization and period are in the address.
 */
@Named
@ViewScoped
public class ReportBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private vn.khoidn.portal.application.time.PortalClock clock;
  @Inject private ReportService reports;
  @Inject private AccountService accounts;

  private String organizationCode;
  private String periodCode;
  private String mode = "resolution";
  private String resolutionNumber;
  private int years = 1;
  private String calendarPeriod;
  private ReportView view;
  private ReportInput input;
  private ReportDocument preview;
  private Map<String, String> settings;
  private List<OrganizationRow> organizations = List.of();
  private List<Resolution> resolutions = List.of();

  /** Reads the choices and, when the address names a report, opens it. */
  public void load() {
    FacesContext context = FacesContext.getCurrentInstance();
    if (context.isPostback()) {
      return;
    }
    if (calendarPeriod == null) {
      calendarPeriod = Integer.toString(clock.today().getYear() - 1);
    }
    String user = CurrentUser.name();
    try {
      organizations = reports.organizations(user);
      resolutions = reports.resolutions();
    } catch (AccessDeniedException e) {
      Messages.refusal(context, e);
      return;
    }
    if (organizationCode == null) {
      organizationCode = accounts.profile(user).orElseThrow().organization().code();
    }
    if (resolutionNumber == null && !resolutions.isEmpty()) {
      resolutionNumber = resolutions.get(0).number();
    }
    if (periodCode != null && !periodCode.isBlank()) {
      int plus = periodCode.lastIndexOf('+');
      if (plus > 0) {
        mode = "resolution";
        resolutionNumber = periodCode.substring(0, plus);
        try {
          years = vn.khoidn.portal.application.report.ReportService.reviewYears(periodCode);
        } catch (IllegalArgumentException e) {
          // reviewYears refuses only in words ("Số năm sơ kết ..."): its answer stays helpful.
          Messages.refusal(
              context,
              vn.khoidn.portal.interfaces.web.Refusals.vouched(e, "INVALID_REVIEW_PERIOD"));
          periodCode = null;
          return;
        }
      } else {
        mode = "period";
        calendarPeriod = periodCode;
      }
      show(context);
    }
  }

  /** Shows the report the address names as it stands; a link never makes a draft. */
  private void show(FacesContext context) {
    try {
      view = reports.find(CurrentUser.name(), organizationCode, periodCode).orElse(null);
      input = view == null ? null : ReportInput.of(view);
      preview = view == null ? null : reports.document(CurrentUser.name(), view.id());
      settings =
          view == null ? null : reports.settings(CurrentUser.name(), view.organizationCode());
    } catch (IllegalArgumentException | AccessDeniedException e) {
      view = null;
      preview = null;
      Messages.refusal(context, e);
    }
  }

  /** Whether the address names a report that has no version yet. */
  public boolean isNone() {
    return view == null && periodCode != null && !periodCode.isBlank();
  }

  /**
   * Puts the choices into the address and opens the report.
   *
   * @return the page with the choices as parameters
   */
  public String choose() {
    periodCode =
        "resolution".equals(mode)
            ? resolutionNumber + "+" + years + "Y"
            : calendarPeriod == null
                ? ""
                : calendarPeriod.strip().toUpperCase(java.util.Locale.ROOT);
    return "/app/report.xhtml?faces-redirect=true&includeViewParams=true";
  }

  private void open(FacesContext context) {
    try {
      view = reports.open(CurrentUser.name(), organizationCode, periodCode);
      input = ReportInput.of(view);
      preview = reports.document(CurrentUser.name(), view.id());
      settings = reports.settings(CurrentUser.name(), view.organizationCode());
    } catch (IllegalArgumentException | AccessDeniedException e) {
      view = null;
      preview = null;
      Messages.refusal(context, e);
    }
  }

  /** Saves the draft's number, date and narratives, and shows the report again. */
  public void save() {
    FacesContext context = FacesContext.getCurrentInstance();
    try {
      view = reports.save(CurrentUser.name(), view.id(), view.version(), input);
      preview = reports.document(CurrentUser.name(), view.id());
      Messages.info(context, "report.saved");
    } catch (IllegalArgumentException | AccessDeniedException | ConcurrentEditException e) {
      Messages.refusal(context, e);
      context.validationFailed();
    }
  }

  /** Issues the draft: its files are frozen. */
  public void issue() {
    FacesContext context = FacesContext.getCurrentInstance();
    try {
      view = reports.issue(CurrentUser.name(), view.id(), view.version());
      preview = reports.document(CurrentUser.name(), view.id());
      Messages.info(context, "report.issued", view.number());
    } catch (IllegalArgumentException | AccessDeniedException | ConcurrentEditException e) {
      Messages.refusal(context, e);
      context.validationFailed();
    }
  }

  /** Starts a new draft after an issued report, from today's figures. */
  public void newDraft() {
    open(FacesContext.getCurrentInstance());
  }

  /** Saves the issuing body's settings of the open report's organization. */
  public void saveSettings() {
    FacesContext context = FacesContext.getCurrentInstance();
    try {
      reports.saveSettings(CurrentUser.name(), view.organizationCode(), settings);
      if (view != null) {
        preview = reports.document(CurrentUser.name(), view.id());
      }
      Messages.info(context, "report.settingsSaved");
    } catch (IllegalArgumentException | AccessDeniedException e) {
      Messages.refusal(context, e);
      context.validationFailed();
    }
  }

  /**
   * A file of the open report.
   *
   * @param format docx, pdf or xlsx
   * @return the download
   */
  public StreamedContent download(String format) {
    return download(view.id(), format);
  }

  /**
   * A file of a report, an issued one as it was issued.
   *
   * @param id the report
   * @param format docx, pdf or xlsx
   * @return the download
   */
  public StreamedContent download(long id, String format) {
    ReportService.ReportFile file = reports.file(CurrentUser.name(), id, format);
    byte[] bytes = file.bytes();
    return DefaultStreamedContent.builder()
        .name(file.name())
        .contentType(file.contentType())
        .contentLength((long) bytes.length)
        .stream(() -> new ByteArrayInputStream(bytes))
        .build();
  }

  /** Whether the user may write and issue. */
  public boolean isEditor() {
    var external = FacesContext.getCurrentInstance().getExternalContext();
    return external.isUserInRole("STAFF") || external.isUserInRole("ADMIN");
  }

  /** Whether the open report is a draft staff can edit. */
  public boolean isEditable() {
    return view != null && "DRAFT".equals(view.status()) && isEditor();
  }

  /** The narrative sections in their order, with their labels' keys. */
  public List<String> getSections() {
    return java.util.Arrays.stream(Narratives.Section.values()).map(Enum::name).toList();
  }

  /** The mark the preview of a draft carries, as its files do. */
  public String getDraftMark() {
    return ReportDocument.DRAFT_MARK;
  }

  /** The settings' names, in order. */
  public List<String> getSettingNames() {
    return ReportService.SETTINGS;
  }

  public String getOrganizationCode() {
    return organizationCode;
  }

  public void setOrganizationCode(String organizationCode) {
    this.organizationCode = organizationCode;
  }

  public String getPeriodCode() {
    return periodCode;
  }

  public void setPeriodCode(String periodCode) {
    this.periodCode = periodCode;
  }

  public String getMode() {
    return mode;
  }

  public void setMode(String mode) {
    this.mode = mode;
  }

  public String getResolutionNumber() {
    return resolutionNumber;
  }

  public void setResolutionNumber(String resolutionNumber) {
    this.resolutionNumber = resolutionNumber;
  }

  public int getYears() {
    return years;
  }

  public void setYears(int years) {
    this.years = years;
  }

  public String getCalendarPeriod() {
    return calendarPeriod;
  }

  public void setCalendarPeriod(String calendarPeriod) {
    this.calendarPeriod = calendarPeriod;
  }

  public ReportView getView() {
    return view;
  }

  public ReportInput getInput() {
    return input;
  }

  public ReportDocument getPreview() {
    return preview;
  }

  public Map<String, String> getSettings() {
    return settings == null ? new LinkedHashMap<>() : settings;
  }

  public List<OrganizationRow> getOrganizations() {
    return organizations;
  }

  public List<Resolution> getResolutions() {
    return resolutions;
  }
}
