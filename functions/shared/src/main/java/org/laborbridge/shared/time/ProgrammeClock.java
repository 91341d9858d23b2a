package org.laborbridge.shared.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * The programme's sense of time: China Standard Time, whatever zone the Lambda runs in.
 *
 * <p>Deadlines, campaign windows and "today" are Shanghai dates; a UTC date would put events
 * between 00:00 and 08:00 on the wrong day.
 */
public final class ProgrammeClock {

  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private final Clock clock;

  public ProgrammeClock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public static ProgrammeClock system() {
    return new ProgrammeClock(Clock.system(ZONE));
  }

  public Instant now() {
    return clock.instant();
  }

  public LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ZONE);
  }

  public ZonedDateTime nowInShanghai() {
    return ZonedDateTime.ofInstant(clock.instant(), ZONE);
  }

  /** The underlying clock, for APIs that take a {@link Clock}. */
  public Clock clock() {
    return clock;
  }
}
