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
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import vn.khoidn.domain.submission.FormStatus;

/** One organization's form in one round: its status, its narratives, and who did what when. */
@Entity
@jakarta.persistence.EntityListeners(DataSetListener.class)
@Table(name = "report_form")
public class ReportFormEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "round_id", nullable = false)
  private ReportingRoundEntity round;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "organization_id", nullable = false)
  private OrganizationEntity organization;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private FormStatus status = FormStatus.NOT_STARTED;

  @Column(name = "results_text")
  private String resultsText;

  @Column(name = "difficulties_text")
  private String difficultiesText;

  @Column(name = "proposals_text")
  private String proposalsText;

  @Column(name = "return_comment")
  private String returnComment;

  /** The last submission. */
  @Column(name = "submitted_at")
  private Instant submittedAt;

  /** The first submission: "on time" is judged by it, and a resubmission does not move it. */
  @Column(name = "first_submitted_at")
  private Instant firstSubmittedAt;

  @Column(name = "accepted_at")
  private Instant acceptedAt;

  @Column(name = "accepted_by", length = 64)
  private String acceptedBy;

  @Column(name = "deadline_exception")
  private LocalDate deadlineException;

  @Column(name = "changes_since_accepted", nullable = false)
  private int changesSinceAccepted;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Column(name = "updated_by", length = 64)
  private String updatedBy;

  @Version private long version;

  protected ReportFormEntity() {}

  /**
   * A form not yet started.
   *
   * @param round the round
   * @param organization the organization expected to report
   */
  public ReportFormEntity(ReportingRoundEntity round, OrganizationEntity organization) {
    this.round = Objects.requireNonNull(round);
    this.organization = Objects.requireNonNull(organization);
  }

  /**
   * Records a change by someone.
   *
   * @param actor the user name
   */
  public void touch(String actor) {
    this.updatedAt = Instant.now();
    this.updatedBy = actor;
  }

  /**
   * Takes the state of the form aggregate (everything but its round, organization and version).
   *
   * @param form the aggregate
   */
  void apply(vn.khoidn.portal.application.submission.Form form) {
    this.status = form.status();
    this.resultsText = form.narratives().results();
    this.difficultiesText = form.narratives().difficulties();
    this.proposalsText = form.narratives().proposals();
    this.returnComment = form.returnComment();
    this.submittedAt = form.submittedAt();
    this.firstSubmittedAt = form.firstSubmittedAt();
    this.acceptedAt = form.acceptedAt();
    this.acceptedBy = form.acceptedBy();
    this.deadlineException = form.deadlineException();
    this.changesSinceAccepted = form.changesSinceAccepted();
    this.updatedAt = form.updatedAt();
    this.updatedBy = form.updatedBy();
  }

  /** The user who accepted it, or null. */
  public String getAcceptedBy() {
    return acceptedBy;
  }

  public void setStatus(FormStatus status) {
    this.status = status;
  }

  public void setNarratives(String results, String difficulties, String proposals) {
    this.resultsText = results;
    this.difficultiesText = difficulties;
    this.proposalsText = proposals;
  }

  /**
   * Records a submission made at a known time, for back-loaded history.
   *
   * @param at when it was submitted
   */
  public void markSubmitted(Instant at) {
    this.submittedAt = at;
    if (firstSubmittedAt == null) {
      firstSubmittedAt = at;
    }
  }

  /** When the form was first submitted, or null. */
  public Instant getFirstSubmittedAt() {
    return firstSubmittedAt;
  }

  public void markReturned(String comment) {
    this.returnComment = comment;
  }

  /**
   * Records the acceptance.
   *
   * @param actor who accepted it
   * @param at when, by the portal's clock
   */
  public void markAccepted(String actor, Instant at) {
    this.acceptedAt = at;
    this.acceptedBy = actor;
  }

  public void countCorrection() {
    this.changesSinceAccepted++;
  }

  public void setDeadlineException(LocalDate until) {
    this.deadlineException = until;
  }

  public Long getId() {
    return id;
  }

  public ReportingRoundEntity getRound() {
    return round;
  }

  public OrganizationEntity getOrganization() {
    return organization;
  }

  public FormStatus getStatus() {
    return status;
  }

  public String getResultsText() {
    return resultsText;
  }

  public String getDifficultiesText() {
    return difficultiesText;
  }

  public String getProposalsText() {
    return proposalsText;
  }

  public String getReturnComment() {
    return returnComment;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public Instant getAcceptedAt() {
    return acceptedAt;
  }

  public LocalDate getDeadlineException() {
    return deadlineException;
  }

  public int getChangesSinceAccepted() {
    return changesSinceAccepted;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public long getVersion() {
    return version;
  }
}
