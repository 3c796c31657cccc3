package vn.khoidn.portal.infrastructure.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** That an organization sat under another from one day until another: the tree's history. */
@Entity
@jakarta.persistence.EntityListeners(DataSetListener.class)
@Table(name = "organization_link")
public class OrganizationLinkEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "child_id", nullable = false)
  private OrganizationEntity child;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id", nullable = false)
  private OrganizationEntity parent;

  @Column(name = "valid_from")
  private LocalDate validFrom;

  @Column(name = "valid_until")
  private LocalDate validUntil;

  protected OrganizationLinkEntity() {}

  /**
   * A link that holds from a day on.
   *
   * @param child the organization below
   * @param parent the organization above
   * @param validFrom the first day, or null for "since the beginning"
   */
  public OrganizationLinkEntity(
      OrganizationEntity child, OrganizationEntity parent, LocalDate validFrom) {
    this.child = child;
    this.parent = parent;
    this.validFrom = validFrom;
  }

  /**
   * Ends the link.
   *
   * @param on the first day it no longer holds
   */
  public void endOn(LocalDate on) {
    this.validUntil = on;
  }

  /**
   * Moves the start of the link, e.g. with a corrected establishment date.
   *
   * @param on the first day it holds, or null for "since the beginning"
   */
  public void startOn(LocalDate on) {
    this.validFrom = on;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public LocalDate getValidUntil() {
    return validUntil;
  }

  public OrganizationEntity getParent() {
    return parent;
  }
}
