package vn.khoidn.portal.infrastructure.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;
import vn.khoidn.domain.organization.OrganizationKind;
import vn.khoidn.domain.registry.Sector;

/** A party organization as stored; maps the domain's organization kinds and sectors. */
@Entity
@jakarta.persistence.EntityListeners(DataSetListener.class)
@Table(name = "organization")
public class OrganizationEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 40)
  private String code;

  @Column(nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private OrganizationKind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Sector sector;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id")
  private OrganizationEntity parent;

  @Column(name = "established_on")
  private LocalDate establishedOn;

  @Column(name = "dissolved_on")
  private LocalDate dissolvedOn;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "host_unit_id")
  private HostUnitEntity hostUnit;

  @Version private long version;

  protected OrganizationEntity() {}

  /**
   * A new organization.
   *
   * @param code the stable code, unique in the installation
   * @param name the Vietnamese name
   * @param kind the level in the tree
   * @param sector the sector of the host unit
   * @param parent the parent, or null for the bloc committee
   * @param establishedOn the date it was established, or null if unknown
   */
  public OrganizationEntity(
      String code,
      String name,
      OrganizationKind kind,
      Sector sector,
      OrganizationEntity parent,
      LocalDate establishedOn) {
    this.code = Objects.requireNonNull(code, "Mã tổ chức là bắt buộc.");
    this.name = Objects.requireNonNull(name, "Tên tổ chức là bắt buộc.");
    this.kind = Objects.requireNonNull(kind, "Loại tổ chức là bắt buộc.");
    this.sector = Objects.requireNonNull(sector, "Khu vực là bắt buộc.");
    if (parent != null && !kind.mayBeChildOf(parent.kind)) {
      throw new IllegalArgumentException(
          kind.vietnameseLabel() + " không thể trực thuộc " + parent.kind.vietnameseLabel() + ".");
    }
    this.parent = parent;
    this.establishedOn = establishedOn;
  }

  /**
   * Whether the organization exists on a day: established on or before it, not dissolved on or
   * before it.
   *
   * @param day the day
   * @return true if it exists
   */
  public boolean existsOn(LocalDate day) {
    return (establishedOn == null || !day.isBefore(establishedOn))
        && (dissolvedOn == null || day.isBefore(dissolvedOn));
  }

  /**
   * Whether the organization existed on at least one day of a span.
   *
   * @param from the first day
   * @param to the last day
   * @return true if its lifetime overlaps the span
   */
  public boolean existsBetween(LocalDate from, LocalDate to) {
    return (establishedOn == null || !establishedOn.isAfter(to))
        && (dissolvedOn == null || dissolvedOn.isAfter(from));
  }

  /**
   * Moves the organization under another parent; the caller records the dated link.
   *
   * @param newParent the new parent
   */
  public void moveUnder(OrganizationEntity newParent) {
    if (!kind.mayBeChildOf(newParent.kind)) {
      throw new IllegalArgumentException(
          kind.vietnameseLabel()
              + " không thể trực thuộc "
              + newParent.kind.vietnameseLabel()
              + ".");
    }
    this.parent = newParent;
  }

  /**
   * Records the dissolution.
   *
   * @param on the first day it no longer exists
   */
  public void dissolve(LocalDate on) {
    if (establishedOn != null && !on.isAfter(establishedOn)) {
      throw new IllegalArgumentException("Ngày giải thể phải sau ngày thành lập.");
    }
    this.dissolvedOn = on;
  }

  /**
   * Corrects the establishment date; the caller moves the start of the first link with it.
   *
   * @param on the day it was established
   * @throws IllegalArgumentException if it was dissolved on or before that day
   */
  public void reestablish(LocalDate on) {
    if (on != null && dissolvedOn != null && !dissolvedOn.isAfter(on)) {
      throw new IllegalArgumentException("Ngày giải thể phải sau ngày thành lập.");
    }
    this.establishedOn = on;
  }

  /**
   * Links the organization to the host unit it sits in; its sector becomes the unit's.
   *
   * @param unit the host unit, or null to unlink
   */
  public void placeIn(HostUnitEntity unit) {
    this.hostUnit = unit;
    if (unit != null) {
      this.sector = unit.getSector();
    }
  }

  /**
   * Corrects the name and the sector; the tree's history keeps moves and dissolutions, not spelling
   * corrections.
   *
   * @param name the name
   * @param sector the sector of its host unit
   */
  public void correct(String name, Sector sector) {
    this.name = Objects.requireNonNull(name, "Tên tổ chức là bắt buộc.");
    this.sector = Objects.requireNonNull(sector, "Khu vực là bắt buộc.");
  }

  public HostUnitEntity getHostUnit() {
    return hostUnit;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public OrganizationKind getKind() {
    return kind;
  }

  public Sector getSector() {
    return sector;
  }

  public OrganizationEntity getParent() {
    return parent;
  }

  public LocalDate getEstablishedOn() {
    return establishedOn;
  }

  public LocalDate getDissolvedOn() {
    return dissolvedOn;
  }

  public long getVersion() {
    return version;
  }
}
