package vn.khoidn.portal.infrastructure.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.khoidn.domain.indicator.Indicator;
import vn.khoidn.domain.indicator.Source;
import vn.khoidn.domain.indicator.Unit;

/** An indicator of the catalogue as stored; maps to and from domain-core's {@link Indicator}. */
@Entity
@Table(name = "indicator")
public class IndicatorEntity {

  @Id
  @Column(length = 40)
  private String code;

  @Column(name = "label_vi", nullable = false)
  private String labelVi;

  @Column(name = "label_en", nullable = false)
  private String labelEn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Unit unit;

  @Column(name = "by_sector", nullable = false)
  private boolean bySector;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Source source;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  @Version private long version;

  protected IndicatorEntity() {}

  /**
   * Stores an indicator.
   *
   * @param indicator the indicator
   * @param sortOrder its place in the catalogue
   */
  public IndicatorEntity(Indicator indicator, int sortOrder) {
    this.code = indicator.code();
    this.labelVi = indicator.vietnameseLabel();
    this.labelEn = indicator.englishLabel();
    this.unit = indicator.unit();
    this.bySector = indicator.bySector();
    this.source = indicator.source();
    this.sortOrder = sortOrder;
  }

  /** The domain's indicator. */
  public Indicator toDomain() {
    return new Indicator(code, labelVi, labelEn, unit, bySector, source);
  }

  public String getCode() {
    return code;
  }

  public int getSortOrder() {
    return sortOrder;
  }
}
