package vn.khoidn.portal.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import vn.khoidn.domain.submission.FormStatus;

/** Reads and stores rounds, forms, plans and the audit trail; reads the figures of a form. */
@ApplicationScoped
public class JpaSubmissionRepository {

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  /**
   * Stores a new round, form or audit entry (figures go through the figure store).
   *
   * @param entity the new entity
   * @param <T> its type
   * @return the stored entity
   */
  public <T> T add(T entity) {
    em.persist(entity);
    return entity;
  }

  /** Writes pending changes now, so that a conflicting edit surfaces inside the transaction. */
  public void flush() {
    em.flush();
  }

  /**
   * Reads a form again from the database, as another transaction may have committed it since it was
   * read.
   *
   * @param form the form
   */
  public void refresh(ReportFormEntity form) {
    em.refresh(form);
  }

  /**
   * A form.
   *
   * @param id its id
   * @return the form, or empty
   */
  public Optional<ReportFormEntity> form(long id) {
    return Optional.ofNullable(em.find(ReportFormEntity.class, id));
  }

  /**
   * The rounds of a period.
   *
   * @param periodCode the period
   * @return its rounds
   */
  public List<ReportingRoundEntity> roundsOf(String periodCode) {
    return em.createQuery(
            "SELECT r FROM ReportingRoundEntity r WHERE r.periodCode = :p",
            ReportingRoundEntity.class)
        .setParameter("p", periodCode)
        .getResultList();
  }

  /**
   * A round.
   *
   * @param id its id
   * @return the round, or empty
   */
  public Optional<ReportingRoundEntity> round(long id) {
    return Optional.ofNullable(em.find(ReportingRoundEntity.class, id));
  }

  /** Every round, newest first. */
  public List<ReportingRoundEntity> rounds() {
    return em.createQuery(
            "SELECT r FROM ReportingRoundEntity r ORDER BY r.openedAt DESC, r.id DESC",
            ReportingRoundEntity.class)
        .getResultList();
  }

  /** Every form with its round and organization, newest round first. */
  public List<ReportFormEntity> forms() {
    return em.createQuery(
            "SELECT f FROM ReportFormEntity f JOIN FETCH f.round r JOIN FETCH f.organization o"
                + " ORDER BY r.deadline DESC, o.name",
            ReportFormEntity.class)
        .getResultList();
  }

  /**
   * The forms of one round.
   *
   * @param roundId the round
   * @return its forms, by organization name
   */
  public List<ReportFormEntity> formsOf(long roundId) {
    List<ReportFormEntity> forms =
        new java.util.ArrayList<>(
            em.createQuery(
                    "SELECT f FROM ReportFormEntity f JOIN FETCH f.organization o WHERE f.round.id ="
                        + " :round",
                    ReportFormEntity.class)
                .setParameter("round", roundId)
                .getResultList());
    forms.sort(
        java.util.Comparator.comparing(
            (ReportFormEntity f) -> f.getOrganization().getName(),
            vn.khoidn.domain.format.VietnameseText.order()));
    return forms;
  }

  /**
   * The figures entered on a form.
   *
   * @param form the form
   * @return its figures
   */
  public List<DataValueEntity> valuesOf(ReportFormEntity form) {
    return em.createQuery(
            "SELECT v FROM DataValueEntity v JOIN FETCH v.organization WHERE v.form = :form",
            DataValueEntity.class)
        .setParameter("form", form)
        .getResultList();
  }

  /**
   * An organization's accepted totals of an indicator in other periods: its history, oldest first.
   *
   * @param organization the organization
   * @param indicatorCode the indicator
   * @param exceptPeriod the period being entered
   * @return period code and value pairs
   */
  public List<Object[]> acceptedHistory(
      OrganizationEntity organization, String indicatorCode, String exceptPeriod) {
    return em.createQuery(
            "SELECT v.periodCode, v.numericValue FROM DataValueEntity v LEFT JOIN v.form f"
                + " WHERE v.organization = :org AND v.indicatorCode = :ind AND v.sector IS NULL"
                + " AND v.periodCode <> :period AND (f IS NULL OR f.status = :accepted) ORDER BY v.periodCode",
            Object[].class)
        .setParameter("org", organization)
        .setParameter("ind", indicatorCode)
        .setParameter("period", exceptPeriod)
        .setParameter("accepted", FormStatus.ACCEPTED)
        .getResultList();
  }

  /**
   * The targets of an organization.
   *
   * @param organization the organization
   * @return its targets
   */
  public List<PlanTargetEntity> plansOf(OrganizationEntity organization) {
    return em.createQuery(
            "SELECT p FROM PlanTargetEntity p WHERE p.organization = :org", PlanTargetEntity.class)
        .setParameter("org", organization)
        .getResultList();
  }

  /**
   * The audit trail of a form, newest first.
   *
   * @param formId the form
   * @return its entries
   */
  public List<AuditEntryEntity> auditOf(long formId) {
    return em.createQuery(
            "SELECT a FROM AuditEntryEntity a WHERE a.formId = :form ORDER BY a.changedAt DESC, a.id DESC",
            AuditEntryEntity.class)
        .setParameter("form", formId)
        .getResultList();
  }
}
