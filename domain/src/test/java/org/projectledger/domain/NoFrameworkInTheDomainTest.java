package org.projectledger.domain;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

/**
 * ARCHITECTURE.md: {@code api} is the published language and {@code domain} the rules; neither
 * knows Spring, HTTP, SQL or JSON, and neither takes time, ids or users from anywhere but the
 * commands and metadata the command side hands in.
 */
class NoFrameworkInTheDomainTest {

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.projectledger.api", "org.projectledger.domain");

  @Test
  void theApiHoldsRecordsAndAxonsMessageAnnotationsOnly() {
    classes()
        .that()
        .resideInAPackage("org.projectledger.api..")
        .should()
        .onlyDependOnClassesThat(
            resideInAnyPackage("java..", "org.projectledger.api..")
                .or(belongToAnyOf(TargetAggregateIdentifier.class, Revision.class)))
        .check(CLASSES);
  }

  @Test
  void theDomainKnowsNoSpringNoHttpNoSqlNoJson() {
    noClasses()
        .that()
        .resideInAnyPackage("org.projectledger.api..", "org.projectledger.domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.springframework..",
            "jakarta..",
            "javax..",
            "java.sql..",
            "java.net.http..",
            "com.fasterxml..",
            "org.projectledger.platform..",
            "org.projectledger.command..",
            "org.projectledger.query..")
        .check(CLASSES);
  }

  @Test
  void theDomainIsHandedTimeAndIdsNeverTakesThem() {
    noClasses()
        .that()
        .resideInAPackage("org.projectledger.domain..")
        .should()
        .callMethod(Instant.class, "now")
        .orShould()
        .callMethod(LocalDate.class, "now")
        .orShould()
        .callMethod(LocalDateTime.class, "now")
        .orShould()
        .callMethod(OffsetDateTime.class, "now")
        .orShould()
        .callMethod(Clock.class, "systemUTC")
        .orShould()
        .callMethod(UUID.class, "randomUUID")
        .check(CLASSES);
  }

  /**
   * One package per capability, and no cycle between them: the capabilities and their members read
   * the project's facts; only the project, at the root, knows them all.
   */
  @Test
  void theCapabilitiesDependOnNoCycle() {
    slices().matching("org.projectledger.domain.(*)..").should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void nothingButTheProjectRoutesToTheCapabilities() {
    noClasses()
        .that()
        .resideInAPackage("org.projectledger.domain.(*)..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.projectledger.domain")
        .check(CLASSES);
  }
}
