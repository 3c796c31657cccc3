package vn.khoidn.portal.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Reads and stores organizations. */
@ApplicationScoped
public class JpaOrganizationRepository {

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  /**
   * The organization with this code.
   *
   * @param code the organization's code
   * @return the organization, or empty if there is none
   */
  public Optional<OrganizationEntity> findByCode(String code) {
    return em.createQuery("SELECT o FROM OrganizationEntity o WHERE o.code = :code", OrganizationEntity.class)
        .setParameter("code", code)
        .getResultList()
        .stream()
        .findFirst();
  }

  /**
   * The organizations directly under the given one, by name.
   *
   * @param parent the parent organization
   * @return its children
   */
  public List<OrganizationEntity> findChildren(OrganizationEntity parent) {
    return em.createQuery(
            "SELECT o FROM OrganizationEntity o WHERE o.parent = :parent ORDER BY o.name",
            OrganizationEntity.class)
        .setParameter("parent", parent)
        .getResultList();
  }

  /** The number of organizations stored. */
  public long count() {
    return em.createQuery("SELECT COUNT(o) FROM OrganizationEntity o", Long.class).getSingleResult();
  }

  /**
   * Stores a new organization.
   *
   * @param organization the organization
   * @return the stored organization, with its id
   */
  public OrganizationEntity add(OrganizationEntity organization) {
    em.persist(organization);
    return organization;
  }
}
