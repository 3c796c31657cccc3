package vn.khoidn.portal.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.khoidn.domain.eligibility.Coverage;
import vn.khoidn.domain.indicator.Source;
import vn.khoidn.domain.organization.OrganizationKind;
import vn.khoidn.domain.registry.Sector;
import vn.khoidn.domain.submission.FormStatus;
import vn.khoidn.portal.application.account.Role;
import vn.khoidn.portal.interfaces.rollup.web.RollupBean;
import vn.khoidn.reporting.review.Narratives;

/**
 * No page shows {@code ???key???} in either language: the Vietnamese and English bundles have the
 * same keys, the fallback bundle ({@code messages.properties}, used when a key is missing from the
 * bundle of the view's locale) holds the English texts, and every key the pages ({@code
 * #{msg[...]}}, {@code #{msg.key}}) and the Java code ({@code Messages.error/info/text}, {@code
 * getString}) use is in both.
 */
class MessageBundlesTest {

  private static final String BUNDLES = "/vn/khoidn/portal/interfaces/web/";
  private static final Path WEBAPP = Path.of("src/main/webapp");
  private static final Path JAVA = Path.of("src/main/java/vn/khoidn/portal/interfaces");

  /** Keys built in a page from a prefix and a value, with the values they can take. */
  private static final Map<String, Set<String>> DYNAMIC =
      Map.of(
          "status.", names(FormStatus.values()),
          "kind.", names(OrganizationKind.values()),
          "sector.", names(Sector.values()),
          "role.", names(Role.values()),
          "source.", names(Source.values()),
          "rollup.compare.", names(RollupBean.Compare.values()),
          "report.section.", names(Narratives.Section.values()),
          "registry.coverage.", names(Coverage.Status.values()),
          "report.status.", Set.of("DRAFT", "ISSUED"));

  @Test
  void vietnameseAndEnglishHaveTheSameKeys() throws IOException {
    Set<String> vi = load("messages_vi.properties").stringPropertyNames();
    Set<String> en = load("messages_en.properties").stringPropertyNames();

    assertThat(difference(vi, en)).as("in messages_vi, not in messages_en").isEmpty();
    assertThat(difference(en, vi)).as("in messages_en, not in messages_vi").isEmpty();
  }

  @Test
  void theFallbackBundleHoldsTheEnglishTexts() throws IOException {
    assertThat(load("messages.properties")).isEqualTo(load("messages_en.properties"));
  }

  @Test
  void everyTextsPlaceholdersAreTheSameInBothLanguages() throws IOException {
    Properties vi = load("messages_vi.properties");
    Properties en = load("messages_en.properties");
    Pattern placeholder = Pattern.compile("\\{\\d+}");
    for (String key : vi.stringPropertyNames()) {
      assertThat(placeholders(placeholder, en.getProperty(key, "")))
          .as(key)
          .isEqualTo(placeholders(placeholder, vi.getProperty(key)));
    }
  }

  @Test
  void everyKeyThePagesUseIsInBothBundles() throws IOException {
    Set<String> literal = new TreeSet<>();
    Set<String> prefixes = new TreeSet<>();
    Pattern bracket = Pattern.compile("msg\\[\\s*'([^']+)'\\s*(\\]|\\.concat|\\+=|\\+)");
    Pattern dotted = Pattern.compile("#\\{[^}]*?\\bmsg\\.([a-zA-Z_][a-zA-Z0-9_]*)");
    try (Stream<Path> files = Files.walk(WEBAPP)) {
      for (Path page : files.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
        String text = Files.readString(page, StandardCharsets.UTF_8);
        Matcher m = bracket.matcher(text);
        while (m.find()) {
          (m.group(2).equals("]") ? literal : prefixes).add(m.group(1));
        }
        Matcher d = dotted.matcher(text);
        while (d.find()) {
          literal.add(d.group(1));
        }
      }
    }
    assertThat(literal).as("the pages use keys").hasSizeGreaterThan(100);
    assertThat(prefixes).as("prefixes a page completes with a value").isNotEmpty();

    assertInBoth(literal);
    for (String prefix : prefixes) {
      Set<String> values = DYNAMIC.get(prefix);
      if (values != null) {
        assertInBoth(values.stream().map(v -> prefix + v).collect(Collectors.toSet()));
      } else {
        assertThat(keysStartingWith("messages_vi.properties", prefix)).as(prefix).isNotEmpty();
        assertThat(keysStartingWith("messages_en.properties", prefix)).as(prefix).isNotEmpty();
      }
    }
  }

  @Test
  void everyKeyTheJavaCodeUsesIsInBothBundles() throws IOException {
    Set<String> keys = new TreeSet<>();
    Pattern call =
        Pattern.compile(
            "(?:Messages\\.(?:error|info|text)\\(\\s*\\w+,\\s*|getString\\(\\s*)\"([a-zA-Z][\\w.]*)\"");
    // Keys handed to a helper that shows them (a success key): any literal with a bundle's prefix.
    Set<String> firstSegments =
        load("messages_vi.properties").stringPropertyNames().stream()
            .map(k -> k.substring(0, k.indexOf('.') < 0 ? k.length() : k.indexOf('.')))
            .collect(Collectors.toSet());
    Pattern literal = Pattern.compile("\"([a-z][a-zA-Z]*(?:\\.[a-zA-Z_]+)+)\"");
    try (Stream<Path> files = Files.walk(JAVA)) {
      for (Path source : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String text = Files.readString(source, StandardCharsets.UTF_8);
        Matcher m = call.matcher(text);
        while (m.find()) {
          keys.add(m.group(1));
        }
        Matcher l = literal.matcher(text);
        while (l.find()) {
          String key = l.group(1);
          if (firstSegments.contains(key.substring(0, key.indexOf('.')))
              && !key.matches(".*\\.(xhtml|xlsx|docx|pdf|html|css|js)")
              && !key.matches("[a-z]+(\\.[a-z]+){2,}\\.[A-Z][a-z]\\w*")) { // a class name
            keys.add(key);
          }
        }
      }
    }
    assertThat(keys).as("the Java code uses keys").contains("error.invalidInput", "login.failed");

    Set<String> complete = new TreeSet<>();
    for (String key : keys) {
      if (key.endsWith(".")) {
        assertThat(keysStartingWith("messages_vi.properties", key)).as(key).isNotEmpty();
        assertThat(keysStartingWith("messages_en.properties", key)).as(key).isNotEmpty();
      } else {
        complete.add(key);
      }
    }
    assertInBoth(complete);
    for (String kind : new String[] {"notFound", "forbidden", "server", "badRequest"}) {
      assertInBoth(Set.of("error." + kind + ".heading", "error." + kind + ".text"));
    }
  }

  private static void assertInBoth(Set<String> keys) throws IOException {
    for (String bundle : new String[] {"messages_vi.properties", "messages_en.properties"}) {
      Set<String> present = load(bundle).stringPropertyNames();
      assertThat(difference(keys, present)).as("keys missing from " + bundle).isEmpty();
    }
  }

  private static Set<String> keysStartingWith(String bundle, String prefix) throws IOException {
    return load(bundle).stringPropertyNames().stream()
        .filter(k -> k.startsWith(prefix))
        .collect(Collectors.toSet());
  }

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = MessageBundlesTest.class.getResourceAsStream(BUNDLES + name)) {
      assertThat(in).as(name).isNotNull();
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        p.load(reader);
      }
    }
    return p;
  }

  private static Set<String> difference(Set<String> a, Set<String> b) {
    Set<String> d = new TreeSet<>(a);
    d.removeAll(b);
    return d;
  }

  private static Set<String> placeholders(Pattern placeholder, String text) {
    Set<String> found = new TreeSet<>();
    Matcher m = placeholder.matcher(text);
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }

  private static Set<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).collect(Collectors.toSet());
  }
}
