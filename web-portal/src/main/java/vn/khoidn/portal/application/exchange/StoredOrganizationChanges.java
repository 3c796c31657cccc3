package vn.khoidn.portal.application.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.khoidn.domain.registry.Sector;
import vn.khoidn.portal.application.organization.OrganizationRow;
import vn.khoidn.portal.application.organization.OrganizationService;
import vn.khoidn.portal.infrastructure.persistence.jpa.JpaHostUnitRepository;
import vn.khoidn.portal.infrastructure.persistence.jpa.JpaOrganizationRepository;
import vn.khoidn.portal.infrastructure.persistence.jpa.OrganizationEntity;
import vn.khoidn.portal.infrastructure.persistence.jpa.OrganizationLinkEntity;

/**
 * The organization import's writes, through {@link OrganizationService} where it has the change and
 * on the organization's entity where it has not (name and sector, host unit, establishment date).
 * To be replaced by the organization tree's repository once it has these changes.
 */
@ApplicationScoped
public class StoredOrganizationChanges implements OrganizationChanges {

  @Inject private OrganizationService organizationService;
  @Inject private JpaOrganizationRepository organizations;
  @Inject private JpaHostUnitRepository hostUnits;

  @Override
  public void create(OrganizationRow row, String adminName) {
    organizationService.create(row, adminName);
  }

  @Override
  public void correct(String code, String name, Sector sector) {
    find(code).correct(name, sector);
  }

  @Override
  public void placeIn(String code, String hostUnitCode) {
    find(code)
        .placeIn(
            hostUnits
                .findByCode(hostUnitCode)
                .orElseThrow(
                    () ->
                        new IllegalArgumentException(
                            "Không có đơn vị mã \"" + hostUnitCode + "\" trong danh bạ.")));
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
    OrganizationEntity org = find(code);
    List<OrganizationLinkEntity> links = organizations.linksOf(org);
    if (!links.isEmpty() && Objects.equals(links.get(0).getValidFrom(), org.getEstablishedOn())) {
      links.get(0).startOn(on);
    }
    org.reestablish(on);
  }

  @Override
  public List<LocalDate> moveDates(String code) {
    List<OrganizationLinkEntity> links = organizations.linksOf(find(code));
    List<LocalDate> days = new ArrayList<>();
    for (OrganizationLinkEntity l : links.subList(Math.min(1, links.size()), links.size())) {
      if (l.getValidFrom() != null) {
        days.add(l.getValidFrom());
      }
    }
    return days;
  }

  private OrganizationEntity find(String code) {
    return organizations
        .findByCode(code)
        .orElseThrow(() -> new IllegalArgumentException("Không có tổ chức mã " + code + "."));
  }
}
