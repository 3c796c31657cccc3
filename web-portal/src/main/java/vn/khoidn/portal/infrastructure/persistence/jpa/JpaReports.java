package vn.khoidn.portal.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.khoidn.domain.submission.FormStatus;
import vn.khoidn.portal.application.report.FormNarrative;
import vn.khoidn.portal.application.report.Report;
import vn.khoidn.portal.application.report.ReportRepository;
import vn.khoidn.portal.application.submission.ConcurrentEditException;
import vn.khoidn.reporting.review.Narratives;

/**
 * The {@link ReportRepository} port over the {@code report} table: a report is one row, its version
 * the row's {@code @Version}; a concurrent save is found when the change is flushed.
 */
@ApplicationScoped
public class JpaReports implements ReportRepository {

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Override
  public Optional<Report> byId(long id) {
    return Optional.ofNullable(em.find(ReportEntity.class, id)).map(JpaReports::report);
  }

  @Override
  public List<Report> of(long organizationId, String periodCode) {
    return em
        .createQuery(
            "SELECT r FROM ReportEntity r WHERE r.organization.id = :o AND r.periodCode = :p"
                + " ORDER BY r.id DESC",
            ReportEntity.class)
        .setParameter("o", organizationId)
        .setParameter("p", periodCode)
        .getResultList()
        .stream()
        .map(JpaReports::report)
        .toList();
  }

  @Override
  public Optional<Report> latestOf(long organizationId) {
    return em
        .createQuery(
            "SELECT r FROM ReportEntity r WHERE r.organization.id = :o"
                + " ORDER BY r.updatedAt DESC, r.id DESC",
            ReportEntity.class)
        .setParameter("o", organizationId)
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst()
        .map(JpaReports::report);
  }

  @Override
  public Report add(Report report) {
    if (report.id() != null) {
      throw new IllegalArgumentException("Report " + report.id() + " is stored already.");
    }
    if (report.isIssued()) {
      throw new IllegalArgumentException("A new report is a draft.");
    }
    ResolutionEntity resolution =
        report.resolution() == null
            ? null
            : JpaResolutions.entity(em, report.resolution().number())
                .orElseThrow(
                    () ->
                        new IllegalArgumentException(
                            "No resolution " + report.resolution().number()));
    ReportEntity e =
        new ReportEntity(
            em.getReference(OrganizationEntity.class, report.organizationId()),
            report.periodCode(),
            resolution,
            report.reviewYears(),
            report.number(),
            report.date());
    e.edit(texts(report), report.number(), report.date(), report.updatedBy(), report.updatedAt());
    em.persist(e);
    em.flush();
    return report(e);
  }

  @Override
  public Report save(Report report) {
    ReportEntity e = report.id() == null ? null : em.find(ReportEntity.class, report.id());
    if (e == null) {
      throw new IllegalArgumentException("Report " + report.id() + " is not stored.");
    }
    if (e.getVersion() != report.version()) {
      throw conflict();
    }
    if (ReportEntity.ISSUED.equals(e.getStatus())) {
      throw new IllegalStateException("An issued report cannot change.");
    }
    if (report.isIssued()) {
      Report.Issue issue = report.issued();
      e.edit(texts(report), report.number(), report.date(), issue.by(), issue.at());
      e.issue(issue.text(), issue.docx(), issue.pdf(), issue.xlsx(), issue.by(), issue.at());
      e.keepInputs(issue.inputs(), issue.inputsHash());
    } else {
      e.edit(texts(report), report.number(), report.date(), report.updatedBy(), report.updatedAt());
    }
    try {
      em.flush();
    } catch (OptimisticLockException ex) {
      throw conflict();
    } catch (PersistenceException ex) {
      if (ex.getCause() instanceof OptimisticLockException) {
        throw conflict();
      }
      throw ex;
    }
    return report(e);
  }

  @Override
  public List<FormNarrative> formNarratives(Collection<String> periodCodes) {
    if (periodCodes.isEmpty()) {
      return List.of();
    }
    return em
        .createQuery(
            "SELECT o.code, o.name, f.resultsText, f.difficultiesText, f.proposalsText"
                + " FROM ReportFormEntity f JOIN f.organization o JOIN f.round r"
                + " WHERE r.periodCode IN :p AND f.status IN :s ORDER BY o.name, r.periodCode",
            Object[].class)
        .setParameter("p", periodCodes)
        .setParameter("s", List.of(FormStatus.SUBMITTED, FormStatus.ACCEPTED))
        .getResultList()
        .stream()
        .map(
            r ->
                new FormNarrative(
                    (String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4]))
        .toList();
  }

  /** Someone else's save came first; who and when cannot be read from a failed transaction. */
  private static ConcurrentEditException conflict() {
    return new ConcurrentEditException(Report.conflictMessage(null, null, null));
  }

  private static String[] texts(Report report) {
    String[] texts = new String[Narratives.Section.values().length];
    report.sections().forEach((s, t) -> texts[s.ordinal()] = t);
    return texts;
  }

  /**
   * The report of a row.
   *
   * @param e the row
   * @return the report
   */
  static Report report(ReportEntity e) {
    boolean issued = ReportEntity.ISSUED.equals(e.getStatus());
    return new Report(
        e.getId(),
        e.getVersion(),
        e.getOrganization().getId(),
        e.getPeriodCode(),
        e.getResolution() == null ? null : e.getResolution().toDomain(),
        e.getReviewYears(),
        issued ? Report.Status.ISSUED : Report.Status.DRAFT,
        e.getDocNumber(),
        e.getDocDate(),
        Report.sectionsOf(e.sections()),
        e.getUpdatedBy(),
        e.getUpdatedAt(),
        issued
            ? new Report.Issue(
                e.getIssuedAt(),
                e.getIssuedBy(),
                e.getIssuedText(),
                e.getIssuedDocx(),
                e.getIssuedPdf(),
                e.getIssuedXlsx(),
                e.getIssuedInputs(),
                e.getIssuedInputsHash())
            : null);
  }
}
