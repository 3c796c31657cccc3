package vn.khoidn.portal.application.report;

import java.util.List;
import java.util.Optional;
import vn.khoidn.domain.period.Resolution;

/** The port to the resolutions a report can review. */
public interface Resolutions {

  /**
   * Every resolution.
   *
   * @return the resolutions, newest first
   */
  List<Resolution> all();

  /**
   * A resolution by number, compared exactly.
   *
   * @param number e.g. "04-NQ/ĐUK"
   * @return it, or empty
   */
  Optional<Resolution> byNumber(String number);

  /**
   * Stores a resolution whose number is not stored yet.
   *
   * @param resolution the resolution
   */
  void add(Resolution resolution);
}
