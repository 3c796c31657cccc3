package vn.khoidn.domain.organization;

/**
 * The level of a party organization in the tree, from the bloc committee down to a subordinate
 * cell.
 */
public enum OrganizationKind {
  /**
   * Cấp ủy cấp trên: a committee above the bloc (the provincial party committee, or higher), which
   * the bloc reports to. Installations that aggregate several blocs place them under one.
   */
  SUPERIOR_COMMITTEE("Cấp ủy cấp trên", "Superior party committee"),
  /** Đảng ủy Khối: the top of the tree in one installation. */
  BLOC("Đảng ủy Khối", "Bloc party committee"),
  /** Đảng bộ cơ sở: a grassroots committee, which has subordinate cells. */
  GRASSROOTS_COMMITTEE("Đảng bộ cơ sở", "Grassroots party committee"),
  /** Chi bộ cơ sở: a grassroots cell with no subordinate cells. */
  GRASSROOTS_CELL("Chi bộ cơ sở", "Grassroots party cell"),
  /** Chi bộ trực thuộc: a cell under a grassroots committee. */
  SUBORDINATE_CELL("Chi bộ trực thuộc", "Subordinate party cell");

  private final String vietnameseLabel;
  private final String englishLabel;

  OrganizationKind(String vietnameseLabel, String englishLabel) {
    this.vietnameseLabel = vietnameseLabel;
    this.englishLabel = englishLabel;
  }

  /** The Vietnamese name of this kind, as written in reports. */
  public String vietnameseLabel() {
    return vietnameseLabel;
  }

  /** The English name of this kind. */
  public String englishLabel() {
    return englishLabel;
  }

  /** Whether an organization of this kind is a grassroots organization (tổ chức cơ sở đảng). */
  public boolean isGrassroots() {
    return this == GRASSROOTS_COMMITTEE || this == GRASSROOTS_CELL;
  }

  /**
   * Whether an organization of this kind may sit directly under an organization of the given kind.
   *
   * @param parent the kind of the prospective parent
   * @return true where the party's statute allows that link
   */
  public boolean mayBeChildOf(OrganizationKind parent) {
    return switch (this) {
      case SUPERIOR_COMMITTEE, BLOC -> parent == SUPERIOR_COMMITTEE;
      case GRASSROOTS_COMMITTEE, GRASSROOTS_CELL -> parent == BLOC;
      case SUBORDINATE_CELL -> parent == GRASSROOTS_COMMITTEE;
    };
  }
}
