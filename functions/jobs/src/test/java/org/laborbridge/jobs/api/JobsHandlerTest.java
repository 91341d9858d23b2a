package org.laborbridge.jobs.api;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.laborbridge.localaws.LocalAws;
import org.laborbridge.localaws.junit.LocalAwsTest;
import org.laborbridge.localaws.provision.ProvisionedStack;

import java.time.Instant;

/** A test class that drives the jobs handler against a fresh local stack, at a time it chooses. */
@LocalAwsTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JobsHandlerTest {

  /** The moment the class starts at; tests move {@code function.clock} on from there. */
  static final Instant START = Instant.parse("2026-11-27T02:00:00Z");

  JobsFunction function;
  LocalAws aws;
  ProvisionedStack stack;

  Instant startsAt() {
    return START;
  }

  @BeforeAll
  void startFunction(LocalAws aws, ProvisionedStack stack) {
    this.aws = aws;
    this.stack = stack;
    function = new JobsFunction(aws, stack, startsAt());
  }

  @AfterAll
  void stopFunction() {
    function.close();
  }
}
