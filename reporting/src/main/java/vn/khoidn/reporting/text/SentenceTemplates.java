package vn.khoidn.reporting.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.StringSubstitutor;

/**
 * The report's sentences, keyed by name: the built-in Vietnamese wording of the reference report,
 * with the changes staff made. Every template may use only the placeholders its built-in version
 * uses, plus the names every sentence may use, so that a mistyped placeholder is refused when staff
 * save it rather than when a report is written.
 */
public final class SentenceTemplates implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");
  private static final Set<String> EVERYWHERE =
      Set.of("periodText", "scope", "issuer", "committee", "years", "review");
  private static final Map<String, String> BUILT_IN = load("sentences.properties");
  private static final Map<String, String> DESCRIPTIONS = load("sentence-descriptions.properties");
  private static final Map<String, String> SAMPLES = load("sentence-samples.properties");

  private final Map<String, String> templates;

  private SentenceTemplates(Map<String, String> templates) {
    this.templates = Collections.unmodifiableMap(new TreeMap<>(templates));
  }

  /** The built-in wording. */
  public static SentenceTemplates builtIn() {
    return new SentenceTemplates(BUILT_IN);
  }

  /**
   * The built-in wording with some templates replaced.
   *
   * @param changes template text by key
   * @return the templates
   * @throws IllegalArgumentException in Vietnamese if a key is unknown or a template uses a
   *     placeholder it may not
   */
  public SentenceTemplates with(Map<String, String> changes) {
    Map<String, String> all = new TreeMap<>(templates);
    changes.forEach(
        (key, text) -> {
          check(key, text);
          all.put(key, text);
        });
    return new SentenceTemplates(all);
  }

  /**
   * Checks a template before it is stored.
   *
   * @param key the template's key
   * @param text its new text
   * @throws IllegalArgumentException in Vietnamese if the key is unknown or the text uses a
   *     placeholder that sentence does not have
   */
  public static void check(String key, String text) {
    String builtIn = BUILT_IN.get(key);
    if (builtIn == null) {
      throw new IllegalArgumentException("Không có mẫu câu \"" + key + "\".");
    }
    if (text == null) {
      throw new IllegalArgumentException("Mẫu câu \"" + key + "\" không được để trống.");
    }
    int open = text.indexOf("${");
    while (open >= 0) {
      if (text.indexOf('}', open) < 0) {
        throw new IllegalArgumentException(
            "Mẫu câu \"" + key + "\" có \"${\" chưa được đóng bằng \"}\".");
      }
      open = text.indexOf("${", open + 2);
    }
    Set<String> allowed = new LinkedHashSet<>(placeholders(builtIn));
    allowed.addAll(EVERYWHERE);
    for (String name : placeholders(text)) {
      if (!allowed.contains(name)) {
        throw new IllegalArgumentException(
            "Mẫu câu \""
                + key
                + "\" dùng ${"
                + name
                + "}, nhưng câu này chỉ có: "
                + String.join(", ", allowed.stream().map(n -> "${" + n + "}").toList())
                + ".");
      }
    }
  }

  /**
   * Fills a template.
   *
   * @param key the template's key
   * @param values the placeholders' values
   * @return the sentence
   */
  public String render(String key, Map<String, String> values) {
    String template = templates.get(key);
    if (template == null) {
      throw new IllegalArgumentException("Không có mẫu câu \"" + key + "\".");
    }
    StringSubstitutor substitutor = new StringSubstitutor(values);
    substitutor.setEnableUndefinedVariableException(true);
    return substitutor.replace(template);
  }

  /** Every template by key, sorted. */
  public Map<String, String> all() {
    return templates;
  }

  /**
   * The built-in text of a template.
   *
   * @param key the key
   * @return its built-in text
   */
  public static String builtIn(String key) {
    return BUILT_IN.get(key);
  }

  /**
   * Where a sentence is used in the report, in words, for the people who reword it.
   *
   * @param key the key
   * @return the description
   * @throws IllegalArgumentException if the key is unknown
   */
  public static String description(String key) {
    String d = DESCRIPTIONS.get(key);
    if (d == null) {
      throw new IllegalArgumentException("Không có mẫu câu \"" + key + "\".");
    }
    return d;
  }

  /**
   * A wording as it would read in a report, with example figures and names in its placeholders.
   *
   * @param key the sentence's key
   * @param text the wording to try
   * @return the sentence with example values
   * @throws IllegalArgumentException in Vietnamese, as {@link #check}, if the wording may not be
   *     stored
   */
  public static String preview(String key, String text) {
    check(key, text);
    return new StringSubstitutor(SAMPLES).replace(text);
  }

  private static Set<String> placeholders(String text) {
    Set<String> names = new LinkedHashSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  private static Map<String, String> load(String resource) {
    Properties p = new Properties();
    try (InputStream in = SentenceTemplates.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing");
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> map = new TreeMap<>();
    p.stringPropertyNames().forEach(k -> map.put(k, p.getProperty(k)));
    return Collections.unmodifiableMap(map);
  }
}
