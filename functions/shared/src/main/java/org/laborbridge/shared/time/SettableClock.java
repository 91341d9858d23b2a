package org.laborbridge.shared.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that tests and the local runner move by hand, e.g. to walk a transfer past its
 * five-working-day deadline without waiting.
 *
 * <p>{@link #withZone} returns a view on the same time, so code that re-zones the clock it was
 * given still sees every later {@link #set} and {@link #advance}.
 */
public final class SettableClock extends Clock {

  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  /** Starts at {@code start}, in the programme's zone. */
  public SettableClock(Instant start) {
    this(start, ProgrammeClock.ZONE);
  }

  public SettableClock(Instant start, ZoneId zone) {
    this(new AtomicReference<>(Objects.requireNonNull(start, "start")), zone);
  }

  private SettableClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = Objects.requireNonNull(zone, "zone");
  }

  public void set(Instant instant) {
    now.set(Objects.requireNonNull(instant, "instant"));
  }

  /** Moves time on; a negative duration moves it back, which tests of clock skew need. */
  public void advance(Duration duration) {
    Objects.requireNonNull(duration, "duration");
    now.updateAndGet(instant -> instant.plus(duration));
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public SettableClock withZone(ZoneId zone) {
    return zone.equals(this.zone) ? this : new SettableClock(now, zone);
  }

  @Override
  public String toString() {
    return "SettableClock[" + now.get() + "," + zone + "]";
  }
}
