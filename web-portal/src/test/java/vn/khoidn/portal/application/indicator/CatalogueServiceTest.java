package vn.khoidn.portal.application.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.khoidn.domain.indicator.Indicator;
import vn.khoidn.domain.indicator.IndicatorCatalogue;
import vn.khoidn.domain.indicator.Source;
import vn.khoidn.domain.indicator.Unit;
import vn.khoidn.portal.application.account.AccessDeniedException;
import vn.khoidn.portal.application.exchange.TestAccounts;

/** The installation's catalogue: the built-in indicators stored once, administrators add more. */
class CatalogueServiceTest {

  private final InMemoryIndicatorCatalogue stored = new InMemoryIndicatorCatalogue();
  private final CatalogueService catalogue =
      new CatalogueService(stored, new TestAccounts("admin"));

  @Test
  void theBuiltInIndicatorsAreStoredOnceInTheirOrder() {
    catalogue.ensureBuiltIn();
    catalogue.ensureBuiltIn();

    assertThat(catalogue.current().indicators())
        .extracting(Indicator::code)
        .containsExactlyElementsOf(
            IndicatorCatalogue.builtIn().indicators().stream().map(Indicator::code).toList());
    assertThat(stored.orderOf(IndicatorCatalogue.NEW_MEMBERS)).isEqualTo(1);
  }

  @Test
  void onlyTheMissingBuiltInsAreAddedAfterTheStoredOnes() {
    stored.add(veterans(), 1);

    catalogue.ensureBuiltIn();

    assertThat(stored.orderOf("NEW_VETERANS_ASSOCIATIONS")).isEqualTo(1);
    assertThat(stored.orderOf(IndicatorCatalogue.NEW_MEMBERS)).isEqualTo(2);
    assertThat(catalogue.current().indicators())
        .first()
        .extracting(Indicator::code)
        .isEqualTo("NEW_VETERANS_ASSOCIATIONS");
  }

  @Test
  void anAdministratorAddsAnIndicatorAtTheEndAndADuplicateCodeIsRefused() {
    catalogue.ensureBuiltIn();
    int size = catalogue.current().indicators().size();

    catalogue.add(veterans(), "admin");

    assertThat(catalogue.current().get("NEW_VETERANS_ASSOCIATIONS")).isEqualTo(veterans());
    assertThat(stored.orderOf("NEW_VETERANS_ASSOCIATIONS")).isEqualTo(size + 1);
    assertThatThrownBy(() -> catalogue.add(veterans(), "admin"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(catalogue.current().indicators()).hasSize(size + 1);
  }

  @Test
  void onlyAnAdministratorAddsAnIndicator() {
    assertThatThrownBy(() -> catalogue.add(veterans(), "btc"))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(catalogue.current().indicators()).isEmpty();
  }

  private static Indicator veterans() {
    return new Indicator(
        "NEW_VETERANS_ASSOCIATIONS",
        "Chi hội cựu chiến binh thành lập mới",
        "new veterans' associations",
        Unit.COUNT,
        false,
        Source.ENTERED);
  }
}
