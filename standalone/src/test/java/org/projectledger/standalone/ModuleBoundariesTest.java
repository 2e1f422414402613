package org.projectledger.standalone;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The module boundaries of ARCHITECTURE.md: the query side never touches the command side's classes
 * or tables, nor the command side the query side's; the shared platform belongs to neither side.
 * Tables are taken from each side's own migrations, so a new table is covered the day it is
 * created.
 */
class ModuleBoundariesTest {

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.projectledger");

  private static final Pattern CREATE_TABLE =
      Pattern.compile("CREATE TABLE (?:IF NOT EXISTS )?(\\w+)", Pattern.CASE_INSENSITIVE);

  /**
   * No two modules, and no two slices of a side (its packages: portfolio, project, dashboard,
   * schedule, …), depend on each other both ways: each can be read, changed and tested from its own
   * dependencies down. Constants shared by slices (the processing group) live at the side's root.
   */
  @Test
  void modulesAndTheSlicesOfEachSideAreFreeOfCycles() {
    slices().matching("org.projectledger.(*)..").should().beFreeOfCycles().check(CLASSES);
    slices().matching("org.projectledger.query.(*)..").should().beFreeOfCycles().check(CLASSES);
    slices().matching("org.projectledger.command.(*)..").should().beFreeOfCycles().check(CLASSES);
    slices().matching("org.projectledger.domain.(*)..").should().beFreeOfCycles().check(CLASSES);
    slices().matching("org.projectledger.platform.(*)..").should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void theQuerySideNeverUsesTheCommandSidesClasses() {
    noClasses()
        .that()
        .resideInAPackage("org.projectledger.query..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.projectledger.command..", "org.projectledger.domain..")
        .check(CLASSES);
  }

  @Test
  void theCommandSideNeverUsesTheQuerySidesClasses() {
    noClasses()
        .that()
        .resideInAPackage("org.projectledger.command..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.projectledger.query..")
        .check(CLASSES);
  }

  @Test
  void theFiguresAreFreeOfEveryFrameworkAndEveryOtherModule() {
    noClasses()
        .that()
        .resideInAPackage("org.projectledger.figures..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.springframework..",
            "org.axonframework..",
            "java.sql..",
            "jakarta..",
            "org.projectledger.domain..",
            "org.projectledger.command..",
            "org.projectledger.query..",
            "org.projectledger.platform..",
            "org.projectledger.standalone..")
        .check(CLASSES);
  }

  @Test
  void thePlatformBelongsToNeitherSide() {
    noClasses()
        .that()
        .resideInAPackage("org.projectledger.platform..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.projectledger.command..",
            "org.projectledger.query..",
            "org.projectledger.domain..",
            "org.projectledger.standalone..")
        .check(CLASSES);
  }

  @Test
  void theQuerySideNeverNamesATableOfTheCommandSide() throws IOException {
    Set<String> commandTables = tablesOf("command-side");
    assertThat(commandTables).contains("project_code");
    assertThat(classesMentioning("org.projectledger.query", commandTables)).isEmpty();
  }

  @Test
  void theCommandSideNeverNamesATableOfTheQuerySide() throws IOException {
    Set<String> queryTables = tablesOf("query-side");
    assertThat(queryTables).contains("portfolio_project", "tokenentry");
    assertThat(classesMentioning("org.projectledger.command", queryTables)).isEmpty();
  }

  private static Set<String> tablesOf(String owner) throws IOException {
    Set<String> tables = new TreeSet<>();
    for (Resource script :
        new PathMatchingResourcePatternResolver()
            .getResources("classpath*:db/" + owner + "/*.sql")) {
      try (InputStream in = script.getInputStream()) {
        Matcher matcher =
            CREATE_TABLE.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        while (matcher.find()) {
          tables.add(matcher.group(1).toLowerCase(Locale.ROOT));
        }
      }
    }
    return tables;
  }

  /** Which classes of a package carry one of the names in their constant pool (SQL strings). */
  private static List<String> classesMentioning(String packageName, Set<String> names)
      throws IOException {
    List<String> offenders = new ArrayList<>();
    for (JavaClass javaClass : CLASSES) {
      if (!javaClass.getPackageName().startsWith(packageName)) {
        continue;
      }
      String resource = javaClass.getName().replace('.', '/') + ".class";
      try (InputStream in =
          ModuleBoundariesTest.class.getClassLoader().getResourceAsStream(resource)) {
        String bytes =
            new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        for (String name : names) {
          if (Pattern.compile("\\b" + name + "\\b").matcher(bytes).find()) {
            offenders.add(javaClass.getName() + " names " + name);
          }
        }
      }
    }
    return offenders;
  }
}
