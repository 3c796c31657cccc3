package vn.khoidn.domain.registry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.khoidn.domain.period.Period;
import vn.khoidn.domain.validation.InvalidValueException;

/** The host units of one installation, with and without party organizations. Immutable. */
public final class Registry {

  private final Map<String, HostUnit> units;

  private Registry(Map<String, HostUnit> units) {
    this.units = units;
  }

  /**
   * A registry of these units.
   *
   * @param units the host units; codes must be unique
   * @return the registry
   */
  public static Registry of(Collection<HostUnit> units) {
    Map<String, HostUnit> map = new LinkedHashMap<>();
    for (HostUnit u : units) {
      if (map.put(u.code(), u) != null) {
        throw new InvalidValueException("DUPLICATE_UNIT", "Mã đơn vị " + u.code() + " bị trùng.");
      }
    }
    return new Registry(map);
  }

  /** An empty registry. */
  public static Registry empty() {
    return new Registry(Map.of());
  }

  /** Every unit, in the order given. */
  public Collection<HostUnit> units() {
    return units.values();
  }

  /**
   * The unit with this code.
   *
   * @param code the code
   * @return the unit, or empty
   */
  public Optional<HostUnit> unit(String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(units.get(code));
  }

  /**
   * The sector of a unit: {@link Sector#OTHER} for an unknown unit or none.
   *
   * @param code the unit's code, or null
   * @return its sector
   */
  public Sector sectorOf(String code) {
    return unit(code).map(HostUnit::sector).orElse(Sector.OTHER);
  }

  /**
   * The socio-political organizations of a kind established during a period, with their host units:
   * the "thành lập mới" lists of a report, computed from the registry's dates rather than typed in.
   *
   * @param kind youth union, trade union, ...
   * @param period the period
   * @return the new organizations, oldest first
   */
  public List<Established> establishedDuring(SocioPoliticalKind kind, Period period) {
    List<Established> result = new ArrayList<>();
    for (HostUnit unit : units.values()) {
      for (SocioPoliticalOrganization o : unit.socioPoliticalOrganizations()) {
        if (o.kind() == kind && o.established() != null && period.includes(o.established())) {
          result.add(new Established(unit, o));
        }
      }
    }
    result.sort(Comparator.comparing((Established e) -> e.organization().established()));
    return result;
  }

  /**
   * A socio-political organization established in a period, with its host unit.
   *
   * @param unit the host unit
   * @param organization the new organization
   */
  public record Established(HostUnit unit, SocioPoliticalOrganization organization) {}
}
