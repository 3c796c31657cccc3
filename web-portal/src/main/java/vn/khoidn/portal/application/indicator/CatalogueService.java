package vn.khoidn.portal.application.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.khoidn.domain.indicator.Indicator;
import vn.khoidn.domain.indicator.IndicatorCatalogue;
import vn.khoidn.portal.infrastructure.persistence.jpa.IndicatorEntity;
import vn.khoidn.portal.infrastructure.persistence.jpa.JpaIndicatorRepository;

/**
 * The installation's indicator catalogue: domain-core's built-in indicators plus any added as data.
 */
@ApplicationScoped
public class CatalogueService {

  @Inject private JpaIndicatorRepository indicators;
  @Inject private vn.khoidn.portal.application.account.AccountService accounts;

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

  /**
   * An administrator adds an indicator to the catalogue: no code change needed.
   *
   * @param indicator the new indicator
   * @param adminName the administrator
   */
  @Transactional
  public void add(Indicator indicator, String adminName) {
    accounts.requireAdmin(adminName);
    IndicatorCatalogue current = current();
    current.with(indicator);
    indicators.add(new IndicatorEntity(indicator, current.indicators().size() + 1));
  }

  /** The catalogue as stored. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public IndicatorCatalogue current() {
    return IndicatorCatalogue.of(indicators.all().stream().map(IndicatorEntity::toDomain).toList());
  }
}
