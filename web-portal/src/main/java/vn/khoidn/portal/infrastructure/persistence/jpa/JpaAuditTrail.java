package vn.khoidn.portal.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.khoidn.portal.application.audit.AuditEntry;
import vn.khoidn.portal.application.audit.AuditTrail;

/** The {@link AuditTrail} port over the {@code audit_entry} table. */
@ApplicationScoped
public class JpaAuditTrail implements AuditTrail {

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Override
  public void record(AuditEntry entry) {
    em.persist(new AuditEntryEntity(entry));
  }

  @Override
  public List<AuditEntry> ofForm(long formId) {
    return em
        .createQuery(
            "SELECT a FROM AuditEntryEntity a WHERE a.formId = :form"
                + " ORDER BY a.changedAt DESC, a.id DESC",
            AuditEntryEntity.class)
        .setParameter("form", formId)
        .getResultList()
        .stream()
        .map(AuditEntryEntity::toEntry)
        .toList();
  }
}
