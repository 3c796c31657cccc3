package vn.khoidn.portal.infrastructure.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.khoidn.domain.period.Resolution;

/** A resolution a report can review, e.g. Nghị quyết 04-NQ/ĐUK of 22/01/2021. */
@Entity
@Table(name = "resolution")
public class ResolutionEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "resolution_number", nullable = false, unique = true, length = 40)
  private String number;

  @Column(name = "adopted_on", nullable = false)
  private LocalDate adoptedOn;

  @Column(nullable = false, length = 500)
  private String title;

  /** For JPA. */
  protected ResolutionEntity() {}

  /**
   * A resolution.
   *
   * @param resolution the resolution as domain-core checked it
   */
  public ResolutionEntity(Resolution resolution) {
    this.number = resolution.number();
    this.adoptedOn = resolution.date();
    this.title = resolution.title();
  }

  /** The resolution as domain-core sees it. */
  public Resolution toDomain() {
    return new Resolution(number, adoptedOn, title);
  }

  public Long getId() {
    return id;
  }

  public String getNumber() {
    return number;
  }
}
