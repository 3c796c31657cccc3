package vn.khoidn.portal.application.indicator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.khoidn.domain.indicator.Indicator;
import vn.khoidn.domain.indicator.IndicatorCatalogue;

/** The stored catalogue as a list, for unit tests. */
public class InMemoryIndicatorCatalogue implements IndicatorCatalogueRepository {

  private record Placed(Indicator indicator, int order) {}

  private final List<Placed> stored = new ArrayList<>();

  /** A catalogue holding domain-core's built-in indicators. */
  public static InMemoryIndicatorCatalogue builtIn() {
    InMemoryIndicatorCatalogue c = new InMemoryIndicatorCatalogue();
    int order = 0;
    for (Indicator i : IndicatorCatalogue.builtIn().indicators()) {
      c.add(i, ++order);
    }
    return c;
  }

  @Override
  public List<Indicator> all() {
    return stored.stream()
        .sorted(Comparator.comparingInt(Placed::order).thenComparing(p -> p.indicator().code()))
        .map(Placed::indicator)
        .toList();
  }

  @Override
  public void add(Indicator indicator, int sortOrder) {
    if (stored.stream().anyMatch(p -> p.indicator().code().equals(indicator.code()))) {
      throw new IllegalStateException("duplicate key " + indicator.code());
    }
    stored.add(new Placed(indicator, sortOrder));
  }

  /**
   * The place an indicator was stored at.
   *
   * @param code the indicator
   * @return its sort order
   */
  public int orderOf(String code) {
    return stored.stream()
        .filter(p -> p.indicator().code().equals(code))
        .findFirst()
        .orElseThrow()
        .order();
  }
}
