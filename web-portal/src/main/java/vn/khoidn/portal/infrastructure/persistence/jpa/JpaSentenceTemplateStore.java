package vn.khoidn.portal.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.khoidn.portal.application.report.SentenceTemplateStore;

/** The {@link SentenceTemplateStore} port over the {@code sentence_template} table. */
@ApplicationScoped
public class JpaSentenceTemplateStore implements SentenceTemplateStore {

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Override
  public Map<String, String> reworded() {
    Map<String, String> texts = new LinkedHashMap<>();
    em.createQuery("SELECT t FROM SentenceTemplateEntity t", SentenceTemplateEntity.class)
        .getResultList()
        .forEach(t -> texts.put(t.getKey(), t.getText()));
    return texts;
  }

  @Override
  public void reword(String key, String text, String by, Instant at) {
    SentenceTemplateEntity t = em.find(SentenceTemplateEntity.class, key);
    if (t != null) {
      t.reword(text, by, at);
      return;
    }
    // Worded before it is stored: persisting it first would write the sentence as NULL.
    t = new SentenceTemplateEntity(key);
    t.reword(text, by, at);
    em.persist(t);
    em.flush();
  }

  @Override
  public void restore(String key) {
    SentenceTemplateEntity t = em.find(SentenceTemplateEntity.class, key);
    if (t != null) {
      em.remove(t);
    }
  }
}
