package vn.khoidn.portal.application.submission;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.khoidn.domain.format.VietnameseText;
import vn.khoidn.domain.organization.OrganizationKind;
import vn.khoidn.domain.registry.Sector;
import vn.khoidn.portal.application.organization.OrganizationRef;
import vn.khoidn.portal.application.organization.Organizations;

/** The organizations port over a map, with the same orders as the JPA adapter. */
final class InMemoryOrganizations implements Organizations {

  private final Map<Long, OrganizationRef> byId = new LinkedHashMap<>();
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
    byId.put(o.id(), o);
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
        .filter(o -> Objects.equals(o.parentId(), parentId))
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
    return subtree(topId).stream().anyMatch(o -> o.id() == organizationId);
  }
}
