package vn.khoidn.portal.application.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.khoidn.domain.indicator.Indicator;
import vn.khoidn.domain.indicator.IndicatorCatalogue;
import vn.khoidn.portal.infrastructure.persistence.jpa.IndicatorEntity;
import vn.khoidn.portal.infrastructure.persistence.jpa.JpaIndicatorRepository;

/** The installation's indicator catalogue: domain-core's built-in indicators plus any added as data. */
@ApplicationScoped
public class CatalogueService {

  @Inject private JpaIndicatorRepository indicators;

  /** Stores the built-in indicators that the database does not hold yet. */
  @Transactional
  public void ensureBuiltIn() {
    List<String> stored = indicators.all().stream().map(IndicatorEntity::getCode).toList();
    int order = stored.size();
    for (Indicator i : IndicatorCatalogue.builtIn().indicators()) {
      if (!stored.contains(i.code())) {
        indicators.add(new IndicatorEntity(i, ++order));
      }
    }
  }

  /** The catalogue as stored. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public IndicatorCatalogue current() {
    return IndicatorCatalogue.of(indicators.all().stream().map(IndicatorEntity::toDomain).toList());
  }
}
