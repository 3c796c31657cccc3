package vn.khoidn.portal.application.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import vn.khoidn.domain.registry.HostUnit;

/**
 * A host unit as the registry keeps it: domain-core's {@link HostUnit} (with its youth union and
 * trade union as socio-political organizations), the days those were established, the version it
 * was read at and who changed it last.
 *
 * @param unit the unit as domain-core sees it
 * @param youthUnionEstablished the day its youth union was established, or null if it has none
 * @param tradeUnionEstablished the day its trade union was established, or null if it has none
 * @param version the stored version, for refusing a concurrent change
 * @param updatedBy who changed it last, or null
 * @param updatedAt when, or null
 */
public record RegisteredUnit(
    HostUnit unit,
    LocalDate youthUnionEstablished,
    LocalDate tradeUnionEstablished,
    long version,
    String updatedBy,
    Instant updatedAt) {

  /** Checks the unit is there. */
  public RegisteredUnit {
    Objects.requireNonNull(unit, "unit");
  }

  /** The unit's code. */
  public String code() {
    return unit.code();
  }
}
