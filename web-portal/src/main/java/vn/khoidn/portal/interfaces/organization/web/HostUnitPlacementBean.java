package vn.khoidn.portal.interfaces.organization.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.khoidn.portal.application.account.AccessDeniedException;
import vn.khoidn.portal.application.registry.PlacementService;
import vn.khoidn.portal.application.registry.UnitChoice;
import vn.khoidn.portal.interfaces.web.CurrentUser;
import vn.khoidn.portal.interfaces.web.Messages;

/**
 * The organizations page's panel that places an organization in a host unit chosen from the
 * registry.
 */
@Named
@ViewScoped
public class HostUnitPlacementBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private PlacementService placements;

  private List<UnitChoice> units = List.of();
  private String organizationCode;
  private String unitCode;

  @PostConstruct
  void load() {
    try {
      units = placements.choices(CurrentUser.name());
    } catch (AccessDeniedException e) {
      units = List.of();
    }
  }

  /** Shows the unit the chosen organization sits in now. */
  public void organizationChosen() {
    FacesContext context = FacesContext.getCurrentInstance();
    try {
      unitCode =
          organizationCode == null || organizationCode.isBlank()
              ? null
              : placements.unitOf(CurrentUser.name(), organizationCode);
    } catch (IllegalArgumentException | AccessDeniedException e) {
      Messages.refusal(context, e);
    }
  }

  /** Places the chosen organization in the chosen unit. */
  public void place() {
    FacesContext context = FacesContext.getCurrentInstance();
    try {
      boolean changed = placements.place(CurrentUser.name(), organizationCode, unitCode);
      Messages.info(context, changed ? "organizations.placed" : "organizations.placedAlready");
    } catch (IllegalArgumentException | AccessDeniedException e) {
      Messages.refusal(context, e);
      context.validationFailed();
    }
  }

  public List<UnitChoice> getUnits() {
    return units;
  }

  public String getOrganizationCode() {
    return organizationCode;
  }

  public void setOrganizationCode(String organizationCode) {
    this.organizationCode = organizationCode;
  }

  public String getUnitCode() {
    return unitCode;
  }

  public void setUnitCode(String unitCode) {
    this.unitCode = unitCode;
  }
}
