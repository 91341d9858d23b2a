package org.laborbridge.reports.api;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.laborbridge.localaws.LocalAws;
import org.laborbridge.localaws.junit.LocalAwsTest;
import org.laborbridge.localaws.provision.ProvisionedStack;

import java.time.Instant;

/** A test class that drives the reports handlers against a fresh local stack, at a time it chooses. */
@LocalAwsTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ReportsHandlerTest {

  /** 02:00 in Shanghai on Tuesday 1 December 2026: the monthly schedule's moment for November. */
  static final Instant FIRST_OF_DECEMBER = Instant.parse("2026-11-30T18:00:00Z");

  ReportsFunction function;
  LocalAws aws;
  ProvisionedStack stack;

  @BeforeAll
  void startFunction(LocalAws aws, ProvisionedStack stack) {
    this.aws = aws;
    this.stack = stack;
    function = new ReportsFunction(aws, stack, FIRST_OF_DECEMBER);
  }

  @AfterAll
  void stopFunction() {
    function.close();
  }
}
