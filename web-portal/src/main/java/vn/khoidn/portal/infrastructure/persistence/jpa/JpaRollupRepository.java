package vn.khoidn.portal.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import vn.khoidn.domain.submission.FormStatus;
import vn.khoidn.portal.application.account.Role;

/**
 * Reads what a roll-up needs in a few queries: the tree's history, the figures, the plans, the
 * submissions.
 */
@ApplicationScoped
public class JpaRollupRepository {

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  /** Every organization, as plain values. */
  public List<OrganizationRecord> organizations() {
    return em.createQuery(
            "SELECT NEW vn.khoidn.portal.infrastructure.persistence.jpa.OrganizationRecord("
                + "o.id, o.code, o.name, o.kind, o.sector, o.establishedOn, o.dissolvedOn, u.code)"
                + " FROM OrganizationEntity o LEFT JOIN o.hostUnit u ORDER BY o.id",
            OrganizationRecord.class)
        .getResultList();
  }

  /** Every parent link: child code, parent code, valid from, valid until. */
  public List<Object[]> links() {
    return em.createQuery(
            "SELECT c.code, p.code, l.validFrom, l.validUntil FROM OrganizationLinkEntity l JOIN l.child c JOIN l.parent p",
            Object[].class)
        .getResultList();
  }

  /**
   * The figures that count: on forms with one of the given statuses, or entered without a form
   * (back-loaded).
   *
   * @param statuses the form statuses whose figures count
   * @param periodCodes the periods to read
   * @return organization code, period code, indicator code, sector, value, form id (or null)
   */
  public List<Object[]> values(List<FormStatus> statuses, Collection<String> periodCodes) {
    return em.createQuery(
            "SELECT o.code, v.periodCode, v.indicatorCode, v.sector, v.numericValue, f.id FROM DataValueEntity v"
                + " JOIN v.organization o LEFT JOIN v.form f WHERE v.periodCode IN :periods"
                + " AND (f IS NULL OR f.status IN :statuses)",
            Object[].class)
        .setParameter("statuses", statuses)
        .setParameter("periods", periodCodes)
        .getResultList();
  }

  /**
   * The forms of rounds for some periods: form id, organization code, period code, status, when
   * first submitted (or null), round id.
   *
   * @param periodCodes the periods
   * @return the forms
   */
  public List<Object[]> forms(Collection<String> periodCodes) {
    return em.createQuery(
            "SELECT f.id, o.code, r.periodCode, f.status, f.submittedAt, r.id FROM ReportFormEntity f"
                + " JOIN f.organization o JOIN f.round r WHERE r.periodCode IN :periods",
            Object[].class)
        .setParameter("periods", periodCodes)
        .getResultList();
  }

  /**
   * The rounds for some periods: id, period code, title, deadline.
   *
   * @param periodCodes the periods
   * @return the rounds, by period and id
   */
  public List<Object[]> rounds(Collection<String> periodCodes) {
    return em.createQuery(
            "SELECT r.id, r.periodCode, r.title, r.deadline FROM ReportingRoundEntity r"
                + " WHERE r.periodCode IN :periods ORDER BY r.periodCode, r.id",
            Object[].class)
        .setParameter("periods", periodCodes)
        .getResultList();
  }

  /**
   * The enabled reporters' contacts: organization code, name, telephone, e-mail.
   *
   * @return the contacts, by name
   */
  public List<Object[]> reporterContacts() {
    return em.createQuery(
            "SELECT o.code, u.displayName, u.phone, u.email FROM UserAccountEntity u JOIN u.organization o"
                + " WHERE u.enabled = TRUE AND :role MEMBER OF u.roles ORDER BY u.displayName",
            Object[].class)
        .setParameter("role", Role.REPORTER)
        .getResultList();
  }

  /**
   * The targets of some periods: organization code, indicator code, period code, target.
   *
   * @param periodCodes the periods
   * @return the targets
   */
  public List<Object[]> plans(Collection<String> periodCodes) {
    return em.createQuery(
            "SELECT o.code, p.indicatorCode, p.periodCode, p.target FROM PlanTargetEntity p JOIN p.organization o"
                + " WHERE p.periodCode IN :periods",
            Object[].class)
        .setParameter("periods", periodCodes)
        .getResultList();
  }

  /**
   * The submissions of some periods: organization code, period code, when it was first submitted.
   *
   * @param periodCodes the periods
   * @return the submissions
   */
  public List<Object[]> submissions(Collection<String> periodCodes) {
    return em.createQuery(
            "SELECT o.code, r.periodCode, f.submittedAt FROM ReportFormEntity f JOIN f.organization o JOIN f.round r"
                + " WHERE f.submittedAt IS NOT NULL AND r.periodCode IN :periods",
            Object[].class)
        .setParameter("periods", periodCodes)
        .getResultList();
  }
}
