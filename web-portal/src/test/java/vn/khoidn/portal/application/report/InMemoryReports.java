package vn.khoidn.portal.application.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import vn.khoidn.portal.application.submission.ConcurrentEditException;

/** Reports in a map, each stored as a copy with a version that grows on every save. */
class InMemoryReports implements ReportRepository {

  private final Map<Long, Report> rows = new TreeMap<>();
  final List<FormNarrative> narratives = new ArrayList<>();
  private long next = 1;
  int saves;

  @Override
  public Optional<Report> byId(long id) {
    return Optional.ofNullable(rows.get(id)).map(r -> copy(r, r.id(), r.version()));
  }

  @Override
  public List<Report> of(long organizationId, String periodCode) {
    return rows.values().stream()
        .filter(r -> r.organizationId() == organizationId && r.periodCode().equals(periodCode))
        .sorted(Comparator.comparing(Report::id).reversed())
        .map(r -> copy(r, r.id(), r.version()))
        .toList();
  }

  @Override
  public Optional<Report> latestOf(long organizationId) {
    return rows.values().stream()
        .filter(r -> r.organizationId() == organizationId)
        .max(
            Comparator.comparing(
                    Report::updatedAt,
                    Comparator.nullsFirst(Comparator.<java.time.Instant>naturalOrder()))
                .thenComparing(Report::id))
        .map(r -> copy(r, r.id(), r.version()));
  }

  @Override
  public Report add(Report report) {
    long id = next++;
    rows.put(id, copy(report, id, 0));
    return byId(id).orElseThrow();
  }

  @Override
  public Report save(Report report) {
    Report stored = rows.get(report.id());
    if (stored.version() != report.version()) {
      throw new ConcurrentEditException(Report.conflictMessage(null, null, null));
    }
    if (stored.isIssued()) {
      throw new IllegalStateException("An issued report cannot change.");
    }
    saves++;
    rows.put(report.id(), copy(report, report.id(), report.version() + 1));
    return byId(report.id()).orElseThrow();
  }

  @Override
  public List<FormNarrative> formNarratives(Collection<String> periodCodes) {
    return List.copyOf(narratives);
  }

  /** Someone else saves the report behind the caller's back. */
  void savedBehindTheBack(long id) {
    Report r = rows.get(id);
    rows.put(id, copy(r, id, r.version() + 1));
  }

  int count() {
    return rows.size();
  }

  private static Report copy(Report r, Long id, long version) {
    return new Report(
        id,
        version,
        r.organizationId(),
        r.periodCode(),
        r.resolution(),
        r.reviewYears(),
        r.status(),
        r.number(),
        r.date(),
        r.sections(),
        r.updatedBy(),
        r.updatedAt(),
        r.issued());
  }
}
