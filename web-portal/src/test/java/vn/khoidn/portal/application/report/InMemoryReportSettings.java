package vn.khoidn.portal.application.report;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Settings in a map per organization. */
final class InMemoryReportSettings implements ReportSettings {

  final Map<Long, Map<String, String>> values = new LinkedHashMap<>();
  final Map<String, String> changedBy = new LinkedHashMap<>();

  @Override
  public Map<String, String> stored(long organizationId) {
    return Map.copyOf(values.getOrDefault(organizationId, Map.of()));
  }

  @Override
  public void change(long organizationId, String name, String value, String by, Instant at) {
    values.computeIfAbsent(organizationId, k -> new LinkedHashMap<>()).put(name, value);
    changedBy.put(name, by);
  }
}
