package vn.khoidn.portal.infrastructure.persistence.jpa;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A reporting round: a period, the indicators on its form, and a deadline. */
@Entity
@jakarta.persistence.EntityListeners(DataSetListener.class)
@Table(name = "reporting_round")
public class ReportingRoundEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "period_code", nullable = false, length = 8)
  private String periodCode;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private LocalDate deadline;

  @Column(name = "opened_by", nullable = false, length = 64)
  private String openedBy;

  @Column(name = "opened_at", nullable = false)
  private Instant openedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "round_indicator", joinColumns = @JoinColumn(name = "round_id"))
  @Column(name = "indicator_code", nullable = false, length = 40)
  @OrderColumn(name = "position")
  private List<String> indicatorCodes = new ArrayList<>();

  @Version private long version;

  protected ReportingRoundEntity() {}

  /**
   * A new round.
   *
   * @param periodCode the period, e.g. {@code 2021Q3}
   * @param title the title shown to reporters
   * @param deadline the last day to submit
   * @param indicatorCodes the indicators on the form, in order
   * @param openedBy who opened it
   */
  public ReportingRoundEntity(
      String periodCode,
      String title,
      LocalDate deadline,
      List<String> indicatorCodes,
      String openedBy) {
    this.periodCode = Objects.requireNonNull(periodCode);
    this.title = Objects.requireNonNull(title);
    this.deadline = Objects.requireNonNull(deadline);
    this.indicatorCodes = new ArrayList<>(indicatorCodes);
    this.openedBy = Objects.requireNonNull(openedBy);
    this.openedAt = Instant.now();
  }

  public Long getId() {
    return id;
  }

  public String getPeriodCode() {
    return periodCode;
  }

  public String getTitle() {
    return title;
  }

  public LocalDate getDeadline() {
    return deadline;
  }

  public List<String> getIndicatorCodes() {
    return List.copyOf(indicatorCodes);
  }

  public Instant getOpenedAt() {
    return openedAt;
  }
}
