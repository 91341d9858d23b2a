package org.laborbridge.jobs.api;

import org.laborbridge.localaws.LocalAws;
import org.laborbridge.localaws.provision.ProvisionedStack;
import org.laborbridge.platform.testing.FunctionTest;

import java.time.Instant;

/** A test class that drives the jobs handler against a fresh local stack, at a time it chooses. */
abstract class JobsHandlerTest extends FunctionTest<JobsFunction> {

  /** The moment the class starts at; tests move {@code function.clock} on from there. */
  static final Instant START = Instant.parse("2026-11-27T02:00:00Z");

  Instant startsAt() {
    return START;
  }

  @Override
  protected JobsFunction start(LocalAws aws, ProvisionedStack stack) {
    return new JobsFunction(aws, stack, startsAt());
  }
}
