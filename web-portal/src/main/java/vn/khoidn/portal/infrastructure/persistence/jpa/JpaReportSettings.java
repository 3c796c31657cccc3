package vn.khoidn.portal.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.khoidn.portal.application.report.ReportSettings;

/** The {@link ReportSettings} port over the {@code report_setting} table. */
@ApplicationScoped
public class JpaReportSettings implements ReportSettings {

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Override
  public Map<String, String> stored() {
    Map<String, String> values = new LinkedHashMap<>();
    em.createQuery("SELECT s FROM ReportSettingEntity s", ReportSettingEntity.class)
        .getResultList()
        .forEach(s -> values.put(s.getName(), s.getValue()));
    return values;
  }

  @Override
  public void change(String name, String value, String by, Instant at) {
    ReportSettingEntity s = em.find(ReportSettingEntity.class, name);
    if (s != null) {
      s.change(value, by, at);
      return;
    }
    // Valued before it is stored: persisting it first would write the setting as NULL.
    s = new ReportSettingEntity(name);
    s.change(value, by, at);
    em.persist(s);
    em.flush();
  }
}
