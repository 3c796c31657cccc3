package vn.khoidn.portal.application.report;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Settings in a map. */
final class InMemoryReportSettings implements ReportSettings {

  final Map<String, String> values = new LinkedHashMap<>();
  final Map<String, String> changedBy = new LinkedHashMap<>();

  @Override
  public Map<String, String> stored() {
    return Map.copyOf(values);
  }

  @Override
  public void change(String name, String value, String by, Instant at) {
    values.put(name, value);
    changedBy.put(name, by);
  }
}
