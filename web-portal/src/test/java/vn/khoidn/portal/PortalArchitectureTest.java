package vn.khoidn.portal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The portal's layers: pages call application services, which own the transactions. */
@AnalyzeClasses(packages = "vn.khoidn.portal", importOptions = ImportOption.DoNotIncludeTests.class)
class PortalArchitectureTest {

  @ArchTest
  static final ArchRule pagesDoNotTouchPersistence =
      noClasses()
          .that()
          .resideInAPackage("..interfaces..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("..infrastructure.persistence..", "jakarta.persistence..")
          .because("backing beans are thin and go through an application service");

  @ArchTest
  static final ArchRule infrastructureDoesNotCallPages =
      noClasses()
          .that()
          .resideInAPackage("..infrastructure..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("..interfaces..");
}
