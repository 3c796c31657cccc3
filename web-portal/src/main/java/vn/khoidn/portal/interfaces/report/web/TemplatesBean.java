package vn.khoidn.portal.interfaces.report.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.khoidn.portal.application.account.AccessDeniedException;
import vn.khoidn.portal.application.report.ReportService;
import vn.khoidn.portal.interfaces.web.CurrentUser;
import vn.khoidn.portal.interfaces.web.Messages;
import vn.khoidn.reporting.text.SentenceTemplates;

/** Staff reword the report's sentences; each is checked before it is stored. */
@Named
@ViewScoped
public class TemplatesBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ReportService reports;

  private final Map<String, String> texts = new LinkedHashMap<>();
  private final Map<String, String> previews = new LinkedHashMap<>();
  private List<String> keys = new ArrayList<>();

  /** Reads the sentences in use. */
  public void load() {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    texts.clear();
    reports.templates().all().forEach(texts::put);
    keys = new ArrayList<>(texts.keySet());
  }

  /**
   * Saves one sentence; a bad placeholder is refused with a message and nothing is stored.
   *
   * @param key the sentence's key
   */
  public void save(String key) {
    FacesContext context = FacesContext.getCurrentInstance();
    try {
      reports.saveTemplate(CurrentUser.name(), key, texts.get(key));
      if (texts.get(key) == null || texts.get(key).isBlank()) {
        texts.put(key, SentenceTemplates.builtIn(key));
      }
      previews.remove(key);
      Messages.info(context, "templates.saved", description(key));
    } catch (IllegalArgumentException | AccessDeniedException e) {
      Messages.refusal(context, e);
      context.validationFailed();
    }
  }

  /**
   * Shows how the typed wording would read in a report, with example figures; a wording that could
   * not be saved is refused with the same message as a save.
   *
   * @param key the sentence's key
   */
  public void preview(String key) {
    FacesContext context = FacesContext.getCurrentInstance();
    try {
      previews.put(key, SentenceTemplates.preview(key, texts.get(key)));
    } catch (IllegalArgumentException e) {
      previews.remove(key);
      Messages.refusal(context, e);
      context.validationFailed();
    }
  }

  /**
   * Where a sentence is used in the report, in words.
   *
   * @param key the key
   * @return the description
   */
  public String description(String key) {
    return SentenceTemplates.description(key);
  }

  public Map<String, String> getPreviews() {
    return previews;
  }

  /**
   * The built-in wording of a sentence.
   *
   * @param key the key
   * @return its text
   */
  public String builtIn(String key) {
    return SentenceTemplates.builtIn(key);
  }

  public List<String> getKeys() {
    return keys;
  }

  public Map<String, String> getTexts() {
    return texts;
  }
}
