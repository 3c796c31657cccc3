package vn.khoidn.portal.application.exchange;

/**
 * One row of an organizations file, as typed: {@code
 * code,name,kind,parent,sector,host_unit,established[,dissolved]}.
 *
 * @param line the line in the file
 * @param code the organization's code
 * @param name its name
 * @param kind BLOC, GRASSROOTS_COMMITTEE, GRASSROOTS_CELL or SUBORDINATE_CELL
 * @param parent the parent's code
 * @param sector STATE, NON_STATE, CREDIT or OTHER
 * @param hostUnit its host unit as the registry knows it (code, tax code or name), or empty
 * @param established yyyy-MM-dd
 * @param dissolved yyyy-MM-dd, or empty
 */
public record OrganizationRowInput(
    int line,
    String code,
    String name,
    String kind,
    String parent,
    String sector,
    String hostUnit,
    String established,
    String dissolved) {}
