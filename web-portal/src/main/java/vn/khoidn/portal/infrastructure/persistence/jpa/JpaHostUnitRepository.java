package vn.khoidn.portal.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.khoidn.domain.format.VietnameseText;
import vn.khoidn.domain.registry.HostUnit;
import vn.khoidn.portal.application.registry.HostUnitChangedException;
import vn.khoidn.portal.application.registry.HostUnitRepository;
import vn.khoidn.portal.application.registry.RegisteredUnit;

/**
 * The {@link HostUnitRepository} port over the {@code host_unit} table; a version conflict, found
 * on the version read or when the change is written, becomes a {@link HostUnitChangedException}.
 */
@ApplicationScoped
public class JpaHostUnitRepository implements HostUnitRepository {

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Override
  public List<RegisteredUnit> all() {
    List<RegisteredUnit> units = new ArrayList<>();
    for (HostUnitEntity e :
        em.createQuery("SELECT u FROM HostUnitEntity u", HostUnitEntity.class).getResultList()) {
      units.add(registered(e));
    }
    // Sorted in Vietnamese here: the embedded H2 orders by code point ("Đ" after "Z").
    units.sort(Comparator.comparing(u -> u.unit().name(), VietnameseText.order()));
    return units;
  }

  @Override
  public Optional<RegisteredUnit> byCode(String code) {
    return findByCode(code).map(JpaHostUnitRepository::registered);
  }

  @Override
  public void add(
      HostUnit unit, LocalDate youthUnion, LocalDate tradeUnion, String by, Instant at) {
    HostUnitEntity entity = new HostUnitEntity(unit.code());
    entity.update(unit, youthUnion, tradeUnion, by, at);
    add(entity);
  }

  @Override
  public void update(
      HostUnit unit,
      LocalDate youthUnion,
      LocalDate tradeUnion,
      long version,
      String by,
      Instant at) {
    HostUnitEntity entity =
        findByCode(unit.code())
            .orElseThrow(() -> new HostUnitChangedException(unit.code(), null, null));
    if (entity.getVersion() != version) {
      throw new HostUnitChangedException(unit.code(), entity.getUpdatedBy(), entity.getUpdatedAt());
    }
    entity.update(unit, youthUnion, tradeUnion, by, at);
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new HostUnitChangedException(unit.code(), null, null);
    } catch (PersistenceException e) {
      if (e.getCause() instanceof OptimisticLockException) {
        throw new HostUnitChangedException(unit.code(), null, null);
      }
      throw e;
    }
  }

  private static RegisteredUnit registered(HostUnitEntity e) {
    return new RegisteredUnit(
        e.toDomain(),
        e.getYouthUnionEstablished(),
        e.getTradeUnionEstablished(),
        e.getVersion(),
        e.getUpdatedBy(),
        e.getUpdatedAt());
  }

  /**
   * The entity of the unit with this code, for placing an organization in it.
   *
   * @param code the code
   * @return the unit, or empty
   */
  public Optional<HostUnitEntity> findByCode(String code) {
    return em
        .createQuery("SELECT u FROM HostUnitEntity u WHERE u.code = :code", HostUnitEntity.class)
        .setParameter("code", code)
        .getResultList()
        .stream()
        .findFirst();
  }

  /**
   * Stores a new unit.
   *
   * @param unit the unit
   * @return the stored unit
   */
  public HostUnitEntity add(HostUnitEntity unit) {
    em.persist(unit);
    em.flush();
    return unit;
  }

  /** Writes pending changes, so that a concurrent change is found now. */
  public void flush() {
    em.flush();
  }

  /**
   * The organizations placed in each unit: organization code, unit code.
   *
   * @return the pairs
   */
  public List<Object[]> placements() {
    return em.createQuery(
            "SELECT o.code, u.code FROM OrganizationEntity o JOIN o.hostUnit u", Object[].class)
        .getResultList();
  }
}
