package vn.khoidn.portal.infrastructure.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import vn.khoidn.domain.registry.Sector;

/**
 * One reported figure, as read: an organization's value of an indicator in a period, optionally for
 * one sector. It has no mutators: every figure is written through the figure store's repository.
 */
@Entity
@Table(name = "data_value")
public class DataValueEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "organization_id", nullable = false)
  private OrganizationEntity organization;

  @Column(name = "period_code", nullable = false, length = 8)
  private String periodCode;

  @Column(name = "indicator_code", nullable = false, length = 40)
  private String indicatorCode;

  @Enumerated(EnumType.STRING)
  @Column(length = 16)
  private Sector sector;

  @Column(name = "numeric_value", nullable = false, precision = 19, scale = 4)
  private BigDecimal numericValue;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false, length = 64)
  private String updatedBy;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "form_id")
  private ReportFormEntity form;

  @Column(length = 500)
  private String explanation;

  @Version private long version;

  /** For JPA. Figures are read here and written only by {@code JdbcFigureRepository}. */
  protected DataValueEntity() {}

  public String getExplanation() {
    return explanation;
  }

  public ReportFormEntity getForm() {
    return form;
  }

  public Long getId() {
    return id;
  }

  public OrganizationEntity getOrganization() {
    return organization;
  }

  public String getPeriodCode() {
    return periodCode;
  }

  public String getIndicatorCode() {
    return indicatorCode;
  }

  public Sector getSector() {
    return sector;
  }

  public BigDecimal getNumericValue() {
    return numericValue;
  }
}
