package vn.khoidn.portal.application.exchange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.khoidn.domain.organization.OrganizationKind;
import vn.khoidn.domain.registry.Sector;
import vn.khoidn.portal.application.organization.OrganizationRef;
import vn.khoidn.portal.application.organization.Organizations;

/** The {@link Organizations} port over a map, for unit tests; ids are given in order of adding. */
public class InMemoryOrganizations implements Organizations {

  private final Map<Long, OrganizationRef> byId = new LinkedHashMap<>();
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
    byId.put(o.id(), o);
    return o;
  }

  /**
   * Replaces a stored organization with a changed copy (same id).
   *
   * @param changed the copy
   */
  public void replace(OrganizationRef changed) {
    byId.put(changed.id(), changed);
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

  @Override
  public Optional<OrganizationRef> byCode(String code) {
    return byId.values().stream().filter(o -> o.code().equals(code)).findFirst();
  }

  @Override
  public Optional<OrganizationRef> byId(long id) {
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public List<OrganizationRef> all() {
    List<OrganizationRef> all = new ArrayList<>(byId.values());
    all.sort(Comparator.comparing(OrganizationRef::code));
    return all;
  }

  @Override
  public List<OrganizationRef> children(long parentId) {
    return byId.values().stream()
        .filter(o -> o.parentId() != null && o.parentId() == parentId)
        .toList();
  }

  @Override
  public List<OrganizationRef> subtree(long topId) {
    List<OrganizationRef> result = new ArrayList<>();
    OrganizationRef top = byId.get(topId);
    if (top != null) {
      collect(top, result);
    }
    return result;
  }

  private void collect(OrganizationRef o, List<OrganizationRef> into) {
    into.add(o);
    children(o.id()).forEach(c -> collect(c, into));
  }

  @Override
  public boolean isWithin(long organizationId, long topId) {
    for (OrganizationRef o = byId.get(organizationId);
        o != null;
        o = o.parentId() == null ? null : byId.get(o.parentId())) {
      if (o.id() == topId) {
        return true;
      }
    }
    return false;
  }
}
