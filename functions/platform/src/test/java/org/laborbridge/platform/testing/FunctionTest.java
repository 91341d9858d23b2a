package org.laborbridge.platform.testing;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.laborbridge.localaws.LocalAws;
import org.laborbridge.localaws.junit.LocalAwsTest;
import org.laborbridge.localaws.provision.ProvisionedStack;

/**
 * The base of a test class that drives one function's handlers against a fresh local stack: the function is started
 * once for the class (as its test double of a Lambda environment) and closed after it.
 *
 * @param <F> the function as the module's tests drive it
 */
@LocalAwsTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class FunctionTest<F extends AutoCloseable> {

  protected F function;
  protected LocalAws aws;
  protected ProvisionedStack stack;

  /** Starts the function against the class's stack. */
  protected abstract F start(LocalAws aws, ProvisionedStack stack);

  @BeforeAll
  void startFunction(LocalAws aws, ProvisionedStack stack) {
    this.aws = aws;
    this.stack = stack;
    function = start(aws, stack);
  }

  @AfterAll
  void stopFunction() throws Exception {
    function.close();
  }
}
