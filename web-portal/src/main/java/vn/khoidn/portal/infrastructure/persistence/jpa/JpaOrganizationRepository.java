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
    return em
        .createQuery(
            "SELECT o FROM OrganizationEntity o WHERE o.code = :code", OrganizationEntity.class)
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
    List<OrganizationEntity> children =
        new java.util.ArrayList<>(
            em.createQuery(
                    "SELECT o FROM OrganizationEntity o WHERE o.parent = :parent",
                    OrganizationEntity.class)
                .setParameter("parent", parent)
                .getResultList());
    children.sort(
        java.util.Comparator.comparing(
            OrganizationEntity::getName, vn.khoidn.domain.format.VietnameseText.order()));
    return children;
  }

  /**
   * The organization with this id.
   *
   * @param id the id
   * @return the organization
   * @throws IllegalArgumentException if there is none
   */
  public OrganizationEntity findById(long id) {
    OrganizationEntity o = em.find(OrganizationEntity.class, id);
    if (o == null) {
      throw new IllegalArgumentException("Không có tổ chức id " + id + ".");
    }
    return o;
  }

  /**
   * An organization and everything under it today, parents before children.
   *
   * @param top the top of the subtree
   * @return the subtree
   */
  public List<OrganizationEntity> subtree(OrganizationEntity top) {
    List<OrganizationEntity> result = new java.util.ArrayList<>();
    java.util.ArrayDeque<OrganizationEntity> stack = new java.util.ArrayDeque<>();
    stack.push(top);
    while (!stack.isEmpty()) {
      OrganizationEntity o = stack.pop();
      result.add(o);
      List<OrganizationEntity> children = findChildren(o);
      for (int i = children.size() - 1; i >= 0; i--) {
        stack.push(children.get(i));
      }
    }
    return result;
  }

  /** Every organization, by code. */
  public List<OrganizationEntity> all() {
    return em.createQuery(
            "SELECT o FROM OrganizationEntity o ORDER BY o.code", OrganizationEntity.class)
        .getResultList();
  }

  /**
   * The open link of an organization to its current parent, if any.
   *
   * @param child the organization
   * @return the link that has no end yet
   */
  public java.util.Optional<OrganizationLinkEntity> openLinkOf(OrganizationEntity child) {
    return em
        .createQuery(
            "SELECT l FROM OrganizationLinkEntity l WHERE l.child = :child AND l.validUntil IS NULL",
            OrganizationLinkEntity.class)
        .setParameter("child", child)
        .getResultList()
        .stream()
        .findFirst();
  }

  /**
   * Every link of an organization to a parent, earliest first (one with no start first).
   *
   * @param child the organization
   * @return its links: the first from its establishment, the others its moves
   */
  public List<OrganizationLinkEntity> linksOf(OrganizationEntity child) {
    List<OrganizationLinkEntity> links =
        new java.util.ArrayList<>(
            em.createQuery(
                    "SELECT l FROM OrganizationLinkEntity l WHERE l.child = :child",
                    OrganizationLinkEntity.class)
                .setParameter("child", child)
                .getResultList());
    links.sort(
        java.util.Comparator.comparing(
            OrganizationLinkEntity::getValidFrom,
            java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())));
    return links;
  }

  /**
   * Stores a link of the tree's history.
   *
   * @param link the link
   */
  public void addLink(OrganizationLinkEntity link) {
    em.persist(link);
  }

  /** The number of organizations stored. */
  public long count() {
    return em.createQuery("SELECT COUNT(o) FROM OrganizationEntity o", Long.class)
        .getSingleResult();
  }

  /**
   * Stores a new organization, and its link to its parent from the day it was established.
   *
   * @param organization the organization
   * @return the stored organization, with its id
   */
  public OrganizationEntity add(OrganizationEntity organization) {
    em.persist(organization);
    if (organization.getParent() != null) {
      em.persist(
          new OrganizationLinkEntity(
              organization, organization.getParent(), organization.getEstablishedOn()));
    }
    return organization;
  }
}
