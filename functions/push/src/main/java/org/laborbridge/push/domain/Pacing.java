package org.laborbridge.push.domain;

import org.laborbridge.shared.problem.InvalidValue;
import org.laborbridge.shared.time.ProgrammeClock;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The programme's promise of "no spam": at most {@code dailyLimit} pushes to a worker per Shanghai day, none in
 * the quiet hours. A push that breaks either is deferred, never dropped.
 */
public record Pacing(int dailyLimit, QuietHours quietHours) {

  public static final int DEFAULT_DAILY_LIMIT = 3;
  public static final String DEFAULT_QUIET_HOURS = "22:00-08:00";

  public Pacing {
    if (dailyLimit < 1 || dailyLimit > 100) {
      throw new InvalidValue("push.dailyLimit", "must be between 1 and 100");
    }
    Objects.requireNonNull(quietHours, "quietHours");
  }

  /** The Shanghai day a push at {@code now} counts against. */
  public LocalDate day(Instant now) {
    return LocalDate.ofInstant(now, ProgrammeClock.ZONE);
  }

  /** When a push held back by the quiet hours falls due: the end of the quiet hours it arrived in. */
  public Optional<Instant> quietUntil(Instant now) {
    return quietHours.endingAfter(now);
  }

  /** When a push over the day's limit falls due: the next day, as the quiet hours end. */
  public Instant nextDay(Instant now) {
    return day(now).plusDays(1).atTime(quietHours.until()).atZone(ProgrammeClock.ZONE).toInstant();
  }
}
