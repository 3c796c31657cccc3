package vn.khoidn.portal.application.rollup;

import java.util.Collection;
import java.util.List;

/** The small tables a roll-up's completeness shows: the rounds and the reporters to call. */
public interface RoundSource {

  /**
   * The rounds for some periods.
   *
   * @param periodCodes the periods
   * @return the rounds, by period and id
   */
  List<Round> rounds(Collection<String> periodCodes);

  /**
   * The enabled reporters.
   *
   * @return their contacts, by name
   */
  List<ReporterContact> reporterContacts();
}
