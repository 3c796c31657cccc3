package vn.khoidn.portal.application.rollup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import vn.khoidn.domain.organization.OrganizationKind;
import vn.khoidn.domain.plan.Plan;
import vn.khoidn.domain.registry.Sector;
import vn.khoidn.domain.submission.FormStatus;
import vn.khoidn.portal.application.organization.OrganizationRecord;
import vn.khoidn.portal.application.organization.OrganizationRef;
import vn.khoidn.portal.application.organization.Organizations;
import vn.khoidn.portal.application.organization.ParentLink;
import vn.khoidn.portal.application.organization.TreeSource;

/**
 * Every port a roll-up reads, in memory: the organizations and their links, the forms, plans and
 * rounds, the stored figures; and a cache that keeps nothing.
 */
final class InMemoryRollupData
    implements TreeSource, Organizations, RollupSource, RoundSource, FigureSource, DerivedCache {

  /** One stored figure. */
  record Figure(
      long organizationId,
      String periodCode,
      String indicatorCode,
      Sector sector,
      long value,
      long formId) {}

  final List<OrganizationRecord> organizations = new ArrayList<>();
  final Map<String, Long> parents = new HashMap<>();
  final List<ParentLink> links = new ArrayList<>();
  final List<vn.khoidn.portal.application.organization.TreeRecords.Succession> successions =
      new ArrayList<>();
  final List<RoundForm> forms = new ArrayList<>();
  final List<Plan> plans = new ArrayList<>();
  final List<Round> rounds = new ArrayList<>();
  final List<ReporterContact> contacts = new ArrayList<>();
  final List<Figure> figures = new ArrayList<>();
  int figureReads;

  /** Adds an organization under a parent (or at the top), linked since always. */
  OrganizationRecord add(
      String code, String name, OrganizationKind kind, String parentCode, LocalDate dissolvedOn) {
    OrganizationRecord o =
        new OrganizationRecord(
            (long) organizations.size() + 1,
            code,
            name,
            kind,
            Sector.NON_STATE,
            null,
            dissolvedOn,
            null);
    organizations.add(o);
    if (parentCode != null) {
      links.add(new ParentLink(code, parentCode, null, null));
      parents.put(code, byCode(parentCode).orElseThrow().id());
    }
    return o;
  }

  long id(String code) {
    return byCode(code).orElseThrow().id();
  }

  // TreeSource

  @Override
  public List<OrganizationRecord> organizations() {
    return List.copyOf(organizations);
  }

  @Override
  public List<ParentLink> links() {
    return List.copyOf(links);
  }

  @Override
  public List<vn.khoidn.portal.application.organization.TreeRecords.Rename> renames() {
    return List.of();
  }

  @Override
  public List<vn.khoidn.portal.application.organization.TreeRecords.Succession> successions() {
    return List.copyOf(successions);
  }

  /**
   * Records that an organization was dissolved on a day and taken over by another: its stored
   * dissolution, its last link ended, and the succession.
   */
  void merged(String code, String intoCode, LocalDate on) {
    for (int i = 0; i < organizations.size(); i++) {
      OrganizationRecord o = organizations.get(i);
      if (o.code().equals(code)) {
        organizations.set(
            i,
            new OrganizationRecord(
                o.id(),
                code,
                o.name(),
                o.kind(),
                o.sector(),
                o.establishedOn(),
                on,
                o.hostUnitCode()));
      }
    }
    endLink(code, on);
    successions.add(
        new vn.khoidn.portal.application.organization.TreeRecords.Succession(code, intoCode, on));
  }

  /** Records a move under another parent from a day on. */
  void moved(String code, String parentCode, LocalDate on) {
    endLink(code, on);
    links.add(new ParentLink(code, parentCode, on, null));
    parents.put(code, byCode(parentCode).orElseThrow().id());
  }

  private void endLink(String code, LocalDate on) {
    for (int i = 0; i < links.size(); i++) {
      ParentLink l = links.get(i);
      if (l.childCode().equals(code) && l.validUntil() == null) {
        links.set(i, new ParentLink(code, l.parentCode(), l.validFrom(), on));
      }
    }
  }

  // Organizations

  private OrganizationRef ref(OrganizationRecord o) {
    return new OrganizationRef(
        o.id(),
        o.code(),
        o.name(),
        o.kind(),
        o.sector(),
        parents.get(o.code()),
        o.hostUnitCode(),
        o.establishedOn(),
        o.dissolvedOn());
  }

  @Override
  public Optional<OrganizationRef> byCode(String code) {
    return organizations.stream().filter(o -> o.code().equals(code)).findFirst().map(this::ref);
  }

  @Override
  public Optional<OrganizationRef> byId(long id) {
    return organizations.stream().filter(o -> o.id() == id).findFirst().map(this::ref);
  }

  @Override
  public List<OrganizationRef> all() {
    return organizations.stream().map(this::ref).toList();
  }

  @Override
  public List<OrganizationRef> children(long parentId) {
    return all().stream().filter(o -> Long.valueOf(parentId).equals(o.parentId())).toList();
  }

  @Override
  public List<OrganizationRef> subtree(long topId) {
    return all().stream().filter(o -> isWithin(o.id(), topId)).toList();
  }

  @Override
  public boolean isWithin(long organizationId, long topId) {
    Long at = organizationId;
    while (at != null) {
      if (at == topId) {
        return true;
      }
      Long current = at;
      at = byId(current).map(OrganizationRef::parentId).orElse(null);
    }
    return false;
  }

  // RollupSource

  @Override
  public List<RoundForm> forms(Collection<String> periodCodes) {
    return forms.stream().filter(f -> periodCodes.contains(f.periodCode())).toList();
  }

  @Override
  public List<Plan> plans(Collection<String> periodCodes) {
    return plans.stream().filter(p -> periodCodes.contains(p.period().code())).toList();
  }

  // RoundSource

  @Override
  public List<Round> rounds(Collection<String> periodCodes) {
    return rounds.stream().filter(r -> periodCodes.contains(r.periodCode())).toList();
  }

  @Override
  public List<ReporterContact> reporterContacts() {
    return List.copyOf(contacts);
  }

  // FigureSource

  /** Each period's figure version; a test that changes figures gives their period a new one. */
  final Map<String, Long> figureVersions = new HashMap<>();

  @Override
  public Map<String, Long> versions(Collection<String> periodCodes) {
    Map<String, Long> versions = new HashMap<>();
    periodCodes.forEach(p -> versions.put(p, figureVersions.getOrDefault(p, 1L)));
    return versions;
  }

  @Override
  public void read(
      Collection<FormStatus> statuses,
      Collection<String> periodCodes,
      Collection<String> indicatorCodes,
      Row row) {
    figureReads++;
    for (Figure f : figures) {
      boolean counts =
          f.formId() == 0
              || forms.stream()
                  .anyMatch(x -> x.formId() == f.formId() && statuses.contains(x.status()));
      if (counts
          && periodCodes.contains(f.periodCode())
          && indicatorCodes.contains(f.indicatorCode())) {
        row.accept(
            f.organizationId(),
            f.periodCode(),
            f.indicatorCode(),
            f.sector(),
            BigDecimal.valueOf(f.value()),
            f.formId());
      }
    }
  }

  // DerivedCache: bytes under their version, as the cluster's cache keeps them

  final Map<String, byte[]> cached = new HashMap<>();

  @Override
  public <T> Map<String, T> getAll(
      Map<String, String> versions,
      Function<Set<String>, Map<String, T>> load,
      Writer<T> writer,
      Reader<T> reader) {
    try {
      Map<String, T> values = new HashMap<>();
      Set<String> missing = new java.util.TreeSet<>();
      for (Map.Entry<String, String> v : versions.entrySet()) {
        byte[] bytes = cached.get(v.getKey());
        if (bytes != null) {
          var in = new java.io.DataInputStream(new java.io.ByteArrayInputStream(bytes));
          if (in.readUTF().equals(v.getValue())) {
            values.put(v.getKey(), reader.read(in));
            continue;
          }
        }
        missing.add(v.getKey());
      }
      if (!missing.isEmpty()) {
        Map<String, T> loaded = load.apply(missing);
        for (Map.Entry<String, T> e : loaded.entrySet()) {
          var bytes = new java.io.ByteArrayOutputStream();
          var out = new java.io.DataOutputStream(bytes);
          out.writeUTF(versions.get(e.getKey()));
          writer.write(e.getValue(), out);
          out.flush();
          cached.put(e.getKey(), bytes.toByteArray());
        }
        values.putAll(loaded);
      }
      return values;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
