package vn.khoidn.portal.application.report;

import java.time.Instant;
import java.util.Map;

/**
 * The port to the issuing body's settings of this installation (the keys of {@link
 * ReportService#SETTINGS}), as stored.
 */
public interface ReportSettings {

  /**
   * Every stored setting.
   *
   * @return value by name; a name never set is missing
   */
  Map<String, String> stored();

  /**
   * Sets a setting, storing it if it was never set.
   *
   * @param name its name
   * @param value its value
   * @param by who changed it
   * @param at when
   */
  void change(String name, String value, String by, Instant at);
}
