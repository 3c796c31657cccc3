package vn.khoidn.portal.application.startup;

import java.util.List;
import java.util.Set;
import vn.khoidn.portal.application.figure.FigureRepository;

/** The port that stores the demo installation's tree, registry, plans, rounds, forms and report. */
public interface DemoDataSet {

  /**
   * What was stored, and the figures still to be written through the figure store.
   *
   * @param organizations how many organizations
   * @param figures the demo figures, with their organizations' and forms' ids
   * @param figurePeriods the periods of those figures
   */
  record Seeded(
      int organizations, List<FigureRepository.NewFigure> figures, Set<String> figurePeriods) {}

  /**
   * Stores everything but the users and the figures, in the caller's transaction.
   *
   * @return what was stored
   */
  Seeded seed();
}
