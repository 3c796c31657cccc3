package vn.khoidn.portal.infrastructure.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One setting of an organization as issuing body, e.g. its name or the signer's name. */
@Entity
@Table(name = "report_setting")
public class ReportSettingEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "organization_id", nullable = false)
  private long organizationId;

  @Column(name = "setting_name", nullable = false, length = 40)
  private String name;

  @Column(name = "setting_value", nullable = false, length = 2000)
  private String value;

  @Column(name = "updated_by", length = 64)
  private String updatedBy;

  @Column(name = "updated_at")
  private Instant updatedAt;

  /** For JPA. */
  protected ReportSettingEntity() {}

  /**
   * A setting of an organization.
   *
   * @param organizationId the issuing organization
   * @param name its name
   */
  public ReportSettingEntity(long organizationId, String name) {
    this.organizationId = organizationId;
    this.name = name;
  }

  /**
   * Changes it.
   *
   * @param value the new value
   * @param by who changed it
   */
  public void change(String value, String by) {
    change(value, by, Instant.now());
  }

  /**
   * Changes it.
   *
   * @param value the new value
   * @param by who changed it
   * @param at when, from the portal's clock
   */
  public void change(String value, String by, Instant at) {
    this.value = value;
    this.updatedBy = by;
    this.updatedAt = at;
  }

  public long getOrganizationId() {
    return organizationId;
  }

  public String getName() {
    return name;
  }

  public String getValue() {
    return value;
  }
}
