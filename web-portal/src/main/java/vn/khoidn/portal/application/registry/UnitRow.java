package vn.khoidn.portal.application.registry;

import java.io.Serializable;
import java.time.LocalDate;
import vn.khoidn.domain.registry.LegalForm;
import vn.khoidn.domain.registry.Sector;

/**
 * One host unit as the registry page lists it.
 *
 * @param code the unit's code
 * @param name its name
 * @param legalForm its legal form
 * @param sector its sector
 * @param taxCode its tax code, or empty
 * @param district its district, or empty
 * @param employees its employees
 * @param officialPartyMembers official party members working there
 * @param youthUnionMembers youth-union members working there
 * @param tradeUnionMembers trade-union members working there
 * @param partyOrganization the name of its party organization, or empty if it has none
 * @param youthUnion the day its youth union was established, or null
 * @param tradeUnion the day its trade union was established, or null
 * @param eligibleForParty whether it may establish a party organization
 * @param eligibleForYouthUnion whether it may establish a youth-union chapter
 * @param eligibleForTradeUnion whether it may establish a trade union
 */
public record UnitRow(
    String code,
    String name,
    LegalForm legalForm,
    Sector sector,
    String taxCode,
    String district,
    int employees,
    int officialPartyMembers,
    int youthUnionMembers,
    int tradeUnionMembers,
    String partyOrganization,
    LocalDate youthUnion,
    LocalDate tradeUnion,
    boolean eligibleForParty,
    boolean eligibleForYouthUnion,
    boolean eligibleForTradeUnion)
    implements Serializable {

  /** Whether a party organization sits in the unit. */
  public boolean hasPartyOrganization() {
    return !partyOrganization.isEmpty();
  }
}
