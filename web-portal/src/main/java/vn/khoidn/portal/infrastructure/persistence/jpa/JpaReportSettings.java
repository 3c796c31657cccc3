package vn.khoidn.portal.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.khoidn.portal.application.report.ReportSettings;

/** The {@link ReportSettings} port over the {@code report_setting} table, one row per setting. */
@ApplicationScoped
public class JpaReportSettings implements ReportSettings {

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Override
  public Map<String, String> stored(long organizationId) {
    Map<String, String> values = new LinkedHashMap<>();
    of(organizationId).forEach(s -> values.put(s.getName(), s.getValue()));
    return values;
  }

  @Override
  public void change(long organizationId, String name, String value, String by, Instant at) {
    for (ReportSettingEntity s : of(organizationId)) {
      if (s.getName().equals(name)) {
        s.change(value, by, at);
        return;
      }
    }
    // Valued before it is stored: persisting it first would write the setting as NULL.
    ReportSettingEntity s = new ReportSettingEntity(organizationId, name);
    s.change(value, by, at);
    em.persist(s);
    em.flush();
  }

  private List<ReportSettingEntity> of(long organizationId) {
    return em.createQuery(
            "SELECT s FROM ReportSettingEntity s WHERE s.organizationId = :organization",
            ReportSettingEntity.class)
        .setParameter("organization", organizationId)
        .getResultList();
  }
}
