package vn.khoidn.portal.application.submission;

import java.time.LocalDate;
import vn.khoidn.domain.organization.OrganizationKind;
import vn.khoidn.domain.registry.Sector;
import vn.khoidn.portal.application.organization.OrganizationRef;

/** The organizations port over a map, with the same orders as the JPA adapter. */
final class InMemoryOrganizations extends vn.khoidn.portal.testsupport.MapOrganizations {

  private long next = 1;

  OrganizationRef add(String code, String name, OrganizationKind kind, OrganizationRef parent) {
    return add(code, name, kind, parent, null, null);
  }

  OrganizationRef add(
      String code,
      String name,
      OrganizationKind kind,
      OrganizationRef parent,
      LocalDate establishedOn,
      LocalDate dissolvedOn) {
    OrganizationRef o =
        new OrganizationRef(
            next++,
            code,
            name,
            kind,
            Sector.STATE,
            parent == null ? null : parent.id(),
            null,
            establishedOn,
            dissolvedOn);
    put(o);
    return o;
  }
}
