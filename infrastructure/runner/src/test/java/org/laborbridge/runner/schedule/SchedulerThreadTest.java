package org.laborbridge.runner.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.laborbridge.shared.time.SettableClock;

class SchedulerThreadTest {

  private static final Instant START = Instant.parse("2025-03-03T10:00:00Z");

  // The thread looks at the clock at least once a second, so a fire shows up well within this.
  private static final long WAIT_SECONDS = 3;

  private final SettableClock clock = new SettableClock(START);
  private final Scheduler scheduler = new Scheduler(clock);
  private final BlockingQueue<Fire> fires = new LinkedBlockingQueue<>();

  @AfterEach
  void stop() {
    scheduler.close();
  }

  @Test
  void the_background_thread_fires_when_the_clock_is_moved_on() throws InterruptedException {
    scheduler.add(LocalSchedule.fromTemplate("MatchesFunction.Sweep", "rate(1 minute)", null, null, null), fires::add);
    scheduler.start();

    clock.advance(Duration.ofMinutes(1));

    Fire fire = fires.poll(WAIT_SECONDS, TimeUnit.SECONDS);
    assertNotNull(fire, "no fire within " + WAIT_SECONDS + " s");
    assertEquals(new Fire("MatchesFunction.Sweep", START.plus(Duration.ofMinutes(1)), "{}"), fire);
  }

  @Test
  void a_target_that_throws_does_not_stop_the_background_thread() throws InterruptedException {
    AtomicBoolean firstCall = new AtomicBoolean(true);
    scheduler.add(LocalSchedule.fromTemplate("MatchesFunction.Sweep", "rate(1 minute)", null, null, null), fire -> {
      if (firstCall.getAndSet(false)) {
        fires.add(fire);
        throw new IllegalStateException("database down");
      }
      fires.add(fire);
    });
    scheduler.start();

    clock.advance(Duration.ofMinutes(1));
    assertNotNull(fires.poll(WAIT_SECONDS, TimeUnit.SECONDS), "no first fire");
    clock.advance(Duration.ofMinutes(1));

    Fire second = fires.poll(WAIT_SECONDS, TimeUnit.SECONDS);
    assertNotNull(second, "the thread stopped after the target threw");
    assertEquals(START.plus(Duration.ofMinutes(2)), second.scheduledTime());
  }

  @Test
  void nothing_fires_after_close() throws InterruptedException {
    scheduler.add(LocalSchedule.fromTemplate("MatchesFunction.Sweep", "rate(1 minute)", null, null, null), fires::add);
    scheduler.start();
    scheduler.close();

    clock.advance(Duration.ofMinutes(1));

    assertNull(fires.poll(1200, TimeUnit.MILLISECONDS));
  }
}
