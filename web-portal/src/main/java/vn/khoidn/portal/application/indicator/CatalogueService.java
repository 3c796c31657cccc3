package vn.khoidn.portal.application.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.khoidn.domain.indicator.Indicator;
import vn.khoidn.domain.indicator.IndicatorCatalogue;
import vn.khoidn.portal.application.account.AccountService;

/**
 * The installation's indicator catalogue: domain-core's built-in indicators plus any added as data.
 */
@ApplicationScoped
public class CatalogueService {

  @Inject private IndicatorCatalogueRepository indicators;
  @Inject private AccountService accounts;

  /** For CDI. */
  protected CatalogueService() {}

  /**
   * A catalogue over its ports, e.g. in memory for a test.
   *
   * @param indicators the stored catalogue
   * @param accounts who is an administrator
   */
  public CatalogueService(IndicatorCatalogueRepository indicators, AccountService accounts) {
    this.indicators = indicators;
    this.accounts = accounts;
  }

  /** Stores the built-in indicators that the database does not hold yet. */
  @Transactional
  public void ensureBuiltIn() {
    Set<String> stored = new HashSet<>();
    indicators.all().forEach(i -> stored.add(i.code()));
    int order = stored.size();
    for (Indicator i : IndicatorCatalogue.builtIn().indicators()) {
      if (!stored.contains(i.code())) {
        indicators.add(i, ++order);
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
    indicators.add(indicator, current.indicators().size() + 1);
  }

  /** The catalogue as stored. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public IndicatorCatalogue current() {
    List<Indicator> stored = indicators.all();
    return IndicatorCatalogue.of(stored);
  }
}
