package vn.khoidn.domain.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class IndicatorCatalogueTest {

  @Test
  void theBuiltInCatalogueHoldsTheBlocReportsIndicators() {
    IndicatorCatalogue catalogue = IndicatorCatalogue.builtIn();

    assertThat(catalogue.indicators())
        .extracting(Indicator::code)
        .containsExactly(
            "NEW_MEMBERS",
            "NEW_MEMBERS_PLAN",
            "AWARENESS_CLASSES",
            "AWARENESS_TRAINEES",
            "NEW_PARTY_ORGS",
            "NEW_YOUTH_UNIONS",
            "NEW_TRADE_UNIONS",
            "OWNERS_ADMITTED",
            "YOUTH_UNION_COVERAGE");
    assertThat(catalogue.get("NEW_MEMBERS").bySector()).isTrue();
    assertThat(catalogue.get("NEW_YOUTH_UNIONS").source()).isEqualTo(Source.REGISTRY);
    assertThat(catalogue.get("AWARENESS_TRAINEES").vietnameseLabel())
        .isEqualTo("quần chúng ưu tú được bồi dưỡng nhận thức về Đảng");
  }

  @Test
  void anInstallationAddsIndicatorsAsData() {
    Indicator veterans =
        new Indicator(
            "NEW_VETERANS_ASSOCIATIONS",
            "chi hội cựu chiến binh thành lập mới",
            "new veterans' associations",
            Unit.COUNT,
            true,
            Source.ENTERED);

    IndicatorCatalogue extended = IndicatorCatalogue.builtIn().with(veterans);

    assertThat(extended.find("NEW_VETERANS_ASSOCIATIONS")).contains(veterans);
    assertThat(IndicatorCatalogue.builtIn().find("NEW_VETERANS_ASSOCIATIONS")).isEmpty();
  }

  @Test
  void aCodeCanBeUsedOnlyOnce() {
    Indicator duplicate =
        new Indicator("NEW_MEMBERS", "x", "x", Unit.PERSON, false, Source.ENTERED);

    assertThatIllegalArgumentException()
        .isThrownBy(() -> IndicatorCatalogue.builtIn().with(duplicate))
        .withMessageContaining("NEW_MEMBERS");
  }

  @Test
  void codesAreUpperCaseIdentifiers() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> new Indicator("new members", "x", "x", Unit.PERSON, false, Source.ENTERED));
  }
}
