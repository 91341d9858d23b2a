package org.laborbridge.push.domain;

import java.time.Duration;
import java.util.Optional;

/** What sending one webhook came to: the receiver's answer, or no answer at all. */
public sealed interface SendResult {

  /** How the delivery record names this result in {@code lastStatus}. */
  String label();

  /** @param retryAfter what the receiver's Retry-After asked for, if it sent one */
  record Answered(int status, Optional<Duration> retryAfter) implements SendResult {
    public Answered {
      retryAfter = retryAfter == null ? Optional.empty() : retryAfter;
    }

    @Override
    public String label() {
      return Integer.toString(status);
    }
  }

  /** No answer: a timeout, a refused or broken connection. */
  record NoAnswer(Reason reason) implements SendResult {
    public enum Reason { TIMEOUT, CONNECTION_FAILED }

    @Override
    public String label() {
      return reason.name();
    }
  }
}
