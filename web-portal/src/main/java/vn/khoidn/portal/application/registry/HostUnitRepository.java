package vn.khoidn.portal.application.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.khoidn.domain.registry.HostUnit;

/** The port to the stored registry of host units; writes join the caller's transaction. */
public interface HostUnitRepository {

  /**
   * Every unit, in Vietnamese name order.
   *
   * @return the units
   */
  List<RegisteredUnit> all();

  /**
   * The unit with this code, compared exactly.
   *
   * @param code the code
   * @return it, or empty
   */
  Optional<RegisteredUnit> byCode(String code);

  /**
   * Stores a new unit.
   *
   * @param unit the unit's facts (its socio-political organizations are not read)
   * @param youthUnion the day its youth union was established, or null
   * @param tradeUnion the day its trade union was established, or null
   * @param by who added it
   * @param at when
   */
  void add(HostUnit unit, LocalDate youthUnion, LocalDate tradeUnion, String by, Instant at);

  /**
   * Changes a stored unit if it is still at the version read, and writes the change now.
   *
   * @param unit the unit's facts (its socio-political organizations are not read)
   * @param youthUnion the day its youth union was established, or null
   * @param tradeUnion the day its trade union was established, or null
   * @param version the version it was read at
   * @param by who changed it
   * @param at when
   * @throws HostUnitChangedException if someone changed it since
   */
  void update(
      HostUnit unit,
      LocalDate youthUnion,
      LocalDate tradeUnion,
      long version,
      String by,
      Instant at);
}
