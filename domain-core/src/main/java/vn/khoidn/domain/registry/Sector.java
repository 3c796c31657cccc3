package vn.khoidn.domain.registry;

/** The sector of a host unit, which every disaggregation by sector uses. */
public enum Sector {
  /** Doanh nghiệp nhà nước, or the state holds control. */
  STATE("Doanh nghiệp nhà nước", "State enterprise"),
  /** Doanh nghiệp ngoài khu vực Nhà nước: private, LLC, joint-stock without state control, FDI. */
  NON_STATE("Doanh nghiệp ngoài khu vực Nhà nước", "Non-state enterprise"),
  /** Tổ chức tín dụng: a commercial bank branch or a people's credit fund. */
  CREDIT("Tổ chức tín dụng", "Credit institution"),
  /** Hiệp hội, cơ quan: an association or an agency. */
  OTHER("Hiệp hội, cơ quan", "Association or agency");

  private final String vietnameseLabel;
  private final String englishLabel;

  Sector(String vietnameseLabel, String englishLabel) {
    this.vietnameseLabel = vietnameseLabel;
    this.englishLabel = englishLabel;
  }

  /** The Vietnamese name of this sector. */
  public String vietnameseLabel() {
    return vietnameseLabel;
  }

  /** The English name of this sector. */
  public String englishLabel() {
    return englishLabel;
  }
}
