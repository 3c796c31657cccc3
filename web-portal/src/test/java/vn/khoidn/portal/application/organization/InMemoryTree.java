package vn.khoidn.portal.application.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.khoidn.domain.format.VietnameseText;
import vn.khoidn.domain.organization.OrganizationKind;
import vn.khoidn.domain.registry.Sector;

/**
 * The organization ports in memory, storing tree events the way the JPA adapter does: the latest
 * parent, name and dissolution on the organization, the history in links, renames and successions.
 */
public final class InMemoryTree implements Organizations, OrganizationTreeRepository {

  private final Map<String, OrganizationRef> byCode = new LinkedHashMap<>();
  private final List<TreeRecords.Link> links = new ArrayList<>();
  private final List<TreeRecords.Rename> renames = new ArrayList<>();
  private final List<TreeRecords.Succession> successions = new ArrayList<>();
  private long nextId = 1;
  private int loads;

  /**
   * Adds a stored organization (and its first link) without the aggregate's checks, as a data set
   * would hold it.
   *
   * @param code the code
   * @param kind the level
   * @param parentCode the parent, or null
   * @param established the day it was established, or null
   * @return this store
   */
  public InMemoryTree with(
      String code, OrganizationKind kind, String parentCode, LocalDate established) {
    store(
        List.of(
            new TreeEvent.Added(
                code, "Tổ chức " + code, kind, Sector.NON_STATE, parentCode, established)));
    return this;
  }

  /**
   * Replaces a stored organization's details (name, sector, host unit) with a changed copy, as the
   * details port writes them.
   *
   * @param changed the copy, with the same code
   */
  public void replace(OrganizationRef changed) {
    byCode.put(changed.code(), changed);
  }

  /**
   * Corrects an establishment date, and the start of the first link if it started with the old one,
   * as the details port does.
   *
   * @param code the organization
   * @param on the corrected date
   */
  public void reestablish(String code, LocalDate on) {
    OrganizationRef o = byCode.get(code);
    if (o.dissolvedOn() != null && !o.dissolvedOn().isAfter(on)) {
      throw new IllegalArgumentException("Ngày giải thể phải sau ngày thành lập.");
    }
    for (int i = 0; i < links.size(); i++) {
      TreeRecords.Link l = links.get(i);
      if (l.childCode().equals(code) && java.util.Objects.equals(l.from(), o.establishedOn())) {
        links.set(i, new TreeRecords.Link(code, l.parentCode(), on, l.until()));
        break;
      }
    }
    byCode.put(
        code,
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

  /** The stored renames. */
  public List<TreeRecords.Rename> renames() {
    return List.copyOf(renames);
  }

  /** The stored successions. */
  public List<TreeRecords.Succession> successions() {
    return List.copyOf(successions);
  }

  /** How often the tree was read for a change. */
  public int loads() {
    return loads;
  }

  /** The stored links, oldest first. */
  public List<TreeRecords.Link> links() {
    return List.copyOf(links);
  }

  @Override
  public TreeRecords loadForChange() {
    loads++;
    return new TreeRecords(List.copyOf(byCode.values()), links, renames, successions);
  }

  @Override
  public void store(List<TreeEvent> events) {
    for (TreeEvent e : events) {
      if (e instanceof TreeEvent.Added a) {
        Long parent = a.parentCode() == null ? null : byCode.get(a.parentCode()).id();
        byCode.put(
            a.code(),
            new OrganizationRef(
                nextId++,
                a.code(),
                a.name(),
                a.kind(),
                a.sector(),
                parent,
                null,
                a.establishedOn(),
                null));
        if (a.parentCode() != null) {
          links.add(new TreeRecords.Link(a.code(), a.parentCode(), a.establishedOn(), null));
        }
      } else if (e instanceof TreeEvent.Moved m) {
        endOpenLink(m.code(), m.on());
        links.add(new TreeRecords.Link(m.code(), m.parentCode(), m.on(), null));
        OrganizationRef o = byCode.get(m.code());
        byCode.put(m.code(), copy(o, byCode.get(m.parentCode()).id(), o.name(), o.dissolvedOn()));
      } else if (e instanceof TreeEvent.Renamed r) {
        renames.add(new TreeRecords.Rename(r.code(), r.name(), r.previousName(), r.on()));
        OrganizationRef o = byCode.get(r.code());
        byCode.put(r.code(), copy(o, o.parentId(), r.name(), o.dissolvedOn()));
      } else if (e instanceof TreeEvent.Dissolved d) {
        endOpenLink(d.code(), d.on());
        d.successorCodes()
            .forEach(s -> successions.add(new TreeRecords.Succession(d.code(), s, d.on())));
        OrganizationRef o = byCode.get(d.code());
        byCode.put(d.code(), copy(o, o.parentId(), o.name(), d.on()));
      }
    }
  }

  private void endOpenLink(String code, LocalDate on) {
    for (int i = 0; i < links.size(); i++) {
      TreeRecords.Link l = links.get(i);
      if (l.childCode().equals(code) && l.until() == null) {
        links.set(i, new TreeRecords.Link(l.childCode(), l.parentCode(), l.from(), on));
      }
    }
  }

  private static OrganizationRef copy(
      OrganizationRef o, Long parentId, String name, LocalDate dissolvedOn) {
    return new OrganizationRef(
        o.id(),
        o.code(),
        name,
        o.kind(),
        o.sector(),
        parentId,
        o.hostUnitCode(),
        o.establishedOn(),
        dissolvedOn);
  }

  @Override
  public Optional<OrganizationRef> byCode(String code) {
    return Optional.ofNullable(code == null ? null : byCode.get(code));
  }

  @Override
  public Optional<OrganizationRef> byId(long id) {
    return byCode.values().stream().filter(o -> o.id() == id).findFirst();
  }

  @Override
  public List<OrganizationRef> all() {
    return byCode.values().stream().sorted(Comparator.comparing(OrganizationRef::code)).toList();
  }

  @Override
  public List<OrganizationRef> children(long parentId) {
    return byCode.values().stream()
        .filter(o -> o.parentId() != null && o.parentId() == parentId)
        .sorted(Comparator.comparing(OrganizationRef::name, VietnameseText.order()))
        .toList();
  }

  @Override
  public List<OrganizationRef> subtree(long topId) {
    List<OrganizationRef> result = new ArrayList<>();
    byId(topId).ifPresent(top -> walk(top, result));
    return result;
  }

  private void walk(OrganizationRef o, List<OrganizationRef> into) {
    into.add(o);
    children(o.id()).forEach(c -> walk(c, into));
  }

  @Override
  public boolean isWithin(long organizationId, long topId) {
    for (Optional<OrganizationRef> o = byId(organizationId);
        o.isPresent();
        o = o.get().parentId() == null ? Optional.empty() : byId(o.get().parentId())) {
      if (o.get().id() == topId) {
        return true;
      }
    }
    return false;
  }
}
