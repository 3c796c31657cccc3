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
import java.util.Objects;
import vn.khoidn.domain.registry.Sector;

/**
 * One reported figure: an organization's value of an indicator in a period, optionally for one
 * sector.
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

  protected DataValueEntity() {}

  /**
   * A figure as entered.
   *
   * @param organization the reporting organization
   * @param periodCode the period, e.g. {@code 2021Q1}
   * @param indicatorCode the indicator, e.g. {@code NEW_MEMBERS}
   * @param sector the sector the value is for, or null for the host unit's own
   * @param numericValue the value
   * @param updatedBy who entered it
   */
  public DataValueEntity(
      OrganizationEntity organization,
      String periodCode,
      String indicatorCode,
      Sector sector,
      BigDecimal numericValue,
      String updatedBy) {
    this.organization = Objects.requireNonNull(organization, "organization");
    this.periodCode = Objects.requireNonNull(periodCode, "periodCode");
    this.indicatorCode = Objects.requireNonNull(indicatorCode, "indicatorCode");
    this.sector = sector;
    this.numericValue = Objects.requireNonNull(numericValue, "numericValue");
    this.updatedBy = Objects.requireNonNull(updatedBy, "updatedBy");
    this.updatedAt = Instant.now();
  }

  /**
   * A figure entered on a form.
   *
   * @param form the form
   * @param organization the organization the figure is for: the form's, or one of its subordinate
   *     cells
   * @param indicatorCode the indicator
   * @param sector the sector of a part, or null for the total
   * @param numericValue the value
   * @param updatedBy who entered it
   * @return the figure
   */
  public static DataValueEntity onForm(
      ReportFormEntity form,
      OrganizationEntity organization,
      String indicatorCode,
      Sector sector,
      BigDecimal numericValue,
      String updatedBy) {
    DataValueEntity v =
        new DataValueEntity(
            organization,
            form.getRound().getPeriodCode(),
            indicatorCode,
            sector,
            numericValue,
            updatedBy);
    v.form = form;
    return v;
  }

  /**
   * Changes the value.
   *
   * @param value the new value
   * @param explanation why it is far from the organization's history, or null
   * @param actor who changed it
   */
  public void change(BigDecimal value, String explanation, String actor) {
    this.numericValue = value;
    this.explanation = explanation;
    this.updatedBy = actor;
    this.updatedAt = Instant.now();
  }

  /**
   * Moves a back-loaded figure onto the form that now owns its cell, with the form's value.
   *
   * @param owner the form
   * @param value the value typed on the form
   * @param explanation the explanation, or null
   * @param actor who typed it
   */
  public void adoptInto(
      ReportFormEntity owner, BigDecimal value, String explanation, String actor) {
    this.form = owner;
    change(value, explanation, actor);
  }

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
