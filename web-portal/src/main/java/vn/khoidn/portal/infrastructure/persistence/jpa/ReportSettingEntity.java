package vn.khoidn.portal.infrastructure.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One setting of the issuing body, e.g. its name or the signer's name. */
@Entity
@Table(name = "report_setting")
public class ReportSettingEntity {

  @Id
  @Column(name = "setting_name", length = 40)
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
   * A setting.
   *
   * @param name its name
   */
  public ReportSettingEntity(String name) {
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

  public String getName() {
    return name;
  }

  public String getValue() {
    return value;
  }
}
