package vn.khoidn.portal.application.report;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reworded sentences in a map. */
final class InMemorySentenceTemplateStore implements SentenceTemplateStore {

  final Map<String, String> texts = new LinkedHashMap<>();

  @Override
  public Map<String, String> reworded() {
    return Map.copyOf(texts);
  }

  @Override
  public void reword(String key, String text, String by, Instant at) {
    texts.put(key, text);
  }

  @Override
  public void restore(String key) {
    texts.remove(key);
  }
}
