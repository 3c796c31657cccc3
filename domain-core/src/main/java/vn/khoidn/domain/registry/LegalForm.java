package vn.khoidn.domain.registry;

/** The legal form of a host unit, as written in registrations and in reports. */
public enum LegalForm {
  /** Công ty TNHH một thành viên / nhiều thành viên. */
  LIMITED_LIABILITY("Công ty TNHH", true),
  /** Công ty cổ phần. */
  JOINT_STOCK("Công ty cổ phần", true),
  /** Doanh nghiệp tư nhân. */
  SOLE_PROPRIETORSHIP("Doanh nghiệp tư nhân", true),
  /** Công ty hợp danh. */
  PARTNERSHIP("Công ty hợp danh", true),
  /** Doanh nghiệp có vốn đầu tư nước ngoài. */
  FOREIGN_INVESTED("Doanh nghiệp FDI", true),
  /** Hợp tác xã. */
  COOPERATIVE("Hợp tác xã", false),
  /** Doanh nghiệp nhà nước (100% vốn nhà nước). */
  STATE_OWNED("Doanh nghiệp nhà nước", false),
  /** Chi nhánh ngân hàng thương mại. */
  BANK_BRANCH("Chi nhánh ngân hàng", false),
  /** Quỹ tín dụng nhân dân. */
  PEOPLES_CREDIT_FUND("Quỹ tín dụng nhân dân", false),
  /** Hiệp hội. */
  ASSOCIATION("Hiệp hội", false),
  /** Cơ quan, đơn vị sự nghiệp. */
  AGENCY("Cơ quan", false);

  private final String vietnameseLabel;
  private final boolean privateEnterprise;

  LegalForm(String vietnameseLabel, boolean privateEnterprise) {
    this.vietnameseLabel = vietnameseLabel;
    this.privateEnterprise = privateEnterprise;
  }

  /** The Vietnamese name of the form. */
  public String vietnameseLabel() {
    return vietnameseLabel;
  }

  /**
   * Whether this is a private enterprise form, which reports name in brackets after a new
   * organization ("Chi bộ Công ty Minh Tiến (Công ty TNHH)").
   */
  public boolean isPrivateEnterprise() {
    return privateEnterprise;
  }
}
