package vn.khoidn.portal.application.report;

import java.time.Instant;
import java.util.Map;

/**
 * The port to the issuing body's settings of each organization (the keys of {@link
 * ReportService#SETTINGS}), as stored.
 */
public interface ReportSettings {

  /**
   * Every setting stored for an organization.
   *
   * @param organizationId the issuing organization
   * @return value by name; a name never set for it is missing
   */
  Map<String, String> stored(long organizationId);

  /**
   * Sets an organization's setting, storing it if it was never set.
   *
   * @param organizationId the issuing organization
   * @param name its name
   * @param value its value
   * @param by who changed it
   * @param at when
   */
  void change(long organizationId, String name, String value, String by, Instant at);
}
