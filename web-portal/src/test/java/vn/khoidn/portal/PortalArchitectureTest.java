package vn.khoidn.portal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.time.Instant;
import java.util.List;
import vn.khoidn.portal.application.figure.FigureRepository;
import vn.khoidn.portal.application.figure.FigureStore;
import vn.khoidn.portal.application.time.PortalClock;

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
  static final ArchRule onlyTheFigureStoreWritesFigures =
      noClasses()
          .that()
          .doNotHaveFullyQualifiedName(FigureStore.class.getName())
          .should()
          .callMethod(FigureRepository.class, "insert", List.class, String.class, Instant.class)
          .orShould()
          .callMethod(FigureRepository.class, "update", List.class, String.class, Instant.class)
          .orShould()
          .callMethod(FigureRepository.class, "delete", java.util.Collection.class)
          .because(
              "every figure is written through the FigureStore, which keeps one per key; the"
                  + " JPA entity of a figure has no mutators");

  @ArchTest
  static final ArchRule theFigureStoreSpeaksItsPortsOnly =
      noClasses()
          .that()
          .resideInAPackage("..application.figure..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("..infrastructure..", "jakarta.persistence..")
          .because("the figure store speaks its repository and version ports, not infrastructure");

  @ArchTest
  static final ArchRule infrastructureImplementsPortsAndCallsNoApplicationService =
      noClasses()
          .that()
          .resideInAPackage("..infrastructure..")
          .should()
          .dependOnClassesThat(
              JavaClass.Predicates.resideInAPackage("..application..")
                  .and(JavaClass.Predicates.simpleNameEndingWith("Service")))
          .because("infrastructure implements the application's ports; the layers point one way");

  @ArchTest
  static final ArchRule oneClock =
      noClasses()
          .that()
          .resideInAnyPackage("..application..", "..interfaces..")
          .and()
          .doNotHaveFullyQualifiedName(PortalClock.class.getName())
          .should()
          .callMethod(java.time.Instant.class, "now")
          .orShould()
          .callMethod(java.time.LocalDate.class, "now")
          .orShould()
          .callMethod(java.time.LocalDateTime.class, "now")
          .orShould()
          .callMethod(java.time.ZoneId.class, "systemDefault")
          .orShould()
          .callMethod(java.time.ZoneId.class, "of", String.class)
          .because("time comes from the PortalClock, in the zone PORTAL_TIME_ZONE names");

  @ArchTest
  static final ArchRule theApplicationSpeaksItsPortsOnly =
      noClasses()
          .that()
          .resideInAPackage("..application..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("..infrastructure..", "jakarta.persistence..")
          .because(
              "the application layer speaks aggregates, value records and its ports; JPA and SQL"
                  + " stay in infrastructure behind the ports");

  @ArchTest
  static final ArchRule noRowsOfObjectsInTheApplication =
      methods()
          .that()
          .areDeclaredInClassesThat()
          .resideInAPackage("..application..")
          .should(haveNoObjectArrayInTheirSignature())
          .because("rows are typed records, never Object[]");

  @ArchTest
  static final ArchRule theContainerRunsTheThreads =
      noClasses()
          .should()
          .dependOnClassesThat()
          .haveFullyQualifiedName("java.util.concurrent.Executors")
          .because("work outside a request runs on the container's ManagedExecutorService");

  private static ArchCondition<JavaMethod> haveNoObjectArrayInTheirSignature() {
    return new ArchCondition<>("have no Object[] in their signature") {
      @Override
      public void check(JavaMethod method, ConditionEvents events) {
        String signature = method.reflect().toGenericString();
        if (signature.contains("java.lang.Object[]")) {
          events.add(SimpleConditionEvent.violated(method, method.getFullName()));
        }
      }
    };
  }

  @ArchTest
  static final ArchRule infrastructureDoesNotCallPages =
      noClasses()
          .that()
          .resideInAPackage("..infrastructure..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("..interfaces..");
}
