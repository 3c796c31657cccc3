package vn.khoidn.portal.infrastructure.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.khoidn.domain.registry.HostUnit;
import vn.khoidn.domain.registry.LegalForm;
import vn.khoidn.domain.registry.Sector;
import vn.khoidn.domain.registry.SocioPoliticalKind;
import vn.khoidn.domain.registry.SocioPoliticalOrganization;
import vn.khoidn.domain.registry.TaxCode;

/**
 * A host unit in the registry: an enterprise, credit institution, association or agency, with its
 * member counts and the dates its youth union and trade union were established.
 */
@Entity
@jakarta.persistence.EntityListeners(DataSetListener.class)
@Table(name = "host_unit")
public class HostUnitEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 40)
  private String code;

  @Column(nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "legal_form", nullable = false, length = 32)
  private LegalForm legalForm;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Sector sector;

  @Column(name = "tax_code", length = 14)
  private String taxCode;

  @Column(length = 100)
  private String district;

  @Column(nullable = false)
  private int employees;

  @Column(name = "official_party_members", nullable = false)
  private int officialPartyMembers;

  @Column(name = "probationary_party_members", nullable = false)
  private int probationaryPartyMembers;

  @Column(name = "youth_union_members", nullable = false)
  private int youthUnionMembers;

  @Column(name = "trade_union_members", nullable = false)
  private int tradeUnionMembers;

  @Column(name = "owner_party_member", nullable = false)
  private boolean ownerPartyMember;

  @Column(name = "youth_union_established")
  private LocalDate youthUnionEstablished;

  @Column(name = "trade_union_established")
  private LocalDate tradeUnionEstablished;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Column(name = "updated_by", length = 64)
  private String updatedBy;

  @Version private long version;

  /** For JPA. */
  protected HostUnitEntity() {}

  /**
   * A unit with this code; the caller sets the rest with {@link #update}.
   *
   * @param code the stable code
   */
  public HostUnitEntity(String code) {
    this.code = Objects.requireNonNull(code, "Mã đơn vị là bắt buộc.");
  }

  /**
   * Takes the figures of a checked domain unit and records who changed it.
   *
   * @param unit the unit as domain-core checked it
   * @param youthUnion the day its youth union was established, or null if it has none
   * @param tradeUnion the day its trade union was established, or null if it has none
   * @param by who changed it
   */
  public void update(HostUnit unit, LocalDate youthUnion, LocalDate tradeUnion, String by) {
    update(unit, youthUnion, tradeUnion, by, Instant.now());
  }

  /**
   * Takes the figures of a checked domain unit and records who changed it and when.
   *
   * @param unit the unit as domain-core checked it
   * @param youthUnion the day its youth union was established, or null if it has none
   * @param tradeUnion the day its trade union was established, or null if it has none
   * @param by who changed it
   * @param at when, from the portal's clock
   */
  public void update(
      HostUnit unit, LocalDate youthUnion, LocalDate tradeUnion, String by, Instant at) {
    this.name = unit.name();
    this.legalForm = unit.legalForm();
    this.sector = unit.sector();
    this.taxCode = unit.tax().map(TaxCode::value).orElse(null);
    this.district = unit.district();
    this.employees = unit.employees();
    this.officialPartyMembers = unit.officialPartyMembers();
    this.probationaryPartyMembers = unit.probationaryPartyMembers();
    this.youthUnionMembers = unit.youthUnionMembers();
    this.tradeUnionMembers = unit.tradeUnionMembers();
    this.ownerPartyMember = unit.ownerIsPartyMember();
    this.youthUnionEstablished = youthUnion;
    this.tradeUnionEstablished = tradeUnion;
    this.updatedAt = at;
    this.updatedBy = by;
  }

  /** The unit as domain-core sees it, with its youth union and trade union. */
  public HostUnit toDomain() {
    List<SocioPoliticalOrganization> organizations = new ArrayList<>();
    if (youthUnionEstablished != null) {
      organizations.add(
          new SocioPoliticalOrganization(
              SocioPoliticalKind.YOUTH_UNION,
              "Chi đoàn " + name,
              youthUnionEstablished,
              null,
              youthUnionMembers,
              null));
    }
    if (tradeUnionEstablished != null) {
      organizations.add(
          new SocioPoliticalOrganization(
              SocioPoliticalKind.TRADE_UNION,
              "Công đoàn cơ sở " + name,
              tradeUnionEstablished,
              null,
              tradeUnionMembers,
              null));
    }
    return new HostUnit(
        code,
        name,
        legalForm,
        sector,
        taxCode == null ? null : TaxCode.parse(taxCode),
        district,
        employees,
        officialPartyMembers,
        probationaryPartyMembers,
        youthUnionMembers,
        tradeUnionMembers,
        ownerPartyMember,
        organizations);
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

  public Sector getSector() {
    return sector;
  }

  public LocalDate getYouthUnionEstablished() {
    return youthUnionEstablished;
  }

  public LocalDate getTradeUnionEstablished() {
    return tradeUnionEstablished;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public long getVersion() {
    return version;
  }
}
