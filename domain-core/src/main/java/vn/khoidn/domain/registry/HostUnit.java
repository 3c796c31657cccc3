package vn.khoidn.domain.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.khoidn.domain.validation.InvalidValueException;

/**
 * An enterprise, credit institution, association or agency, with or without a party organization:
 * the unit a party organization sits in, or a surveyed enterprise that is a target of development
 * work.
 *
 * @param code the stable code in the registry
 * @param name the Vietnamese name
 * @param legalForm the legal form as recorded, or null if it is not known: a report then prints
 *     none rather than guess one
 * @param sector the sector every disaggregation uses
 * @param taxCode the tax code, or null if not known
 * @param district the district (huyện, thành phố) it is in
 * @param employees the number of employees
 * @param officialPartyMembers official (chính thức) party members working there
 * @param probationaryPartyMembers probationary (dự bị) party members working there
 * @param youthUnionMembers youth-union members working there
 * @param tradeUnionMembers trade-union members working there
 * @param ownerIsPartyMember whether the owner is a party member
 * @param socioPoliticalOrganizations its youth union, trade union, women's union, veterans'
 *     association
 */
public record HostUnit(
    String code,
    String name,
    LegalForm legalForm,
    Sector sector,
    TaxCode taxCode,
    String district,
    int employees,
    int officialPartyMembers,
    int probationaryPartyMembers,
    int youthUnionMembers,
    int tradeUnionMembers,
    boolean ownerIsPartyMember,
    List<SocioPoliticalOrganization> socioPoliticalOrganizations) {

  /** Checks the identity and that no count is negative. */
  public HostUnit {
    Objects.requireNonNull(code, "Mã đơn vị là bắt buộc.");
    Objects.requireNonNull(name, "Tên đơn vị là bắt buộc.");
    Objects.requireNonNull(sector, "Khu vực của đơn vị là bắt buộc.");
    requireNotNegative(employees, "Số lao động", name);
    requireNotNegative(officialPartyMembers, "Số đảng viên chính thức", name);
    requireNotNegative(probationaryPartyMembers, "Số đảng viên dự bị", name);
    requireNotNegative(youthUnionMembers, "Số đoàn viên", name);
    requireNotNegative(tradeUnionMembers, "Số đoàn viên công đoàn", name);
    socioPoliticalOrganizations = List.copyOf(socioPoliticalOrganizations);
  }

  /**
   * A unit with the given identity and no members or socio-political organizations recorded yet.
   *
   * @param code the code
   * @param name the name
   * @param legalForm the legal form
   * @param sector the sector
   * @return the unit
   */
  public static HostUnit of(String code, String name, LegalForm legalForm, Sector sector) {
    return new HostUnit(code, name, legalForm, sector, null, null, 0, 0, 0, 0, 0, false, List.of());
  }

  /**
   * The same unit with these member counts.
   *
   * @param officialPartyMembers official party members
   * @param youthUnionMembers youth-union members
   * @param tradeUnionMembers trade-union members
   * @return a copy
   */
  public HostUnit withMembers(
      int officialPartyMembers, int youthUnionMembers, int tradeUnionMembers) {
    return copy(
        officialPartyMembers, youthUnionMembers, tradeUnionMembers, socioPoliticalOrganizations);
  }

  /**
   * The same unit with one more socio-political organization.
   *
   * @param organization the organization
   * @return a copy
   */
  public HostUnit with(SocioPoliticalOrganization organization) {
    List<SocioPoliticalOrganization> all = new java.util.ArrayList<>(socioPoliticalOrganizations);
    all.add(organization);
    return copy(officialPartyMembers, youthUnionMembers, tradeUnionMembers, all);
  }

  private HostUnit copy(
      int official, int youth, int trade, List<SocioPoliticalOrganization> organizations) {
    return new HostUnit(
        code,
        name,
        legalForm,
        sector,
        taxCode,
        district,
        employees,
        official,
        probationaryPartyMembers,
        youth,
        trade,
        ownerIsPartyMember,
        organizations);
  }

  /** The tax code, if known. */
  public Optional<TaxCode> tax() {
    return Optional.ofNullable(taxCode);
  }

  /**
   * Whether the unit had a socio-political organization of this kind on a day.
   *
   * @param kind the kind
   * @param day the day
   * @return true if one existed
   */
  public boolean has(SocioPoliticalKind kind, LocalDate day) {
    return socioPoliticalOrganizations.stream().anyMatch(o -> o.kind() == kind && o.existsOn(day));
  }

  private static void requireNotNegative(int value, String what, String unit) {
    if (value < 0) {
      throw new InvalidValueException("NEGATIVE_VALUE", what + " của " + unit + " không được âm.");
    }
  }
}
