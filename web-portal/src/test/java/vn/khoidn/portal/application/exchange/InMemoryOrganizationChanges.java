package vn.khoidn.portal.application.exchange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.khoidn.domain.registry.Sector;
import vn.khoidn.portal.application.organization.OrganizationRef;
import vn.khoidn.portal.application.organization.OrganizationRow;
import vn.khoidn.portal.application.registry.HostUnitRepository;

/** The organization import's writes on in-memory organizations, for unit tests. */
public class InMemoryOrganizationChanges implements OrganizationChanges {

  private final InMemoryOrganizations organizations;
  private final HostUnitRepository units;
  private final Map<String, List<LocalDate>> moves = new HashMap<>();

  /** What was called, in order, e.g. {@code "reestablish DB1 2015-01-01"}. */
  public final List<String> calls = new ArrayList<>();

  /**
   * Writes on these organizations.
   *
   * @param organizations the organizations
   * @param units the registry the host units come from
   */
  public InMemoryOrganizationChanges(
      InMemoryOrganizations organizations, HostUnitRepository units) {
    this.organizations = organizations;
    this.units = units;
  }

  @Override
  public void create(OrganizationRow row, String adminName) {
    calls.add("create " + row.code());
    organizations.add(row.code(), row.kind(), row.parentCode(), row.establishedOn());
    correct(row.code(), row.name(), row.sector());
    calls.remove(calls.size() - 1);
  }

  @Override
  public void correct(String code, String name, Sector sector) {
    calls.add("correct " + code);
    OrganizationRef o = organizations.get(code);
    organizations.replace(
        new OrganizationRef(
            o.id(),
            code,
            name,
            o.kind(),
            sector,
            o.parentId(),
            o.hostUnitCode(),
            o.establishedOn(),
            o.dissolvedOn()));
  }

  @Override
  public void placeIn(String code, String hostUnitCode) {
    calls.add("placeIn " + code + " " + hostUnitCode);
    OrganizationRef o = organizations.get(code);
    Sector sector = units.byCode(hostUnitCode).orElseThrow().unit().sector();
    organizations.replace(
        new OrganizationRef(
            o.id(),
            code,
            o.name(),
            o.kind(),
            sector,
            o.parentId(),
            hostUnitCode,
            o.establishedOn(),
            o.dissolvedOn()));
  }

  @Override
  public void move(String code, String newParentCode, LocalDate on, String adminName) {
    calls.add("move " + code + " " + newParentCode + " " + on);
    OrganizationRef o = organizations.get(code);
    if (o.establishedOn() != null && !on.isAfter(o.establishedOn())) {
      throw new IllegalArgumentException("Ngày chuyển phải sau lần thay đổi trước.");
    }
    moves.computeIfAbsent(code, k -> new ArrayList<>()).add(on);
    organizations.replace(
        new OrganizationRef(
            o.id(),
            code,
            o.name(),
            o.kind(),
            o.sector(),
            organizations.get(newParentCode).id(),
            o.hostUnitCode(),
            o.establishedOn(),
            o.dissolvedOn()));
  }

  @Override
  public void dissolve(String code, LocalDate on, String adminName) {
    calls.add("dissolve " + code + " " + on);
    OrganizationRef o = organizations.get(code);
    if (o.establishedOn() != null && !on.isAfter(o.establishedOn())) {
      throw new IllegalArgumentException("Ngày giải thể phải sau ngày thành lập.");
    }
    organizations.replace(
        new OrganizationRef(
            o.id(),
            code,
            o.name(),
            o.kind(),
            o.sector(),
            o.parentId(),
            o.hostUnitCode(),
            o.establishedOn(),
            on));
  }

  @Override
  public void reestablish(String code, LocalDate on) {
    calls.add("reestablish " + code + " " + on);
    OrganizationRef o = organizations.get(code);
    if (o.dissolvedOn() != null && !o.dissolvedOn().isAfter(on)) {
      throw new IllegalArgumentException("Ngày giải thể phải sau ngày thành lập.");
    }
    organizations.replace(
        new OrganizationRef(
            o.id(),
            code,
            o.name(),
            o.kind(),
            o.sector(),
            o.parentId(),
            o.hostUnitCode(),
            on,
            o.dissolvedOn()));
  }

  @Override
  public List<LocalDate> moveDates(String code) {
    return List.copyOf(moves.getOrDefault(code, List.of()));
  }

  /**
   * Records that an organization was moved on a day, as a stored link would.
   *
   * @param code the organization
   * @param on the day
   */
  public void movedOn(String code, LocalDate on) {
    moves.computeIfAbsent(code, k -> new ArrayList<>()).add(on);
  }
}
