package vn.khoidn.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * domain-core is a plain-Java library: nothing from Jakarta EE, JPA or EclipseLink may creep in.
 */
@AnalyzeClasses(packages = "vn.khoidn.domain", importOptions = ImportOption.DoNotIncludeTests.class)
class FrameworkFreeArchitectureTest {

  @ArchTest
  static final ArchRule domainImportsNoFramework =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "jakarta..",
              "javax.persistence..",
              "org.eclipse.persistence..",
              "org.hibernate..",
              "org.springframework..")
          .because("domain-core must stay reusable without any container");
}
