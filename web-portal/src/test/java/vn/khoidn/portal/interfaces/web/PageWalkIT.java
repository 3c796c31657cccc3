package vn.khoidn.portal.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import vn.khoidn.portal.testsupport.Browser;
import vn.khoidn.portal.testsupport.LoginPage;
import vn.khoidn.portal.testsupport.PortalDeployment;
import vn.khoidn.portal.testsupport.SevereLog;

/**
 * Every page each role reaches, walked as that user in Chromium: no missing message key ({@code
 * ???}), no enum name, no raw period code, no serious or critical accessibility violation
 * (axe-core), and no SEVERE line in the server's log while the walk runs. Read-only: it only opens
 * pages.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PageWalkIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return PortalDeployment.asPackaged().addClass(SevereLog.class);
  }

  /** Raw period codes: 2026Q4, 2026S1, 202603, 04-NQ/ĐUK+3Y. */
  private static final Pattern PERIOD_CODE =
      Pattern.compile("\\b\\d{4}[QS][1-4]\\b|\\b(19|20)\\d{2}(0[1-9]|1[0-2])\\b|\\+\\d+Y\\b");

  /** A constant's name: two words or more in capitals joined by an underscore. */
  private static final Pattern CONSTANT = Pattern.compile("\\b[A-Z][A-Z0-9]*(_[A-Z0-9]+)+\\b");

  private static final Set<String> ENUM_NAMES = enumNames();

  @ArquillianResource URL base;

  WebDriver browser;

  @BeforeEach
  void start() {
    browser = Browser.start();
    browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
  }

  @AfterEach
  void quit() {
    browser.quit();
  }

  static Stream<Arguments> roles() {
    return Stream.of(
        Arguments.of("dienluc", "Demo@2021", "cán bộ báo cáo của đảng bộ cơ sở"),
        Arguments.of("dienluc.dalat", "Demo@2021", "cán bộ báo cáo của chi bộ trực thuộc"),
        Arguments.of("bantochuc", "Demo@2021", "Ban Tổ chức"),
        Arguments.of("btv", "Demo@2021", "Ban Thường vụ"),
        Arguments.of("admin", "Admin@IT-2021", "quản trị hệ thống"));
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("roles")
  void everyPageReadsInPlainVietnameseAndPassesAxe(String user, String password, String role)
      throws Exception {
    LoginPage.open(browser, base.toString()).logInAs(user, password);
    clearSevereLog();

    List<String> problems = new ArrayList<>();
    for (String page : pagesOf()) {
      browser.get(page);
      waitForPage();
      String where = page.substring(base.toString().length());
      String source = browser.getPageSource();
      if (source.contains("???")) {
        problems.add(where + ": a missing message key (???) " + around(source, "???"));
      }
      String text = visibleText();
      findAll(PERIOD_CODE, text).forEach(c -> problems.add(where + ": raw period code " + c));
      findAll(CONSTANT, text).forEach(c -> problems.add(where + ": constant name " + c));
      for (String word : text.split("[^A-Za-z_]+")) {
        if (ENUM_NAMES.contains(word)) {
          problems.add(where + ": enum name " + word);
        }
      }
      axeViolations().forEach(v -> problems.add(where + ": axe " + v));
    }
    String severe = severeLog();
    if (!severe.isBlank()) {
      problems.add("SEVERE in the server log:\n" + severe);
    }
    assertThat(problems).as("pages of %s (%s)", user, role).isEmpty();
  }

  /** The pages the navigation offers this user, and the first form and review they can open. */
  private List<String> pagesOf() {
    browser.get(base + "app/home.xhtml");
    Set<String> pages = new LinkedHashSet<>();
    pages.add(base + "app/home.xhtml");
    for (WebElement link : browser.findElements(By.cssSelector("#topbar nav a, #topbar a"))) {
      String href = link.getAttribute("href");
      if (href != null && href.startsWith(base.toString()) && href.contains(".xhtml")) {
        pages.add(href);
      }
    }
    for (String[] listAndLink :
        new String[][] {
          {"app/forms.xhtml", "a.open-form"},
          {"app/rounds.xhtml", "a[href*='review.xhtml']"}
        }) {
      if (pages.stream().anyMatch(p -> p.contains(listAndLink[0]))) {
        browser.get(base + listAndLink[0]);
        waitForPage();
        browser.findElements(By.cssSelector(listAndLink[1])).stream()
            .findFirst()
            .ifPresent(a -> pages.add(a.getAttribute("href")));
      }
    }
    return new ArrayList<>(pages);
  }

  /**
   * The text a user reads, one text node after another with a space between (so that the cells
   * "26/03/2000" and "01/05/1996" do not run together), code samples, scripts and typed values left
   * out.
   */
  private String visibleText() {
    return (String)
        ((JavascriptExecutor) browser)
            .executeScript(
                "var skip = 'CODE,SCRIPT,STYLE,TEXTAREA,INPUT,NOSCRIPT';"
                    + "var w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {"
                    + "  acceptNode: function (n) {"
                    + "    for (var e = n.parentElement; e; e = e.parentElement) {"
                    + "      if (skip.indexOf(e.tagName) >= 0 || e.classList.contains('code')) {"
                    + "        return NodeFilter.FILTER_REJECT; } }"
                    + "    return NodeFilter.FILTER_ACCEPT; } });"
                    + "var parts = []; while (w.nextNode()) { parts.push(w.currentNode.nodeValue); }"
                    + "return parts.join(' ');");
  }

  /** axe-core's serious and critical violations on the page, one line each. */
  @SuppressWarnings("unchecked")
  private List<String> axeViolations() throws IOException {
    JavascriptExecutor js = (JavascriptExecutor) browser;
    js.executeScript(axeScript());
    Object result =
        js.executeAsyncScript(
            "var done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(function (r) {"
                + "  done(r.violations.filter(function (v) {"
                + "    return v.impact === 'serious' || v.impact === 'critical'; })"
                + "  .map(function (v) { return v.impact + ' ' + v.id + ' (' + v.help + '): '"
                + "    + v.nodes.slice(0, 4).map(function (n) { return n.target.join(' '); })"
                + "      .join(' | '); }));"
                + "}).catch(function (e) { done(['axe failed: ' + e]); });");
    return (List<String>) result;
  }

  private static String axeSource;

  private static synchronized String axeScript() throws IOException {
    if (axeSource == null) {
      try (InputStream in = PageWalkIT.class.getResourceAsStream("/axe.min.js")) {
        if (in == null) {
          throw new IllegalStateException("axe.min.js is missing (com.deque.html.axe-core)");
        }
        axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    }
    return axeSource;
  }

  private void waitForPage() {
    LoginPage.wait(browser)
        .until(
            d ->
                "complete"
                    .equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
  }

  private void clearSevereLog() throws Exception {
    HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(base + "it/severe")).DELETE().build(),
            HttpResponse.BodyHandlers.discarding());
  }

  private String severeLog() throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(base + "it/severe")).build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }

  private static List<String> findAll(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      found.add(m.group() + " in \"" + around(text, m.start()) + "\"");
    }
    return found;
  }

  private static String around(String text, String what) {
    return around(text, text.indexOf(what));
  }

  private static String around(String text, int at) {
    return text.substring(Math.max(0, at - 60), Math.min(text.length(), at + 60))
        .replaceAll("\\s+", " ");
  }

  /** The names of the portal's and domain-core's enum constants of four letters or more. */
  private static Set<String> enumNames() {
    Set<String> names = new TreeSet<>();
    for (JavaClass c : new ClassFileImporter().importPackages("vn.khoidn")) {
      if (c.isEnum() && !c.getPackageName().contains(".testsupport")) {
        c.reflect();
        for (Object constant : c.reflect().getEnumConstants()) {
          String name = ((Enum<?>) constant).name();
          if (name.length() >= 4 && name.equals(name.toUpperCase(java.util.Locale.ROOT))) {
            names.add(name);
          }
        }
      }
    }
    return names;
  }
}
