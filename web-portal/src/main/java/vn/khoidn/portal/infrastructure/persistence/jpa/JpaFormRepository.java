package vn.khoidn.portal.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.khoidn.domain.format.VietnameseText;
import vn.khoidn.domain.submission.FormStatus;
import vn.khoidn.portal.application.submission.ConcurrentEditException;
import vn.khoidn.portal.application.submission.Form;
import vn.khoidn.portal.application.submission.FormFigure;
import vn.khoidn.portal.application.submission.FormRepository;
import vn.khoidn.portal.application.submission.PastFigure;
import vn.khoidn.portal.application.submission.PlanFigure;
import vn.khoidn.portal.application.submission.Round;

/**
 * The {@link FormRepository} port over the {@code report_form} and {@code reporting_round} tables
 * (and the reads of {@code data_value} and {@code plan_target} a form shows). A version that
 * changed under a save is told as a {@link ConcurrentEditException}.
 */
@ApplicationScoped
public class JpaFormRepository implements FormRepository {

  private static final String CONFLICT =
      "Biểu mẫu vừa được người khác lưu. Những gì bạn nhập vẫn còn trên trang: hãy tải bản mới rồi"
          + " nhập lại phần thay đổi.";

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Override
  public Optional<Form> byId(long id) {
    return Optional.ofNullable(em.find(ReportFormEntity.class, id)).map(JpaFormRepository::form);
  }

  @Override
  public Form reread(long id) {
    ReportFormEntity entity = em.find(ReportFormEntity.class, id);
    em.refresh(entity);
    return form(entity);
  }

  @Override
  public List<Form> ofOrganizations(Collection<Long> organizationIds) {
    if (organizationIds.isEmpty()) {
      return List.of();
    }
    return em
        .createQuery(
            "SELECT f FROM ReportFormEntity f JOIN FETCH f.round r JOIN FETCH f.organization o"
                + " WHERE o.id IN :ids ORDER BY r.deadline DESC, o.name",
            ReportFormEntity.class)
        .setParameter("ids", List.copyOf(organizationIds))
        .getResultList()
        .stream()
        .map(JpaFormRepository::form)
        .toList();
  }

  @Override
  public List<Form> ofRound(long roundId) {
    List<ReportFormEntity> forms =
        new ArrayList<>(
            em.createQuery(
                    "SELECT f FROM ReportFormEntity f JOIN FETCH f.organization o WHERE f.round.id ="
                        + " :round",
                    ReportFormEntity.class)
                .setParameter("round", roundId)
                .getResultList());
    forms.sort(
        Comparator.comparing(
            (ReportFormEntity f) -> f.getOrganization().getName(), VietnameseText.order()));
    return forms.stream().map(JpaFormRepository::form).toList();
  }

  @Override
  public List<Round> rounds() {
    return em
        .createQuery(
            "SELECT r FROM ReportingRoundEntity r ORDER BY r.openedAt DESC, r.id DESC",
            ReportingRoundEntity.class)
        .getResultList()
        .stream()
        .map(JpaFormRepository::round)
        .toList();
  }

  @Override
  public List<Round> roundsOf(String periodCode) {
    return em
        .createQuery(
            "SELECT r FROM ReportingRoundEntity r WHERE r.periodCode = :p",
            ReportingRoundEntity.class)
        .setParameter("p", periodCode)
        .getResultList()
        .stream()
        .map(JpaFormRepository::round)
        .toList();
  }

  @Override
  public Round addRound(
      String periodCode,
      String title,
      LocalDate deadline,
      List<String> indicatorCodes,
      String openedBy) {
    ReportingRoundEntity round =
        new ReportingRoundEntity(periodCode, title, deadline, indicatorCodes, openedBy);
    em.persist(round);
    em.flush();
    return round(round);
  }

  @Override
  public Form addForm(Round round, long organizationId) {
    ReportFormEntity form =
        new ReportFormEntity(
            em.getReference(ReportingRoundEntity.class, round.id()),
            em.getReference(OrganizationEntity.class, organizationId));
    em.persist(form);
    em.flush();
    return form(form);
  }

  @Override
  public Form save(Form form) {
    ReportFormEntity entity = em.find(ReportFormEntity.class, form.id());
    if (entity == null || entity.getVersion() != form.version()) {
      throw new ConcurrentEditException(CONFLICT);
    }
    entity.apply(form);
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new ConcurrentEditException(CONFLICT);
    } catch (PersistenceException e) {
      if (e.getCause() instanceof OptimisticLockException) {
        throw new ConcurrentEditException(CONFLICT);
      }
      throw e;
    }
    return form(entity);
  }

  @Override
  public List<FormFigure> figuresOn(long formId) {
    return em
        .createQuery(
            "SELECT v FROM DataValueEntity v JOIN FETCH v.organization WHERE v.form.id = :form",
            DataValueEntity.class)
        .setParameter("form", formId)
        .getResultList()
        .stream()
        .map(
            v ->
                new FormFigure(
                    v.getOrganization().getCode(),
                    v.getIndicatorCode(),
                    v.getSector(),
                    v.getNumericValue(),
                    v.getExplanation()))
        .toList();
  }

  @Override
  public List<PastFigure> acceptedHistory(
      long organizationId, String indicatorCode, String exceptPeriod) {
    List<PastFigure> history = new ArrayList<>();
    for (Object[] row :
        em.createQuery(
                "SELECT v.periodCode, v.numericValue FROM DataValueEntity v LEFT JOIN v.form f"
                    + " WHERE v.organization.id = :org AND v.indicatorCode = :ind"
                    + " AND v.sector IS NULL AND v.periodCode <> :period"
                    + " AND (f IS NULL OR f.status = :accepted) ORDER BY v.periodCode",
                Object[].class)
            .setParameter("org", organizationId)
            .setParameter("ind", indicatorCode)
            .setParameter("period", exceptPeriod)
            .setParameter("accepted", FormStatus.ACCEPTED)
            .getResultList()) {
      history.add(new PastFigure((String) row[0], (BigDecimal) row[1]));
    }
    return history;
  }

  @Override
  public List<PlanFigure> plansOf(long organizationId) {
    return em
        .createQuery(
            "SELECT p FROM PlanTargetEntity p WHERE p.organization.id = :org",
            PlanTargetEntity.class)
        .setParameter("org", organizationId)
        .getResultList()
        .stream()
        .map(p -> new PlanFigure(p.getPeriodCode(), p.getIndicatorCode(), p.getTarget()))
        .toList();
  }

  private static Round round(ReportingRoundEntity r) {
    return new Round(
        r.getId(), r.getPeriodCode(), r.getTitle(), r.getDeadline(), r.getIndicatorCodes());
  }

  private static Form form(ReportFormEntity f) {
    OrganizationEntity o = f.getOrganization();
    return new Form(
        f.getId(),
        f.getVersion(),
        round(f.getRound()),
        o.getId(),
        o.getCode(),
        o.getName(),
        f.getStatus(),
        new Form.Narratives(f.getResultsText(), f.getDifficultiesText(), f.getProposalsText()),
        f.getReturnComment(),
        f.getSubmittedAt(),
        f.getFirstSubmittedAt(),
        f.getAcceptedAt(),
        f.getAcceptedBy(),
        f.getDeadlineException(),
        f.getChangesSinceAccepted(),
        f.getUpdatedAt(),
        f.getUpdatedBy());
  }
}
