package vn.khoidn.portal.application.report;

import java.time.Instant;
import java.util.Map;

/** The port to the report sentences staff reworded; a key not stored uses the built-in wording. */
public interface SentenceTemplateStore {

  /**
   * The reworded sentences.
   *
   * @return wording by key
   */
  Map<String, String> reworded();

  /**
   * Stores a sentence's new wording, already checked.
   *
   * @param key the sentence's key
   * @param text its wording
   * @param by who reworded it
   * @param at when
   */
  void reword(String key, String text, String by, Instant at);

  /**
   * Goes back to the built-in wording; nothing happens if the sentence was never reworded.
   *
   * @param key the sentence's key
   */
  void restore(String key);
}
