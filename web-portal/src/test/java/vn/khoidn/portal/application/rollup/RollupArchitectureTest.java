package vn.khoidn.portal.application.rollup;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import vn.khoidn.portal.application.organization.OrganizationRecord;
import vn.khoidn.portal.application.organization.ParentLink;
import vn.khoidn.portal.application.organization.StoredTree;
import vn.khoidn.portal.application.organization.TreeSource;

/** The roll-up speaks its ports, domain-core and value records; the cache uses managed threads. */
@AnalyzeClasses(packages = "vn.khoidn.portal", importOptions = ImportOption.DoNotIncludeTests.class)
class RollupArchitectureTest {

  @ArchTest
  static final ArchRule theRollupSpeaksItsPortsOnly =
      noClasses()
          .that()
          .resideInAPackage("..application.rollup..")
          .or()
          .belongToAnyOf(
              StoredTree.class, TreeSource.class, OrganizationRecord.class, ParentLink.class)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("..infrastructure..", "jakarta.persistence..", "javax.cache..")
          .because("the roll-up reads the tree, forms, plans, figures and cache through ports");

  @ArchTest
  static final ArchRule theRollupHasNoRowsOfObjects =
      noClasses()
          .that()
          .resideInAPackage("..application.rollup..")
          .or()
          .belongToAnyOf(StoredTree.class)
          .should()
          .dependOnClassesThat()
          .haveFullyQualifiedName(Object[].class.getName())
          .because("rows are typed records, not Object[]");

  @ArchTest
  static final ArchRule noUnmanagedThreadPools =
      noClasses()
          .should()
          .dependOnClassesThat()
          .haveFullyQualifiedName(java.util.concurrent.Executors.class.getName())
          .because("work runs on the container's managed threads");
}
