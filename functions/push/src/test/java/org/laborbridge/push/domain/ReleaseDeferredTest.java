package org.laborbridge.push.domain;

import org.junit.jupiter.api.Test;
import org.laborbridge.shared.time.ProgrammeClock;
import org.laborbridge.shared.time.SettableClock;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReleaseDeferredTest {

  private final SettableClock clock = new SettableClock(Samples.LATE_EVENING);
  private final InMemoryDeferredStore deferred = new InMemoryDeferredStore();
  private final RecordingPushQueue queue = new RecordingPushQueue(deferred);
  private final ReleaseDeferred releaseDeferred = new ReleaseDeferred(deferred, queue, new ProgrammeClock(clock));

  @Test
  void nothing_is_released_before_it_falls_due_and_everything_due_is_released_once() {
    deferred.park(new DeferredMessage(Samples.NEXT_MORNING, "push-1", "m1"));
    deferred.park(new DeferredMessage(Samples.NEXT_MORNING.plusSeconds(1), "push-2", "m2"));
    releaseDeferred.release();
    clock.set(Samples.NEXT_MORNING.minusSeconds(1));
    assertEquals(0, releaseDeferred.release().messages());

    clock.set(Samples.NEXT_MORNING);
    assertEquals(1, releaseDeferred.release().messages());
    clock.advance(Duration.ofMinutes(1));
    assertEquals(1, releaseDeferred.release().messages());
    assertEquals(0, releaseDeferred.release().messages(), "a second run finds nothing more");

    assertEquals(List.of("push-1", "push-2"), queue.resent.stream().map(DeferredMessage::messageId).toList());
    assertTrue(deferred.parked.isEmpty());
  }

  @Test
  void the_marker_moves_past_drained_hours_so_later_runs_read_only_the_current_hour() {
    releaseDeferred.release();
    clock.advance(Duration.ofHours(3).plusMinutes(10));

    ReleaseDeferred.Released released = releaseDeferred.release();

    assertEquals(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.HOURS), released.releasedThrough());
    deferred.hoursRead.clear();
    releaseDeferred.release();
    assertEquals(List.of(released.releasedThrough()), deferred.hoursRead, "one partition read per minute");
  }

  @Test
  void the_first_run_ever_looks_back_two_days_and_no_further() {
    deferred.park(new DeferredMessage(Samples.LATE_EVENING.minus(Duration.ofHours(30)), "push-old", "old"));

    ReleaseDeferred.Released released = releaseDeferred.release();

    assertEquals(1, released.messages());
    assertEquals(49, released.hoursRead());
    assertEquals(Samples.LATE_EVENING.minus(ReleaseDeferred.FIRST_LOOKBACK), deferred.hoursRead.get(0));
  }

  @Test
  void a_marker_left_far_behind_catches_up_over_several_runs() {
    deferred.advanceTo(Instant.parse("2026-11-24T00:00:00Z"));

    ReleaseDeferred.Released first = releaseDeferred.release();
    assertEquals(ReleaseDeferred.MAX_HOURS_PER_RUN, first.hoursRead());
    ReleaseDeferred.Released second = releaseDeferred.release();

    assertEquals(Samples.LATE_EVENING.truncatedTo(java.time.temporal.ChronoUnit.HOURS), second.releasedThrough());
  }
}
