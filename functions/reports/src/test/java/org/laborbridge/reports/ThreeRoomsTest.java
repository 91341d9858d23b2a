package org.laborbridge.reports;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** api → domain ← store: the domain speaks the programme's words and knows nothing of AWS, HTTP or JSON. */
class ThreeRoomsTest {

  private final JavaClasses classes = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.laborbridge.reports");

  @Test
  void the_domain_imports_no_aws_sdk_no_micronaut_and_no_json_library() {
    noClasses().that().resideInAPackage("..reports.domain..")
        .should().dependOnClassesThat().resideInAnyPackage("software.amazon..", "com.amazonaws..", "io.micronaut..",
            "com.fasterxml..", "java.net.http..")
        .check(classes);
  }

  @Test
  void the_domain_knows_neither_the_api_nor_the_store() {
    noClasses().that().resideInAPackage("..reports.domain..")
        .should().dependOnClassesThat().resideInAnyPackage("..reports.api..", "..reports.store..")
        .check(classes);
  }

  @Test
  void only_the_repair_command_s_wiring_knows_the_class_that_scans() {
    noClasses().that().resideOutsideOfPackage("..reports.store..").and().doNotHaveSimpleName("UseCases")
        .should().dependOnClassesThat().haveSimpleName("RecordsForRepair")
        .check(classes);
  }

  @Test
  void the_store_knows_nothing_of_the_api_or_micronaut_http() {
    noClasses().that().resideInAPackage("..reports.store..")
        .should().dependOnClassesThat().resideInAnyPackage("..reports.api..", "io.micronaut.http..")
        .check(classes);
  }
}
