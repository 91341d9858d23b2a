package org.laborbridge.localaws.junit;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test class that talks to local AWS: the stack starts once per test JVM, and the class begins with
 * every table, queue and bucket of the template freshly provisioned and empty. Test methods and
 * constructors may take {@code LocalAws} and {@code ProvisionedStack} parameters.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(LocalAwsExtension.class)
public @interface LocalAwsTest {

  /** The template to provision, relative to the repository root. */
  String template() default "template.yaml";

  /** Stack name: the prefix of generated resource names. */
  String stackName() default "laborbridge-test";
}
