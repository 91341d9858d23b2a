package org.laborbridge.matching;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** api → domain ← store: the domain speaks the programme's words and knows nothing of AWS, Micronaut or JSON. */
class ThreeRoomsTest {

  private final JavaClasses classes = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.laborbridge.matching");

  @Test
  void the_domain_imports_no_aws_sdk_no_micronaut_and_no_json_library() {
    noClasses().that().resideInAPackage("..matching.domain..")
        .should().dependOnClassesThat().resideInAnyPackage("software.amazon..", "com.amazonaws..", "io.micronaut..",
            "com.fasterxml..")
        .check(classes);
  }

  @Test
  void the_domain_knows_neither_the_api_nor_the_store() {
    noClasses().that().resideInAPackage("..matching.domain..")
        .should().dependOnClassesThat().resideInAnyPackage("..matching.api..", "..matching.store..")
        .check(classes);
  }

  @Test
  void the_store_knows_nothing_of_the_api_or_micronaut() {
    noClasses().that().resideInAPackage("..matching.store..")
        .should().dependOnClassesThat().resideInAnyPackage("..matching.api..", "io.micronaut..")
        .check(classes);
  }
}
