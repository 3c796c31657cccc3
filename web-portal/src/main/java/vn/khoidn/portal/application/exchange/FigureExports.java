package vn.khoidn.portal.application.exchange;

import java.util.Collection;
import java.util.List;

/** The port that reads the figures an export lists, in one statement. */
public interface FigureExports {

  /**
   * The figures that count of some organizations: accepted on a form, or back-loaded on none.
   *
   * @param organizationIds the organizations
   * @param periodCodes the periods to list, or null for all
   * @param indicatorCode the indicator to list, or null for all
   * @return the figures, by organization code, period, indicator and sector
   */
  List<ExportedFigure> countedFigures(
      Collection<Long> organizationIds, Collection<String> periodCodes, String indicatorCode);
}
