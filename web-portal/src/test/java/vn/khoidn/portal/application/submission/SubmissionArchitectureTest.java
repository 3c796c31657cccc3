package vn.khoidn.portal.application.submission;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The submission workflow speaks its aggregate and ports, never JPA. */
@AnalyzeClasses(packages = "vn.khoidn.portal", importOptions = ImportOption.DoNotIncludeTests.class)
class SubmissionArchitectureTest {

  @ArchTest
  static final ArchRule theWorkflowSpeaksPortsOnly =
      noClasses()
          .that()
          .resideInAPackage("..application.submission..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("..infrastructure..", "jakarta.persistence..")
          .because("forms are read and stored through FormRepository, figures through FigureStore");

  @ArchTest
  static final ArchRule noRowsOfObjects =
      noMethods()
          .that()
          .areDeclaredInClassesThat()
          .resideInAPackage("..application.submission..")
          .should()
          .haveRawReturnType(Object[].class)
          .because("rows are typed records");
}
