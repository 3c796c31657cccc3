package vn.khoidn.portal.application.report;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.khoidn.domain.organization.OrganizationKind;
import vn.khoidn.domain.registry.Sector;
import vn.khoidn.portal.application.organization.OrganizationRef;
import vn.khoidn.portal.application.organization.Organizations;

/** Organizations in a map, the subtree walked parents first. */
final class InMemoryOrganizations implements Organizations {

  private final Map<Long, OrganizationRef> byId = new LinkedHashMap<>();

  OrganizationRef add(long id, String code, String name, OrganizationKind kind, Long parentId) {
    OrganizationRef o =
        new OrganizationRef(id, code, name, kind, Sector.NON_STATE, parentId, null, null, null);
    byId.put(id, o);
    return o;
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
    return byId.values().stream().sorted(Comparator.comparing(OrganizationRef::code)).toList();
  }

  @Override
  public List<OrganizationRef> children(long parentId) {
    return byId.values().stream()
        .filter(o -> o.parentId() != null && o.parentId() == parentId)
        .sorted(Comparator.comparing(OrganizationRef::name))
        .toList();
  }

  @Override
  public List<OrganizationRef> subtree(long topId) {
    List<OrganizationRef> result = new ArrayList<>();
    if (!byId.containsKey(topId)) {
      return result;
    }
    Deque<OrganizationRef> stack = new ArrayDeque<>();
    stack.push(byId.get(topId));
    while (!stack.isEmpty()) {
      OrganizationRef o = stack.pop();
      result.add(o);
      List<OrganizationRef> children = children(o.id());
      for (int i = children.size() - 1; i >= 0; i--) {
        stack.push(children.get(i));
      }
    }
    return result;
  }

  @Override
  public boolean isWithin(long organizationId, long topId) {
    return subtree(topId).stream().anyMatch(o -> o.id() == organizationId);
  }
}
