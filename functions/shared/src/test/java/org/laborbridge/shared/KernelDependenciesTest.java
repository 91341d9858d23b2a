package org.laborbridge.shared;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps the shared kernel plain Java, so every function's domain can use it. */
class KernelDependenciesTest {

  private static final JavaClasses KERNEL = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.laborbridge.shared");

  @Test
  void the_kernel_uses_only_the_jdk_and_jackson() {
    classes().should().onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "javax.crypto..", "com.fasterxml.jackson..", "org.laborbridge.shared..")
        .check(KERNEL);
  }

  @Test
  void only_the_message_package_touches_json() {
    noClasses().that().resideOutsideOfPackage("org.laborbridge.shared.message..")
        .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
        .check(KERNEL);
  }
}
