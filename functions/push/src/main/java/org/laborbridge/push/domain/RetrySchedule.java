package org.laborbridge.push.domain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * When a failed webhook delivery is tried again (Standard Webhooks): at once, then after 5 s, 5 min, 30 min, 2 h,
 * 5 h, 10 h, 14 h, 20 h and 24 h; each wait stretched by up to {@code jitter} of itself, so that gateways coming
 * back after an outage are not hit by every retry in the same second.
 */
public record RetrySchedule(List<Duration> waits, double jitter) {

  public static final double DEFAULT_JITTER = 0.1;
  public static final Duration FIRST_WAIT = Duration.ofSeconds(5);

  public RetrySchedule {
    waits = List.copyOf(waits);
    if (jitter < 0 || jitter > 1) {
      throw new IllegalArgumentException("jitter is a fraction of the wait");
    }
  }

  /** The standard schedule; tests and local runs may shorten the first wait (5 s). */
  public static RetrySchedule standard(Duration firstWait) {
    List<Duration> waits = new ArrayList<>();
    waits.add(firstWait);
    waits.addAll(List.of(Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(5),
        Duration.ofHours(10), Duration.ofHours(14), Duration.ofHours(20), Duration.ofHours(24)));
    return new RetrySchedule(waits, DEFAULT_JITTER);
  }

  /** Attempts in all: the first and one per wait. */
  public int attempts() {
    return waits.size() + 1;
  }

  /**
   * How long to wait after attempt {@code attempt} failed; empty after the last attempt.
   *
   * @param random a number in [0, 1) that picks the jitter
   */
  public Optional<Duration> waitAfter(int attempt, double random) {
    if (attempt < 1 || attempt >= attempts()) {
      return Optional.empty();
    }
    Duration wait = waits.get(attempt - 1);
    return Optional.of(wait.plusMillis((long) (wait.toMillis() * jitter * random)));
  }
}
