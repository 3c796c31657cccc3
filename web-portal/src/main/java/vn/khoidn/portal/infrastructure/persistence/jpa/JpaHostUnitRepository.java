package vn.khoidn.portal.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Reads and stores the registry's host units. */
@ApplicationScoped
public class JpaHostUnitRepository {

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  /** Every host unit, by name. */
  public List<HostUnitEntity> all() {
    List<HostUnitEntity> units =
        new java.util.ArrayList<>(
            em.createQuery("SELECT u FROM HostUnitEntity u", HostUnitEntity.class).getResultList());
    // Sorted in Vietnamese here: the embedded H2 orders by code point ("Đ" after "Z").
    units.sort(
        java.util.Comparator.comparing(
            HostUnitEntity::getName, vn.khoidn.domain.format.VietnameseText.order()));
    return units;
  }

  /**
   * The unit with this code.
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
