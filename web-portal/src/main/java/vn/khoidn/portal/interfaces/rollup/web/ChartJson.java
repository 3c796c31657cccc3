package vn.khoidn.portal.interfaces.rollup.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.apache.commons.text.WordUtils;

/**
 * Chart.js configurations for PrimeFaces' {@code p:chart}, written with JSON-P rather than by
 * string concatenation, so that names with quotes stay valid JSON.
 */
final class ChartJson {

  private static final String[] COLOURS = {
    "#b71c1c", "#f9a825", "#1565c0", "#2e7d32", "#6a1b9a", "#00838f", "#ef6c00", "#546e7a"
  };

  /** Labels longer than this many characters are written on several lines. */
  static final int LABEL_WIDTH = 28;

  private ChartJson() {}

  /**
   * A label cut at spaces into lines of at most {@link #LABEL_WIDTH} characters (a longer word
   * stays whole), which Chart.js writes one under the other: a long organization name stays
   * readable beside its bar instead of squeezing the chart.
   *
   * @param label the label
   * @return its lines
   */
  static List<String> lines(String label) {
    return List.of(WordUtils.wrap(label, LABEL_WIDTH, "\n", false).split("\n"));
  }

  /**
   * Bars side by side, one group per label.
   *
   * @param labels the groups
   * @param series the series' names
   * @param values the values, one list per series
   * @param horizontal whether the bars run across
   * @return the configuration
   */
  static String bars(
      List<String> labels, List<String> series, List<List<Long>> values, boolean horizontal) {
    JsonObjectBuilder options = baseOptions();
    if (horizontal) {
      options.add("indexAxis", "y");
    }
    return chart("bar", labels, series, values, options);
  }

  /**
   * Lines over periods.
   *
   * @param labels the periods
   * @param series the series' names
   * @param values the values, one list per series
   * @return the configuration
   */
  static String lines(List<String> labels, List<String> series, List<List<Long>> values) {
    return chart("line", labels, series, values, baseOptions());
  }

  /**
   * A doughnut of parts.
   *
   * @param labels the parts' names
   * @param values the parts
   * @return the configuration
   */
  static String doughnut(List<String> labels, List<Long> values) {
    JsonArrayBuilder data = Json.createArrayBuilder();
    JsonArrayBuilder colours = Json.createArrayBuilder();
    for (int i = 0; i < values.size(); i++) {
      data.add(values.get(i));
      colours.add(COLOURS[i % COLOURS.length]);
    }
    JsonArrayBuilder names = Json.createArrayBuilder();
    labels.forEach(names::add);
    return safe(
        Json.createObjectBuilder()
            .add("type", "doughnut")
            .add(
                "data",
                Json.createObjectBuilder()
                    .add("labels", names)
                    .add(
                        "datasets",
                        Json.createArrayBuilder()
                            .add(
                                Json.createObjectBuilder()
                                    .add("data", data)
                                    .add("backgroundColor", colours))))
            .add(
                "options",
                Json.createObjectBuilder()
                    .add("locale", "vi-VN")
                    .add("responsive", true)
                    .add("maintainAspectRatio", false))
            .build());
  }

  private static JsonObjectBuilder baseOptions() {
    return Json.createObjectBuilder()
        .add("locale", "vi-VN")
        .add("responsive", true)
        .add("maintainAspectRatio", false);
  }

  private static String chart(
      String type,
      List<String> labels,
      List<String> series,
      List<List<Long>> values,
      JsonObjectBuilder options) {
    JsonArrayBuilder names = Json.createArrayBuilder();
    for (String label : labels) {
      List<String> lines = lines(label);
      if (lines.size() == 1) {
        names.add(label);
      } else {
        JsonArrayBuilder multi = Json.createArrayBuilder();
        lines.forEach(multi::add);
        names.add(multi);
      }
    }
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    for (int s = 0; s < series.size(); s++) {
      JsonArrayBuilder data = Json.createArrayBuilder();
      values.get(s).forEach(data::add);
      datasets.add(
          Json.createObjectBuilder()
              .add("label", series.get(s))
              .add("data", data)
              .add("backgroundColor", COLOURS[s % COLOURS.length])
              .add("borderColor", COLOURS[s % COLOURS.length]));
    }
    return safe(
        Json.createObjectBuilder()
            .add("type", type)
            .add("data", Json.createObjectBuilder().add("labels", names).add("datasets", datasets))
            .add("options", options)
            .build());
  }

  /**
   * The configuration as JSON that is safe inside a page's {@code <script>}: the characters that
   * could end the script or start markup ({@code <}, {@code >}, {@code &}) and the line separators
   * JavaScript does not allow in strings are written as {@code \\uXXXX} escapes. An organization
   * named {@code </script><img src=x onerror=alert(1)>} is then shown as its name, never run.
   */
  static String safe(jakarta.json.JsonObject json) {
    String text = json.toString();
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("\\u003c");
        case '>' -> out.append("\\u003e");
        case '&' -> out.append("\\u0026");
        case '\u2028' -> out.append("\\u2028");
        case '\u2029' -> out.append("\\u2029");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
