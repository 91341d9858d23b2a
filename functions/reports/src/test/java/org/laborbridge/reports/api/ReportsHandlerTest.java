package org.laborbridge.reports.api;

import org.laborbridge.localaws.LocalAws;
import org.laborbridge.localaws.provision.ProvisionedStack;
import org.laborbridge.platform.testing.FunctionTest;

import java.time.Instant;

/** A test class that drives the reports handlers against a fresh local stack, at a time it chooses. */
abstract class ReportsHandlerTest extends FunctionTest<ReportsFunction> {

  /** 02:00 in Shanghai on Tuesday 1 December 2026: the monthly schedule's moment for November. */
  static final Instant FIRST_OF_DECEMBER = Instant.parse("2026-11-30T18:00:00Z");

  @Override
  protected ReportsFunction start(LocalAws aws, ProvisionedStack stack) {
    return new ReportsFunction(aws, stack, FIRST_OF_DECEMBER);
  }
}
