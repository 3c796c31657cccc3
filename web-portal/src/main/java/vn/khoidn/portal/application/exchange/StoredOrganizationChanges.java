package vn.khoidn.portal.application.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import vn.khoidn.domain.registry.Sector;
import vn.khoidn.portal.application.organization.OrganizationDetails;
import vn.khoidn.portal.application.organization.OrganizationRow;
import vn.khoidn.portal.application.organization.OrganizationService;

/**
 * The organization import's writes: the tree's changes through {@link OrganizationService} (each
 * checked by the tree aggregate), the rest through the {@link OrganizationDetails} port.
 */
@ApplicationScoped
public class StoredOrganizationChanges implements OrganizationChanges {

  @Inject private OrganizationService organizationService;
  @Inject private OrganizationDetails details;

  @Override
  public void create(OrganizationRow row, String adminName) {
    organizationService.create(row, adminName);
  }

  @Override
  public void correct(String code, String name, Sector sector) {
    details.correct(code, name, sector);
  }

  @Override
  public void placeIn(String code, String hostUnitCode) {
    details.placeIn(code, hostUnitCode);
  }

  @Override
  public void move(String code, String newParentCode, LocalDate on, String adminName) {
    organizationService.move(code, newParentCode, on, adminName);
  }

  @Override
  public void dissolve(String code, LocalDate on, String adminName) {
    organizationService.dissolve(code, on, adminName);
  }

  @Override
  public void reestablish(String code, LocalDate on) {
    details.reestablish(code, on);
  }

  @Override
  public List<LocalDate> moveDates(String code) {
    return details.moveDates(code);
  }
}
