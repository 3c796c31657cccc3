package vn.khoidn.portal.testsupport;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.khoidn.portal.application.figure.FigureRepository;
import vn.khoidn.portal.application.figure.PeriodVersions;

/** The figures and the period versions in maps, for a real figure store outside a container. */
public final class InMemoryFigures implements FigureRepository, PeriodVersions {

  public final Map<Long, Stored> stored = new LinkedHashMap<>();
  public final List<String> locked = new ArrayList<>();
  public final List<String> changed = new ArrayList<>();
  private final Set<String> versioned = new HashSet<>();
  public boolean busy;
  public Runnable whileLocking = () -> {};
  private long next = 1;

  @Override
  public List<Stored> figuresOf(Collection<Long> organizationIds, Collection<String> periodCodes) {
    return stored.values().stream()
        .filter(s -> organizationIds.contains(s.organizationId()))
        .filter(s -> periodCodes.contains(s.periodCode()))
        .toList();
  }

  @Override
  public List<Owner> ownersIn(Collection<String> periodCodes) {
    return List.of();
  }

  @Override
  public void insert(List<NewFigure> figures, String by, Instant at) {
    for (NewFigure f : figures) {
      long id = next++;
      stored.put(
          id,
          new Stored(
              id,
              f.organizationId(),
              f.periodCode(),
              f.indicatorCode(),
              f.sector(),
              f.value(),
              f.formId(),
              f.explanation()));
    }
  }

  @Override
  public void update(List<Update> updates, String by, Instant at) {
    for (Update u : updates) {
      Stored s = stored.get(u.id());
      stored.put(
          u.id(),
          new Stored(
              s.id(),
              s.organizationId(),
              s.periodCode(),
              s.indicatorCode(),
              s.sector(),
              u.value(),
              u.formId(),
              u.explanation()));
    }
  }

  @Override
  public void delete(Collection<Long> ids) {
    ids.forEach(stored::remove);
  }

  @Override
  public Set<String> missing(Collection<String> periodCodes) {
    Set<String> missing = new HashSet<>(periodCodes);
    missing.removeAll(versioned);
    return missing;
  }

  @Override
  public void ensure(Collection<String> periodCodes) {
    versioned.addAll(periodCodes);
  }

  @Override
  public void lock(Collection<String> periodCodes) {
    if (busy) {
      throw new vn.khoidn.portal.application.figure.WritersBusyException(
          new IllegalStateException("lock wait timeout"));
    }
    whileLocking.run();
    locked.addAll(periodCodes);
  }

  @Override
  public void changed(Collection<String> periodCodes) {
    changed.addAll(periodCodes);
  }
}
