package vn.khoidn.portal.application.exchange;

import java.time.LocalDate;
import vn.khoidn.domain.organization.OrganizationKind;
import vn.khoidn.domain.registry.Sector;
import vn.khoidn.portal.application.organization.OrganizationRef;
import vn.khoidn.portal.application.organization.Organizations;

/** The {@link Organizations} port over a map, for unit tests; ids are given in order of adding. */
public class InMemoryOrganizations extends vn.khoidn.portal.testsupport.MapOrganizations {

  private long nextId = 1;

  /**
   * Adds an organization.
   *
   * @param code its code
   * @param kind its kind
   * @param parentCode its parent's code, or null
   * @param established its establishment date, or null
   * @return it
   */
  public OrganizationRef add(
      String code, OrganizationKind kind, String parentCode, LocalDate established) {
    Long parentId = parentCode == null ? null : byCode(parentCode).orElseThrow().id();
    OrganizationRef o =
        new OrganizationRef(
            nextId++,
            code,
            "Tổ chức " + code,
            kind,
            Sector.STATE,
            parentId,
            null,
            established,
            null);
    put(o);
    return o;
  }

  /**
   * Replaces a stored organization with a changed copy (same id).
   *
   * @param changed the copy
   */
  public void replace(OrganizationRef changed) {
    put(changed);
  }

  /**
   * The organization with a code, which must exist.
   *
   * @param code the code
   * @return it
   */
  public OrganizationRef get(String code) {
    return byCode(code).orElseThrow();
  }
}
