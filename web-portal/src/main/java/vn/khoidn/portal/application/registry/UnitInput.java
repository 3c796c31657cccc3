package vn.khoidn.portal.application.registry;

import java.io.Serializable;
import java.time.LocalDate;
import vn.khoidn.domain.registry.LegalForm;
import vn.khoidn.domain.registry.Sector;

/**
 * What staff type for a host unit. A new unit has no version; an edited one carries the version it
 * was read at, so a concurrent change is refused rather than overwritten.
 */
public class UnitInput implements Serializable {

  private static final long serialVersionUID = 1L;

  private String code;
  private String name;
  private LegalForm legalForm = LegalForm.LIMITED_LIABILITY;
  private Sector sector = Sector.NON_STATE;
  private String taxCode;
  private String district;
  private int employees;
  private int officialPartyMembers;
  private int probationaryPartyMembers;
  private int youthUnionMembers;
  private int tradeUnionMembers;
  private boolean ownerPartyMember;
  private LocalDate youthUnionEstablished;
  private LocalDate tradeUnionEstablished;
  private Long version;

  /** Whether this is a unit not yet stored. */
  public boolean isNew() {
    return version == null;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public LegalForm getLegalForm() {
    return legalForm;
  }

  public void setLegalForm(LegalForm legalForm) {
    this.legalForm = legalForm;
  }

  public Sector getSector() {
    return sector;
  }

  public void setSector(Sector sector) {
    this.sector = sector;
  }

  public String getTaxCode() {
    return taxCode;
  }

  public void setTaxCode(String taxCode) {
    this.taxCode = taxCode;
  }

  public String getDistrict() {
    return district;
  }

  public void setDistrict(String district) {
    this.district = district;
  }

  public int getEmployees() {
    return employees;
  }

  public void setEmployees(int employees) {
    this.employees = employees;
  }

  public int getOfficialPartyMembers() {
    return officialPartyMembers;
  }

  public void setOfficialPartyMembers(int officialPartyMembers) {
    this.officialPartyMembers = officialPartyMembers;
  }

  public int getProbationaryPartyMembers() {
    return probationaryPartyMembers;
  }

  public void setProbationaryPartyMembers(int probationaryPartyMembers) {
    this.probationaryPartyMembers = probationaryPartyMembers;
  }

  public int getYouthUnionMembers() {
    return youthUnionMembers;
  }

  public void setYouthUnionMembers(int youthUnionMembers) {
    this.youthUnionMembers = youthUnionMembers;
  }

  public int getTradeUnionMembers() {
    return tradeUnionMembers;
  }

  public void setTradeUnionMembers(int tradeUnionMembers) {
    this.tradeUnionMembers = tradeUnionMembers;
  }

  public boolean isOwnerPartyMember() {
    return ownerPartyMember;
  }

  public void setOwnerPartyMember(boolean ownerPartyMember) {
    this.ownerPartyMember = ownerPartyMember;
  }

  public LocalDate getYouthUnionEstablished() {
    return youthUnionEstablished;
  }

  public void setYouthUnionEstablished(LocalDate youthUnionEstablished) {
    this.youthUnionEstablished = youthUnionEstablished;
  }

  public LocalDate getTradeUnionEstablished() {
    return tradeUnionEstablished;
  }

  public void setTradeUnionEstablished(LocalDate tradeUnionEstablished) {
    this.tradeUnionEstablished = tradeUnionEstablished;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
