package org.laborbridge.runner.lambda;

import java.nio.charset.StandardCharsets;

/**
 * What an invocation came to: the handler's JSON output, or an error as Lambda reports it
 * ({@code {"errorMessage", "errorType", "stackTrace"}}), a timeout, or a crashed runtime.
 */
public record InvocationResult(Outcome outcome, byte[] payload, long millis) {

  public enum Outcome { SUCCESS, HANDLER_ERROR, TIMEOUT, CRASHED }

  public boolean succeeded() {
    return outcome == Outcome.SUCCESS;
  }

  public String payloadText() {
    return new String(payload, StandardCharsets.UTF_8);
  }
}
