package vn.khoidn.portal.testsupport;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.khoidn.domain.format.VietnameseText;
import vn.khoidn.portal.application.organization.OrganizationRef;
import vn.khoidn.portal.application.organization.Organizations;

/**
 * The {@link Organizations} port over a map, with the JPA adapter's orders (all by code; children
 * and siblings by Vietnamese name; a subtree parents first), for the application's unit tests.
 */
public class MapOrganizations implements Organizations {

  private final Map<Long, OrganizationRef> byId = new LinkedHashMap<>();

  /**
   * Stores an organization, or replaces the one with its id.
   *
   * @param organization the organization
   * @return it
   */
  public OrganizationRef put(OrganizationRef organization) {
    byId.put(organization.id(), organization);
    return organization;
  }

  /**
   * The id the next organization should get.
   *
   * @return one more than the highest id
   */
  public long nextId() {
    return byId.keySet().stream().mapToLong(Long::longValue).max().orElse(0) + 1;
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
        .sorted(Comparator.comparing(OrganizationRef::name, VietnameseText.order()))
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
