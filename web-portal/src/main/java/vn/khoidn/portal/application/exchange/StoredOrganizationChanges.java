package vn.khoidn.portal.application.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.function.Consumer;
import vn.khoidn.domain.registry.Sector;
import vn.khoidn.portal.application.organization.OrganizationDetails;
import vn.khoidn.portal.application.organization.OrganizationService;
import vn.khoidn.portal.application.organization.TreeHistory;

/**
 * The organization import's writes: the tree's changes through {@link OrganizationService} (one
 * batch, checked by the tree aggregate), the rest through the {@link OrganizationDetails} port.
 */
@ApplicationScoped
public class StoredOrganizationChanges implements OrganizationChanges {

  @Inject private OrganizationService organizationService;
  @Inject private OrganizationDetails details;

  @Override
  public void changeTree(String adminName, boolean dryRun, Consumer<TreeHistory> changes) {
    if (dryRun) {
      organizationService.check(adminName, changes);
    } else {
      organizationService.change(adminName, changes);
    }
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
  public void reestablish(String code, LocalDate on) {
    details.reestablish(code, on);
  }
}
