package vn.khoidn.portal.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.khoidn.portal.testsupport.WebSession;

/**
 * Many reporters at once, each in its own session: log in, open the form due, save a figure, again
 * and again. Prints the median and 95th percentile of the form page and of the save (the POST and
 * its redirect back to the form), as seen on loopback, and how saves ended (saved, refused because
 * someone else saved first).
 *
 * <p>Run against a portal started with the README's run command: {@code mvn -pl web-portal
 * test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=vn.khoidn.portal.load.FormSaveLoad -Dexec.args="http://localhost:8080/ 10"}
 */
public final class FormSaveLoad {

  /** The demo's 20 reporters: 13 grassroots organizations and 7 subordinate cells. */
  static final List<String> REPORTERS =
      List.of(
          "dienluc",
          "agribank",
          "thanhthanhcong",
          "ladofoods",
          "capnuoc",
          "vietcombank",
          "bidv",
          "qtd.phuong1",
          "xoso",
          "hiephoi",
          "suadalat",
          "minhtien",
          "langbiang",
          "dienluc.dalat",
          "dienluc.baoloc",
          "ladofoods.sx",
          "ladofoods.kd",
          "agribank.dalat",
          "agribank.ductrong",
          "capnuoc.dalat");

  private static final Pattern OPEN_FORM =
      Pattern.compile(
          "status-(?:NOT_STARTED|DRAFT|RETURNED)\">.*?href=\"([^\"]*form\\.xhtml\\?id=(\\d+))\"",
          Pattern.DOTALL);
  private static final Pattern EDITABLE_TOTAL =
      Pattern.compile(
          "<input id=\"(form:blocks:\\d+:rows:0:total)\"(?:(?!>).)*?(?<!disabled=\"disabled\")>");

  private FormSaveLoad() {}

  /**
   * Runs the load.
   *
   * @param args the base URL (ending with a slash), the number of saves per reporter, and
   *     optionally how many of the 20 reporters take part
   * @throws Exception if the portal cannot be reached
   */
  public static void main(String[] args) throws Exception {
    String base = args.length > 0 ? args[0] : "http://localhost:8080/";
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    String password = System.getProperty("password", "Demo@2021");
    List<String> reporters =
        REPORTERS.subList(0, args.length > 2 ? Integer.parseInt(args[2]) : REPORTERS.size());
    List<Long> pageTimes = Collections.synchronizedList(new ArrayList<>());
    List<Long> saveTimes = Collections.synchronizedList(new ArrayList<>());
    Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
    CyclicBarrier together = new CyclicBarrier(reporters.size());
    CountDownLatch done = new CountDownLatch(reporters.size());
    for (String user : reporters) {
      new Thread(
              () -> {
                try {
                  WebSession s = new WebSession(base);
                  String formUrl;
                  try {
                    s.logIn(user, password);
                    formUrl = formDue(s, base);
                  } finally {
                    together.await(2, java.util.concurrent.TimeUnit.MINUTES);
                  }
                  for (int i = 0; i < rounds; i++) {
                    long t0 = System.nanoTime();
                    String page = s.get(formUrl).body();
                    pageTimes.add(System.nanoTime() - t0);
                    Matcher input = EDITABLE_TOTAL.matcher(page);
                    if (!input.find()) {
                      outcomes
                          .computeIfAbsent("no editable field", k -> new AtomicInteger())
                          .incrementAndGet();
                      continue;
                    }
                    String field = input.group(1);
                    long t1 = System.nanoTime();
                    String result =
                        s.post(
                                formUrl,
                                Map.of(
                                    "form",
                                    "form",
                                    field,
                                    Integer.toString(i + 1),
                                    "form:save",
                                    "",
                                    "jakarta.faces.ViewState",
                                    WebSession.viewState(page)))
                            .body();
                    saveTimes.add(System.nanoTime() - t1);
                    String outcome =
                        result.contains("Đã lưu bản nháp")
                            ? "saved"
                            : result.contains("vừa được")
                                ? "refused: saved by someone else first"
                                : "other: " + summary(result);
                    outcomes.computeIfAbsent(outcome, k -> new AtomicInteger()).incrementAndGet();
                  }
                } catch (Exception e) {
                  outcomes
                      .computeIfAbsent("failed: " + user + ": " + e, k -> new AtomicInteger())
                      .incrementAndGet();
                } finally {
                  done.countDown();
                }
              })
          .start();
    }
    done.await();
    System.out.printf("reporters=%d, saves per reporter=%d%n", reporters.size(), rounds);
    System.out.println("form page: " + stats(pageTimes));
    System.out.println("save (POST + redirect to the form): " + stats(saveTimes));
    System.out.println("outcomes: " + outcomes);
  }

  private static String stats(List<Long> nanos) {
    List<Long> sorted = new ArrayList<>(nanos);
    Collections.sort(sorted);
    if (sorted.isEmpty()) {
      return "no samples";
    }
    return String.format(
        "n=%d median=%.1f ms p95=%.1f ms max=%.1f ms",
        sorted.size(),
        sorted.get(sorted.size() / 2) / 1e6,
        sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1) / 1e6,
        sorted.get(sorted.size() - 1) / 1e6);
  }

  private static String summary(String page) {
    Matcher m =
        Pattern.compile("ui-messages-\\w+-summary\">([^<]*)|<h1[^>]*>([^<]*)").matcher(page);
    return m.find()
        ? (m.group(1) != null ? m.group(1) : m.group(2))
        : page.substring(0, Math.min(120, page.length()));
  }

  private static String formDue(WebSession s, String base) throws Exception {
    Matcher m = OPEN_FORM.matcher(s.get("app/forms.xhtml").body());
    if (!m.find()) {
      throw new IllegalStateException("no open form");
    }
    return base + "app/form.xhtml?id=" + m.group(2);
  }
}
