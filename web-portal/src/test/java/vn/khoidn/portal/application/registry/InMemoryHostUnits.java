package vn.khoidn.portal.application.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.khoidn.domain.format.VietnameseText;
import vn.khoidn.domain.registry.HostUnit;

/** The registry as a map, for unit tests; each write adds one to the version. */
public class InMemoryHostUnits implements HostUnitRepository {

  private final Map<String, RegisteredUnit> units = new LinkedHashMap<>();

  @Override
  public List<RegisteredUnit> all() {
    List<RegisteredUnit> all = new ArrayList<>(units.values());
    all.sort(Comparator.comparing(u -> u.unit().name(), VietnameseText.order()));
    return all;
  }

  @Override
  public Optional<RegisteredUnit> byCode(String code) {
    return Optional.ofNullable(units.get(code));
  }

  @Override
  public void add(
      HostUnit unit, LocalDate youthUnion, LocalDate tradeUnion, String by, Instant at) {
    if (units.containsKey(unit.code())) {
      throw new IllegalStateException("duplicate key " + unit.code());
    }
    units.put(unit.code(), new RegisteredUnit(unit, youthUnion, tradeUnion, 0, by, at));
  }

  @Override
  public void update(
      HostUnit unit,
      LocalDate youthUnion,
      LocalDate tradeUnion,
      long version,
      String by,
      Instant at) {
    RegisteredUnit stored = units.get(unit.code());
    if (stored == null || stored.version() != version) {
      throw new HostUnitChangedException(
          unit.code(),
          stored == null ? null : stored.updatedBy(),
          stored == null ? null : stored.updatedAt());
    }
    units.put(unit.code(), new RegisteredUnit(unit, youthUnion, tradeUnion, version + 1, by, at));
  }
}
