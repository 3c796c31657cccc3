package vn.khoidn.portal.interfaces.registry.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeSet;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import vn.khoidn.domain.registry.LegalForm;
import vn.khoidn.domain.registry.Sector;
import vn.khoidn.portal.application.account.AccessDeniedException;
import vn.khoidn.portal.application.exchange.ImportRejectedException;
import vn.khoidn.portal.application.exchange.ImportSummary;
import vn.khoidn.portal.application.exchange.RowError;
import vn.khoidn.portal.application.registry.Pipeline;
import vn.khoidn.portal.application.registry.RegistryImportService;
import vn.khoidn.portal.application.registry.RegistryService;
import vn.khoidn.portal.application.registry.UnitFile;
import vn.khoidn.portal.application.registry.UnitFileRow;
import vn.khoidn.portal.application.registry.UnitInput;
import vn.khoidn.portal.application.registry.UnitRow;
import vn.khoidn.portal.application.registry.UnitWorkbook;
import vn.khoidn.portal.application.submission.ConcurrentEditException;
import vn.khoidn.portal.interfaces.web.CurrentUser;
import vn.khoidn.portal.interfaces.web.Messages;

/**
 * The registry page: every host unit with and without a party organization, filterable by district,
 * sector and legal form; the units eligible to establish a party organization, a youth-union
 * chapter or a trade union; the youth-union coverage. Staff add and edit units, one by one or from
 * an Excel workbook in the columns of the API ({@code UnitFile}), and download the registry.
 */
@Named
@ViewScoped
public class RegistryBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private vn.khoidn.portal.application.time.PortalClock clock;
  @Inject private RegistryService registry;
  @Inject private RegistryImportService files;

  private transient jakarta.servlet.http.Part upload;
  private List<RowError> uploadErrors = List.of();
  private Pipeline pipeline;
  private UnitInput input;
  private List<String> districts = List.of();

  /** Reads the registry as it stands today. */
  public void load() {
    FacesContext context = FacesContext.getCurrentInstance();
    try {
      pipeline = registry.pipeline(CurrentUser.name(), clock.today());
      districts =
          List.copyOf(
              new TreeSet<>(
                  pipeline.units().stream()
                      .map(UnitRow::district)
                      .filter(d -> !d.isEmpty())
                      .toList()));
    } catch (AccessDeniedException e) {
      pipeline = null;
      Messages.refusal(context, e);
    }
  }

  /** Opens an empty unit to add. */
  public void startNew() {
    input = new UnitInput();
  }

  /**
   * Opens a stored unit to edit.
   *
   * @param code the unit's code
   */
  public void edit(String code) {
    FacesContext context = FacesContext.getCurrentInstance();
    try {
      input = registry.edit(CurrentUser.name(), code);
    } catch (IllegalArgumentException | AccessDeniedException e) {
      Messages.refusal(context, e);
    }
  }

  /** Closes the editor without saving. */
  public void cancel() {
    input = null;
  }

  /**
   * Saves the unit; on bad input or a concurrent change, stays with what was typed and says why.
   *
   * @return the page again, freshly read, or null to stay
   */
  public String save() {
    FacesContext context = FacesContext.getCurrentInstance();
    try {
      registry.save(CurrentUser.name(), input);
      context.getExternalContext().getFlash().setKeepMessages(true);
      Messages.info(context, "registry.saved", input.getName());
      return "/app/registry.xhtml?faces-redirect=true";
    } catch (IllegalArgumentException | AccessDeniedException | ConcurrentEditException e) {
      Messages.refusal(context, e);
      context.validationFailed();
      return null;
    }
  }

  /** Checks the uploaded workbook and lists every wrong row, storing nothing. */
  public void checkUpload() {
    readUpload(true);
  }

  /**
   * Stores the uploaded workbook if every row is right; otherwise lists every wrong row and stores
   * nothing.
   */
  public void importUpload() {
    if (readUpload(false)) {
      load();
    }
  }

  private boolean readUpload(boolean dryRun) {
    FacesContext context = FacesContext.getCurrentInstance();
    uploadErrors = List.of();
    if (!vn.khoidn.portal.interfaces.web.Uploads.present(upload)) {
      Messages.error(context, "registry.file.noFile");
      return false;
    }
    try {
      List<UnitFileRow> rows =
          UnitWorkbook.read(vn.khoidn.portal.interfaces.web.Uploads.bytes(upload));
      if (rows.isEmpty()) {
        Messages.error(context, "registry.file.noRows");
        return false;
      }
      ImportSummary summary = files.importUnits(CurrentUser.name(), rows, dryRun);
      Messages.info(
          context,
          dryRun ? "registry.file.checked" : "registry.file.imported",
          summary.imported(),
          summary.updated(),
          summary.unchanged());
      return true;
    } catch (ImportRejectedException e) {
      uploadErrors = List.copyOf(e.errors());
      Messages.add(context, FacesMessage.SEVERITY_ERROR, e.getMessage());
    } catch (IllegalArgumentException | AccessDeniedException | ConcurrentEditException e) {
      Messages.refusal(context, e);
    }
    context.validationFailed();
    return false;
  }

  /**
   * The registry as an Excel workbook in the columns the upload reads.
   *
   * @return the download
   */
  public StreamedContent getXlsx() {
    byte[] bytes = UnitWorkbook.write(files.export(CurrentUser.name()));
    return download(
        bytes,
        "danh-ba-don-vi.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  }

  /**
   * The registry as CSV (UTF-8), the columns of the API.
   *
   * @return the download
   */
  public StreamedContent getCsv() {
    byte[] bytes = UnitFile.csv(files.export(CurrentUser.name())).getBytes(StandardCharsets.UTF_8);
    return download(bytes, "danh-ba-don-vi.csv", "text/csv;charset=UTF-8");
  }

  private static StreamedContent download(byte[] bytes, String name, String type) {
    return DefaultStreamedContent.builder()
        .name(name)
        .contentType(type)
        .contentLength((long) bytes.length)
        .stream(() -> new ByteArrayInputStream(bytes))
        .build();
  }

  public jakarta.servlet.http.Part getUpload() {
    return upload;
  }

  public void setUpload(jakarta.servlet.http.Part upload) {
    this.upload = upload;
  }

  /** The wrong rows of the last upload: line, column and the reason in Vietnamese. */
  public List<RowError> getUploadErrors() {
    return uploadErrors;
  }

  /** Whether the user may edit the registry. */
  public boolean isEditor() {
    var external = FacesContext.getCurrentInstance().getExternalContext();
    return external.isUserInRole("STAFF") || external.isUserInRole("ADMIN");
  }

  public Pipeline getPipeline() {
    return pipeline;
  }

  public UnitInput getInput() {
    return input;
  }

  public List<String> getDistricts() {
    return districts;
  }

  public Sector[] getSectors() {
    return Sector.values();
  }

  public LegalForm[] getLegalForms() {
    return LegalForm.values();
  }
}
