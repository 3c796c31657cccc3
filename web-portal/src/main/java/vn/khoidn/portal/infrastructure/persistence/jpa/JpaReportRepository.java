package vn.khoidn.portal.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Reads and stores reports, resolutions, sentence templates and the issuing body's settings. */
@ApplicationScoped
public class JpaReportRepository {

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  /**
   * Stores a new entity.
   *
   * @param entity the entity
   * @param <T> its type
   * @return the stored entity
   */
  public <T> T add(T entity) {
    em.persist(entity);
    em.flush();
    return entity;
  }

  /** Writes pending changes, so that a concurrent change is found now. */
  public void flush() {
    em.flush();
  }

  /**
   * A report by id.
   *
   * @param id the id
   * @return the report, or empty
   */
  public Optional<ReportEntity> report(long id) {
    return Optional.ofNullable(em.find(ReportEntity.class, id));
  }

  /**
   * The reports of an organization for a period, newest first.
   *
   * @param organization the organization
   * @param periodCode the period's code
   * @return the reports
   */
  public List<ReportEntity> reports(OrganizationEntity organization, String periodCode) {
    return em.createQuery(
            "SELECT r FROM ReportEntity r WHERE r.organization = :o AND r.periodCode = :p"
                + " ORDER BY r.id DESC",
            ReportEntity.class)
        .setParameter("o", organization)
        .setParameter("p", periodCode)
        .getResultList();
  }

  /** Every resolution, newest first. */
  public List<ResolutionEntity> resolutions() {
    return em.createQuery(
            "SELECT r FROM ResolutionEntity r ORDER BY r.adoptedOn DESC", ResolutionEntity.class)
        .getResultList();
  }

  /**
   * A resolution by number.
   *
   * @param number e.g. "04-NQ/ĐUK"
   * @return the resolution, or empty
   */
  public Optional<ResolutionEntity> resolution(String number) {
    return em
        .createQuery("SELECT r FROM ResolutionEntity r WHERE r.number = :n", ResolutionEntity.class)
        .setParameter("n", number)
        .getResultList()
        .stream()
        .findFirst();
  }

  /** The sentences staff reworded. */
  public List<SentenceTemplateEntity> templates() {
    return em.createQuery("SELECT t FROM SentenceTemplateEntity t", SentenceTemplateEntity.class)
        .getResultList();
  }

  /**
   * A reworded sentence.
   *
   * @param key its key
   * @return the row, or empty if the built-in wording is used
   */
  public Optional<SentenceTemplateEntity> template(String key) {
    return Optional.ofNullable(em.find(SentenceTemplateEntity.class, key));
  }

  /**
   * Goes back to the built-in wording.
   *
   * @param template the reworded sentence
   */
  public void remove(SentenceTemplateEntity template) {
    em.remove(template);
  }

  /** Every setting of the issuing body. */
  public List<ReportSettingEntity> settings() {
    return em.createQuery("SELECT s FROM ReportSettingEntity s", ReportSettingEntity.class)
        .getResultList();
  }

  /**
   * A setting.
   *
   * @param name its name
   * @return the row, or empty
   */
  public Optional<ReportSettingEntity> setting(String name) {
    return Optional.ofNullable(em.find(ReportSettingEntity.class, name));
  }

  /**
   * The narratives grassroots organizations wrote on their forms for some periods: organization
   * name, results, difficulties, proposals.
   *
   * @param periodCodes the periods
   * @return the narratives, by organization name and period
   */
  public List<Object[]> formNarratives(java.util.Collection<String> periodCodes) {
    return em.createQuery(
            "SELECT o.code, o.name, f.resultsText, f.difficultiesText, f.proposalsText"
                + " FROM ReportFormEntity f JOIN f.organization o JOIN f.round r"
                + " WHERE r.periodCode IN :p AND f.status IN :s ORDER BY o.name, r.periodCode",
            Object[].class)
        .setParameter("p", periodCodes)
        .setParameter(
            "s",
            List.of(
                vn.khoidn.domain.submission.FormStatus.SUBMITTED,
                vn.khoidn.domain.submission.FormStatus.ACCEPTED))
        .getResultList();
  }
}
