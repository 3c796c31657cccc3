package vn.khoidn.portal.infrastructure.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A report of an organization for a period: a draft staff edit, or an issued report frozen with the
 * files it was issued as.
 */
@Entity
@Table(name = "report")
public class ReportEntity {

  /** Being written; its figures are live. */
  public static final String DRAFT = "DRAFT";

  /** Issued; its files never change. */
  public static final String ISSUED = "ISSUED";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "organization_id", nullable = false)
  private OrganizationEntity organization;

  @Column(name = "period_code", nullable = false, length = 60)
  private String periodCode;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "resolution_id")
  private ResolutionEntity resolution;

  @Column(name = "review_years")
  private Integer reviewYears;

  @Column(nullable = false, length = 16)
  private String status = DRAFT;

  @Column(name = "doc_number", nullable = false, length = 20)
  private String docNumber;

  @Column(name = "doc_date", nullable = false)
  private LocalDate docDate;

  private String dissemination;
  private String youth;
  private String trade;
  private String strengths;
  private String limitations;
  private String causes;
  private String tasks;

  @Column(name = "issued_at")
  private Instant issuedAt;

  @Column(name = "issued_by", length = 64)
  private String issuedBy;

  @Column(name = "issued_text")
  private String issuedText;

  /** The figures it was issued from, one labelled line each. */
  @Column(name = "issued_inputs")
  private String issuedInputs;

  /** The SHA-256 of {@link #issuedInputs}. */
  @Column(name = "issued_inputs_hash", length = 64)
  private String issuedInputsHash;

  @Lob
  @Column(name = "issued_docx")
  private byte[] issuedDocx;

  @Lob
  @Column(name = "issued_pdf")
  private byte[] issuedPdf;

  @Lob
  @Column(name = "issued_xlsx")
  private byte[] issuedXlsx;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Column(name = "updated_by", length = 64)
  private String updatedBy;

  @Version private long version;

  /** For JPA. */
  protected ReportEntity() {}

  /**
   * A new draft.
   *
   * @param organization the issuing organization
   * @param periodCode the period's code
   * @param resolution the resolution it reviews, or null for a calendar period
   * @param reviewYears the years it reviews, or null
   * @param docNumber the document's number
   * @param docDate the document's date
   */
  public ReportEntity(
      OrganizationEntity organization,
      String periodCode,
      ResolutionEntity resolution,
      Integer reviewYears,
      String docNumber,
      LocalDate docDate) {
    this.organization = organization;
    this.periodCode = periodCode;
    this.resolution = resolution;
    this.reviewYears = reviewYears;
    this.docNumber = docNumber;
    this.docDate = docDate;
  }

  /**
   * Stores staff's text.
   *
   * @param sections the seven narrative sections, in the order of the columns
   * @param number the document's number
   * @param date the document's date
   * @param by who saved
   */
  public void edit(String[] sections, String number, LocalDate date, String by) {
    edit(sections, number, date, by, Instant.now());
  }

  /**
   * Stores staff's text.
   *
   * @param sections the seven narrative sections, in the order of the columns
   * @param number the document's number
   * @param date the document's date
   * @param by who saved
   * @param at when, from the portal's clock
   */
  public void edit(String[] sections, String number, LocalDate date, String by, Instant at) {
    if (ISSUED.equals(status)) {
      throw new IllegalStateException("An issued report cannot change.");
    }
    dissemination = sections[0];
    youth = sections[1];
    trade = sections[2];
    strengths = sections[3];
    limitations = sections[4];
    causes = sections[5];
    tasks = sections[6];
    docNumber = number;
    docDate = date;
    updatedBy = by;
    updatedAt = at;
  }

  /**
   * Freezes the report with its files.
   *
   * @param text its text
   * @param docx the DOCX
   * @param pdf the PDF
   * @param xlsx the annex
   * @param by who issued it
   */
  public void issue(String text, byte[] docx, byte[] pdf, byte[] xlsx, String by) {
    issue(text, docx, pdf, xlsx, by, Instant.now());
  }

  /**
   * Freezes the report with its files.
   *
   * @param text its text
   * @param docx the DOCX
   * @param pdf the PDF
   * @param xlsx the annex
   * @param by who issued it
   * @param at when, from the portal's clock
   */
  public void issue(String text, byte[] docx, byte[] pdf, byte[] xlsx, String by, Instant at) {
    if (ISSUED.equals(status)) {
      throw new IllegalStateException("An issued report cannot change.");
    }
    status = ISSUED;
    issuedText = text;
    issuedDocx = docx;
    issuedPdf = pdf;
    issuedXlsx = xlsx;
    issuedBy = by;
    issuedAt = at;
    updatedBy = by;
    updatedAt = issuedAt;
  }

  /** The seven narrative sections, in the order of the columns. */
  public String[] sections() {
    return new String[] {dissemination, youth, trade, strengths, limitations, causes, tasks};
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

  public ResolutionEntity getResolution() {
    return resolution;
  }

  public Integer getReviewYears() {
    return reviewYears;
  }

  public String getStatus() {
    return status;
  }

  public String getDocNumber() {
    return docNumber;
  }

  public LocalDate getDocDate() {
    return docDate;
  }

  public Instant getIssuedAt() {
    return issuedAt;
  }

  public String getIssuedBy() {
    return issuedBy;
  }

  public String getIssuedText() {
    return issuedText;
  }

  /** The figures it was issued from, or null for a report issued before they were kept. */
  public String getIssuedInputs() {
    return issuedInputs;
  }

  /** The hash of the figures it was issued from, or null. */
  public String getIssuedInputsHash() {
    return issuedInputsHash;
  }

  /**
   * Keeps the figures the report is issued from, with their hash.
   *
   * @param inputs the labelled figures
   * @param hash their SHA-256
   */
  public void keepInputs(String inputs, String hash) {
    this.issuedInputs = inputs;
    this.issuedInputsHash = hash;
  }

  public byte[] getIssuedDocx() {
    return issuedDocx;
  }

  public byte[] getIssuedPdf() {
    return issuedPdf;
  }

  public byte[] getIssuedXlsx() {
    return issuedXlsx;
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
