package vn.khoidn.portal.infrastructure.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One recorded change: who, when, what, the old and the new value. Never updated. */
@Entity
@Table(name = "audit_entry")
public class AuditEntryEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  @Column(nullable = false, length = 64)
  private String actor;

  @Column(name = "form_id")
  private Long formId;

  @Column(name = "organization_id")
  private Long organizationId;

  @Column(nullable = false, length = 80)
  private String subject;

  @Column(name = "old_value", length = 1000)
  private String oldValue;

  @Column(name = "new_value", length = 1000)
  private String newValue;

  protected AuditEntryEntity() {}

  /**
   * A change at a given instant.
   *
   * @param entry the change
   */
  public AuditEntryEntity(vn.khoidn.portal.application.audit.AuditEntry entry) {
    this(
        entry.actor(),
        entry.formId(),
        entry.organizationId(),
        entry.subject(),
        entry.oldValue(),
        entry.newValue());
    this.changedAt = entry.at();
  }

  /**
   * The values of this entry.
   *
   * @return the entry
   */
  public vn.khoidn.portal.application.audit.AuditEntry toEntry() {
    return new vn.khoidn.portal.application.audit.AuditEntry(
        changedAt, actor, formId, organizationId, subject, oldValue, newValue);
  }

  /**
   * A change.
   *
   * @param actor who made it
   * @param formId the form it concerns, or null
   * @param organizationId the organization it concerns, or null
   * @param subject what changed, e.g. {@code NEW_MEMBERS/NON_STATE} or {@code STATUS}
   * @param oldValue the value before, or null
   * @param newValue the value after, or null
   */
  public AuditEntryEntity(
      String actor,
      Long formId,
      Long organizationId,
      String subject,
      String oldValue,
      String newValue) {
    this.changedAt = Instant.now();
    this.actor = actor;
    this.formId = formId;
    this.organizationId = organizationId;
    this.subject = subject;
    this.oldValue = oldValue;
    this.newValue = newValue;
  }

  public Instant getChangedAt() {
    return changedAt;
  }

  public String getActor() {
    return actor;
  }

  public String getSubject() {
    return subject;
  }

  public String getOldValue() {
    return oldValue;
  }

  public String getNewValue() {
    return newValue;
  }
}
