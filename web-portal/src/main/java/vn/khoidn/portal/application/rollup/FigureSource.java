package vn.khoidn.portal.application.rollup;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import vn.khoidn.domain.registry.Sector;
import vn.khoidn.domain.submission.FormStatus;

/**
 * The stored figures a roll-up sums, streamed, and the version of each period's countable figures
 * that a cache of them compares ({@link vn.khoidn.portal.application.figure.PeriodVersions}: the
 * figure store gives a period a new version in the transaction that changes its figures).
 */
public interface FigureSource {

  /** Receives one stored figure. */
  @FunctionalInterface
  interface Row {
    /**
     * One figure.
     *
     * @param organizationId the organization's id
     * @param periodCode the period
     * @param indicatorCode the indicator
     * @param sector the sector of a part, or null for a total
     * @param value the value
     * @param formId the form it is on, or 0 if it was back-loaded without one
     */
    void accept(
        long organizationId,
        String periodCode,
        String indicatorCode,
        Sector sector,
        BigDecimal value,
        long formId);
  }

  /**
   * The current version of each period's countable figures; a period seen for the first time is
   * given one.
   *
   * @param periodCodes the periods
   * @return the version of each
   */
  Map<String, Long> versions(Collection<String> periodCodes);

  /**
   * Reads the figures that count, in no particular order: a form's total and its parts may arrive
   * apart.
   *
   * @param statuses the statuses of the forms whose figures count (figures without a form always
   *     count)
   * @param periodCodes the periods
   * @param indicatorCodes the indicators
   * @param row receives each figure
   */
  void read(
      Collection<FormStatus> statuses,
      Collection<String> periodCodes,
      Collection<String> indicatorCodes,
      Row row);
}
