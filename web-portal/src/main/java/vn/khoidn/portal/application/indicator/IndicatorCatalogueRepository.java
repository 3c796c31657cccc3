package vn.khoidn.portal.application.indicator;

import java.util.List;
import vn.khoidn.domain.indicator.Indicator;

/**
 * The port to the stored indicator catalogue: domain-core's indicators in the catalogue's order.
 */
public interface IndicatorCatalogueRepository {

  /**
   * The stored indicators, by their place in the catalogue, then by code.
   *
   * @return the indicators
   */
  List<Indicator> all();

  /**
   * Stores an indicator at a place in the catalogue.
   *
   * @param indicator the indicator, not stored yet
   * @param sortOrder its place
   */
  void add(Indicator indicator, int sortOrder);
}
