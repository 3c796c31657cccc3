package vn.khoidn.portal.infrastructure.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A report sentence as staff reworded it; a key without a row uses the built-in wording. */
@Entity
@Table(name = "sentence_template")
public class SentenceTemplateEntity {

  @Id
  @Column(name = "template_key", length = 60)
  private String key;

  @Column(nullable = false, length = 2000)
  private String text;

  @Column(name = "updated_by", nullable = false, length = 64)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  /** For JPA. */
  protected SentenceTemplateEntity() {}

  /**
   * A reworded sentence.
   *
   * @param key the template's key
   */
  public SentenceTemplateEntity(String key) {
    this.key = key;
  }

  /**
   * Rewords it.
   *
   * @param text the new wording, already checked
   * @param by who changed it
   */
  public void reword(String text, String by) {
    reword(text, by, Instant.now());
  }

  /**
   * Rewords it.
   *
   * @param text the new wording, already checked
   * @param by who changed it
   * @param at when, from the portal's clock
   */
  public void reword(String text, String by, Instant at) {
    this.text = text;
    this.updatedBy = by;
    this.updatedAt = at;
  }

  public String getKey() {
    return key;
  }

  public String getText() {
    return text;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public long getVersion() {
    return version;
  }
}
