package vn.khoidn.portal.application.report;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The report's application layer speaks its aggregate and ports, never JPA. */
@AnalyzeClasses(packages = "vn.khoidn.portal", importOptions = ImportOption.DoNotIncludeTests.class)
class ReportArchitectureTest {

  @ArchTest
  static final ArchRule theReportSpeaksItsPortsOnly =
      noClasses()
          .that()
          .resideInAPackage("..application.report..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("..infrastructure..", "jakarta.persistence..")
          .because("reports are read and stored through ReportRepository and its sibling ports");

  @ArchTest
  static final ArchRule theReportHasNoObjectArrayRows =
      noClasses()
          .that()
          .resideInAPackage("..application.report..")
          .should()
          .dependOnClassesThat()
          .haveFullyQualifiedName(Object[].class.getName())
          .because("rows are typed records such as FormNarrative");

  @ArchTest
  static final ArchRule theReportsAdaptersCallNoReportService =
      noClasses()
          .that()
          .resideInAPackage("..infrastructure..")
          .should()
          .dependOnClassesThat()
          .haveFullyQualifiedName(ReportService.class.getName())
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName(RollupReportFigures.class.getName())
          .because("infrastructure implements the report's ports and calls no application service");
}
