package vn.khoidn.portal.application.exchange;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import vn.khoidn.portal.application.registry.RegistryService;
import vn.khoidn.portal.infrastructure.persistence.RollupTables;
import vn.khoidn.portal.infrastructure.persistence.jpa.OrganizationRecord;

/**
 * Plans, the registry, the indicator catalogue and the exchange speak their ports: no JPA entity,
 * no {@code Jpa*} repository, no {@code jakarta.persistence}. Two known exceptions stay until their
 * owners replace them: the pipeline's read of the roll-up tables, and the organization import's
 * writes ({@link StoredOrganizationChanges}).
 */
@AnalyzeClasses(
    packages = {
      "vn.khoidn.portal.application.plan",
      "vn.khoidn.portal.application.registry",
      "vn.khoidn.portal.application.indicator",
      "vn.khoidn.portal.application.exchange"
    },
    importOptions = ImportOption.DoNotIncludeTests.class)
class ExchangeArchitectureTest {

  @ArchTest
  static final ArchRule speakPortsNotPersistence =
      noClasses()
          .that()
          .doNotHaveFullyQualifiedName(StoredOrganizationChanges.class.getName())
          .should()
          .dependOnClassesThat(
              JavaClass.Predicates.resideInAnyPackage("..infrastructure..", "jakarta.persistence..")
                  .and(
                      com.tngtech.archunit.base.DescribedPredicate.not(
                          JavaClass.Predicates.belongToAnyOf(
                              RollupTables.class, OrganizationRecord.class))))
          .because("these features speak aggregates, value records and ports");

  @ArchTest
  static final ArchRule onlyThePipelineReadsTheRollupTables =
      noClasses()
          .that()
          .doNotHaveFullyQualifiedName(RegistryService.class.getName())
          .should()
          .dependOnClassesThat()
          .haveFullyQualifiedName(RollupTables.class.getName())
          .because("the roll-up helper replaces that read; nothing else may start using it");
}
