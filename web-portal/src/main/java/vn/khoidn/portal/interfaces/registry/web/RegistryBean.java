package vn.khoidn.portal.interfaces.registry.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.TreeSet;
import vn.khoidn.domain.registry.LegalForm;
import vn.khoidn.domain.registry.Sector;
import vn.khoidn.portal.application.account.AccessDeniedException;
import vn.khoidn.portal.application.registry.Pipeline;
import vn.khoidn.portal.application.registry.RegistryService;
import vn.khoidn.portal.application.registry.UnitInput;
import vn.khoidn.portal.application.registry.UnitRow;
import vn.khoidn.portal.application.submission.ConcurrentEditException;
import vn.khoidn.portal.interfaces.web.CurrentUser;
import vn.khoidn.portal.interfaces.web.Messages;

/**
 * The registry page: every host unit with and without a party organization, filterable by district,
 * sector and legal form; the units eligible to establish a party organization, a youth-union
 * chapter or a trade union; the youth-union coverage. Staff add and edit units.
 */
@Named
@ViewScoped
public class RegistryBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private vn.khoidn.portal.application.time.PortalClock clock;
  @Inject private RegistryService registry;

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
