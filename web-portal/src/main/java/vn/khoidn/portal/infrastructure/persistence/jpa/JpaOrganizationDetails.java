package vn.khoidn.portal.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import vn.khoidn.domain.registry.Sector;
import vn.khoidn.portal.application.InvalidInputException;
import vn.khoidn.portal.application.organization.OrganizationDetails;

/** The {@link OrganizationDetails} port on the organization's entity. */
@ApplicationScoped
public class JpaOrganizationDetails implements OrganizationDetails {

  @Inject private JpaOrganizationRepository organizations;
  @Inject private JpaHostUnitRepository hostUnits;

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
                        new InvalidInputException(
                            "UNKNOWN_HOST_UNIT",
                            "Không có đơn vị mã \"" + hostUnitCode + "\" trong danh bạ.")));
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

  private OrganizationEntity find(String code) {
    return organizations
        .findByCode(code)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "UNKNOWN_ORGANIZATION", "Không có tổ chức mã " + code + "."));
  }
}
