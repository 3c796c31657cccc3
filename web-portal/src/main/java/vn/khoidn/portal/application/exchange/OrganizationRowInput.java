package vn.khoidn.portal.application.exchange;

/**
 * One row of an organizations file, as typed: {@code
 * code,name,kind,parent,sector,host_unit,established[,dissolved,effective,successor]}.
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
 * @param effective yyyy-MM-dd: the day a move, rename or dissolution with a successor takes effect;
 *     empty for today (and for a name correction rather than a rename)
 * @param successor the code of the organization that takes over a dissolved one, or empty
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
    String dissolved,
    String effective,
    String successor) {

  /**
   * A row without an effective date or a successor.
   *
   * @param line the line in the file
   * @param code the organization's code
   * @param name its name
   * @param kind its level
   * @param parent the parent's code
   * @param sector its sector
   * @param hostUnit its host unit's code, or empty
   * @param established yyyy-MM-dd
   * @param dissolved yyyy-MM-dd, or empty
   */
  public OrganizationRowInput(
      int line,
      String code,
      String name,
      String kind,
      String parent,
      String sector,
      String hostUnit,
      String established,
      String dissolved) {
    this(line, code, name, kind, parent, sector, hostUnit, established, dissolved, "", "");
  }
}
