package vn.khoidn.domain.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.khoidn.domain.organization.Organization;
import vn.khoidn.domain.organization.OrganizationKind;
import vn.khoidn.domain.organization.OrganizationTree;
import vn.khoidn.domain.registry.HostUnit;
import vn.khoidn.domain.registry.LegalForm;
import vn.khoidn.domain.registry.ManagingBody;
import vn.khoidn.domain.registry.Registry;
import vn.khoidn.domain.registry.Sector;
import vn.khoidn.domain.registry.SocioPoliticalKind;
import vn.khoidn.domain.registry.SocioPoliticalOrganization;

class EligibilityRulesTest {

  private static final LocalDate DAY = LocalDate.of(2021, 12, 31);
  private static final LocalDate LONG_AGO = LocalDate.of(2015, 1, 1);

  private static HostUnit unit(String code, int party, int youth, int trade) {
    return HostUnit.of(code, "Công ty " + code, LegalForm.LIMITED_LIABILITY, Sector.NON_STATE)
        .withMembers(party, youth, trade);
  }

  private static SocioPoliticalOrganization youthUnion(String name) {
    return new SocioPoliticalOrganization(
        SocioPoliticalKind.YOUTH_UNION,
        name,
        LONG_AGO,
        null,
        10,
        ManagingBody.outside("Đoàn Khối"));
  }

  private final Registry registry =
      Registry.of(
          List.of(
              unit("HAS-PARTY", 7, 10, 30).with(youthUnion("Chi đoàn HAS-PARTY")),
              unit("THREE-MEMBERS", 3, 2, 4),
              unit("TWO-MEMBERS", 2, 3, 5),
              unit("HAS-PARTY-NO-YOUTH", 5, 6, 0)));

  private final OrganizationTree tree =
      OrganizationTree.builder()
          .add(Organization.of("DUK", "Đảng ủy Khối", OrganizationKind.BLOC, null, LONG_AGO))
          .add(
              Organization.of(
                  "CB-1", "Chi bộ 1", OrganizationKind.GRASSROOTS_CELL, "HAS-PARTY", LONG_AGO),
              "DUK")
          .add(
              Organization.of(
                  "CB-2",
                  "Chi bộ 2",
                  OrganizationKind.GRASSROOTS_CELL,
                  "HAS-PARTY-NO-YOUTH",
                  LONG_AGO),
              "DUK")
          .build();

  @Test
  void unitsWithThreeOfficialMembersAndNoPartyOrganizationMayEstablishOne() {
    assertThat(
            new EligibilityRules(Thresholds.DEFAULT)
                .eligibleForPartyOrganization(registry, tree, DAY))
        .extracting(HostUnit::code)
        .containsExactly("THREE-MEMBERS");
  }

  @Test
  void theThresholdsAreSettings() {
    EligibilityRules stricter = new EligibilityRules(new Thresholds(4, 3, 5));

    assertThat(stricter.eligibleForPartyOrganization(registry, tree, DAY)).isEmpty();
  }

  @Test
  void youthUnionAndTradeUnionListsFollowTheirThresholds() {
    EligibilityRules rules = new EligibilityRules(Thresholds.DEFAULT);

    assertThat(rules.eligibleForYouthUnion(registry, DAY))
        .extracting(HostUnit::code)
        .containsExactly("TWO-MEMBERS", "HAS-PARTY-NO-YOUTH");
    assertThat(rules.eligibleForTradeUnion(registry, DAY))
        .extracting(HostUnit::code)
        .containsExactly("HAS-PARTY", "TWO-MEMBERS");
  }

  @Test
  void coverageIsTheShareOfUnitsWithAPartyOrganizationThatHaveAYouthUnion() {
    Coverage coverage =
        new EligibilityRules(Thresholds.DEFAULT)
            .youthUnionCoverage(registry, tree, DAY, CoverageBand.YOUTH_UNION_TARGET);

    assertThat(coverage.ratio().numerator()).isEqualTo(1);
    assertThat(coverage.ratio().denominator()).isEqualTo(2);
    assertThat(coverage.status()).isEqualTo(Coverage.Status.BELOW);
  }
}
