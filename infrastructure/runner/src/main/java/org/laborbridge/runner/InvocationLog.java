package org.laborbridge.runner;

import org.laborbridge.runner.lambda.InvocationResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One line per invocation, whatever triggered it: function, trigger, duration, outcome. */
public final class InvocationLog {

  private static final Logger LOG = LoggerFactory.getLogger("invoke");

  private InvocationLog() {}

  public static void record(String function, String trigger, InvocationResult result, String detail) {
    String line = "function={} trigger={} ms={} outcome={}" + (detail == null ? "" : " " + detail);
    if (result.succeeded()) {
      LOG.info(line, function, trigger, result.millis(), result.outcome());
    } else {
      LOG.warn(line, function, trigger, result.millis(), result.outcome());
    }
  }
}
