package vn.khoidn.domain.registry;

/** The socio-political organizations (đoàn thể chính trị - xã hội) a host unit may have. */
public enum SocioPoliticalKind {
  /** Đoàn TNCS Hồ Chí Minh: a youth-union chapter (đoàn cơ sở or chi đoàn cơ sở). */
  YOUTH_UNION("Đoàn Thanh niên Cộng sản Hồ Chí Minh"),
  /** Công đoàn cơ sở: a grassroots trade union. */
  TRADE_UNION("Công đoàn cơ sở"),
  /** Hội Liên hiệp Phụ nữ: the women's union. */
  WOMENS_UNION("Hội Liên hiệp Phụ nữ"),
  /** Hội Cựu chiến binh: the veterans' association. */
  VETERANS("Hội Cựu chiến binh");

  private final String vietnameseLabel;

  SocioPoliticalKind(String vietnameseLabel) {
    this.vietnameseLabel = vietnameseLabel;
  }

  /** The Vietnamese name. */
  public String vietnameseLabel() {
    return vietnameseLabel;
  }
}
