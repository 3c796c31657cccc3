package vn.khoidn.portal.application.report;

import vn.khoidn.domain.organization.OrganizationKind;
import vn.khoidn.domain.registry.Sector;
import vn.khoidn.portal.application.organization.OrganizationRef;

/** Organizations in a map, the subtree walked parents first. */
final class InMemoryOrganizations extends vn.khoidn.portal.testsupport.MapOrganizations {

  OrganizationRef add(long id, String code, String name, OrganizationKind kind, Long parentId) {
    OrganizationRef o =
        new OrganizationRef(id, code, name, kind, Sector.NON_STATE, parentId, null, null, null);
    put(o);
    return o;
  }
}
