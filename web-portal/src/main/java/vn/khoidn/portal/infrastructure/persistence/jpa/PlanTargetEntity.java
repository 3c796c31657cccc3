package vn.khoidn.portal.infrastructure.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;

/** A target for an organization, indicator and period. */
@Entity
@jakarta.persistence.EntityListeners(DataSetListener.class)
@Table(name = "plan_target")
public class PlanTargetEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "organization_id", nullable = false)
  private OrganizationEntity organization;

  @Column(name = "indicator_code", nullable = false, length = 40)
  private String indicatorCode;

  @Column(name = "period_code", nullable = false, length = 8)
  private String periodCode;

  @Column(nullable = false)
  private long target;

  @Version private long version;

  protected PlanTargetEntity() {}

  /**
   * A target.
   *
   * @param organization the organization
   * @param indicatorCode the indicator
   * @param periodCode the period
   * @param target the target
   */
  public PlanTargetEntity(
      OrganizationEntity organization, String indicatorCode, String periodCode, long target) {
    this.organization = Objects.requireNonNull(organization);
    this.indicatorCode = Objects.requireNonNull(indicatorCode);
    this.periodCode = Objects.requireNonNull(periodCode);
    this.target = target;
  }

  public Long getId() {
    return id;
  }

  public String getIndicatorCode() {
    return indicatorCode;
  }

  public String getPeriodCode() {
    return periodCode;
  }

  public long getTarget() {
    return target;
  }

  public OrganizationEntity getOrganization() {
    return organization;
  }

  /**
   * Changes the target.
   *
   * @param target the new target, not negative
   */
  public void setTarget(long target) {
    this.target = target;
  }
}
