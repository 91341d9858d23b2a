package org.laborbridge.runner.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local stand-in for EventBridge Scheduler: fires each schedule of template.yaml at its due
 * times on the runner's clock, and on demand for {@code ./run-local fire NAME}.
 *
 * <p>When the clock jumps past several due times of a schedule (a laptop asleep, a clock moved on
 * by hand), the schedule fires once, for the earliest missed time, and then waits for its next
 * future time, as Scheduler does with the flexible time window off: catching up every missed run
 * would flood a function with work nobody asked for twice.
 */
public final class Scheduler implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Scheduler.class);

  /** Long enough to idle cheaply, short enough that a hand-moved clock is noticed within a second. */
  private static final Duration LONGEST_NAP = Duration.ofSeconds(1);

  private final Clock clock;
  private final Map<String, Entry> entries = new LinkedHashMap<>();
  private final CountDownLatch closed = new CountDownLatch(1);
  private Thread thread;

  public Scheduler(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Starts the schedule from the clock's current time; {@code target} runs the function. */
  public synchronized void add(LocalSchedule schedule, Consumer<Fire> target) {
    Objects.requireNonNull(schedule, "schedule");
    Objects.requireNonNull(target, "target");
    if (entries.containsKey(schedule.name())) {
      throw new IllegalArgumentException("A schedule named '" + schedule.name() + "' is already added");
    }
    Instant next = schedule.enabled()
        ? schedule.expression().firstAfter(clock.instant(), schedule.zone()).orElse(null)
        : null;
    entries.put(schedule.name(), new Entry(schedule, target, next));
  }

  public synchronized List<String> names() {
    return List.copyOf(entries.keySet());
  }

  /** When the schedule fires next; empty when it is disabled or will never fire again. */
  public synchronized Optional<Instant> nextFireTime(String name) {
    return Optional.ofNullable(entry(name).next);
  }

  /**
   * Fires every enabled schedule that is due on the clock, once each, and returns how many fired.
   * A target that throws is logged and counted as fired; the other schedules still fire.
   */
  public int tick() {
    List<Due> due = claimDue(clock.instant());
    due.forEach(this::deliverLoggingFailure);
    return due.size();
  }

  /**
   * Fires a schedule now, whatever its time and even when it is disabled, because a developer who
   * asks for a fire by name wants to see the function run. Its next due time does not move, and a
   * target's exception reaches the caller so the command that asked can show it.
   */
  public void fireNow(String name) {
    Due due;
    synchronized (this) {
      due = new Due(entry(name), clock.instant());
    }
    due.deliver();
    LOG.info("schedule.fired schedule={} scheduledTime={} by=hand outcome=OK", name, due.scheduledTime);
  }

  /** Fires due schedules from a daemon thread until {@link #close()}. */
  public synchronized void start() {
    if (thread != null) {
      throw new IllegalStateException("The scheduler is already started");
    }
    thread = new Thread(this::runUntilClosed, "local-scheduler");
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public void close() {
    closed.countDown();
    Thread running;
    synchronized (this) {
      running = thread;
    }
    if (running != null && running != Thread.currentThread()) {
      try {
        running.join(LONGEST_NAP.toMillis() * 2);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void runUntilClosed() {
    try {
      do {
        try {
          tick();
        } catch (RuntimeException unexpected) {
          // Whatever went wrong with one tick, the next may go right; the thread must live on.
          LOG.warn("schedule.tick.failed", unexpected);
        }
      } while (!closed.await(napBeforeNextDue().toMillis(), TimeUnit.MILLISECONDS));
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private synchronized Duration napBeforeNextDue() {
    Instant now = clock.instant();
    Duration nap = LONGEST_NAP;
    for (Entry entry : entries.values()) {
      if (entry.next != null) {
        Duration untilDue = Duration.between(now, entry.next);
        if (untilDue.compareTo(nap) < 0) {
          nap = untilDue.isNegative() ? Duration.ZERO : untilDue;
        }
      }
    }
    return nap;
  }

  // Claiming under the lock and delivering outside it: each due time is handed out exactly once,
  // and a slow function never holds up fireNow or the other schedules' bookkeeping.
  private synchronized List<Due> claimDue(Instant now) {
    List<Due> due = new ArrayList<>();
    for (Entry entry : entries.values()) {
      if (entry.next != null && !entry.next.isAfter(now)) {
        due.add(new Due(entry, entry.next));
        LocalSchedule schedule = entry.schedule;
        entry.next = schedule.expression().nextSkippingPast(entry.next, now, schedule.zone()).orElse(null);
      }
    }
    return due;
  }

  private void deliverLoggingFailure(Due due) {
    String name = due.entry.schedule.name();
    try {
      due.deliver();
      LOG.info("schedule.fired schedule={} scheduledTime={} outcome=OK", name, due.scheduledTime);
    } catch (RuntimeException failure) {
      LOG.warn("schedule.fired schedule={} scheduledTime={} outcome=FAILED", name, due.scheduledTime, failure);
    }
  }

  private Entry entry(String name) {
    Entry entry = entries.get(name);
    if (entry == null) {
      throw new IllegalArgumentException("No schedule named '" + name + "'; known schedules: "
          + (entries.isEmpty() ? "none" : String.join(", ", entries.keySet())));
    }
    return entry;
  }

  /** A schedule with its target and, guarded by the scheduler's lock, its next due time. */
  private static final class Entry {
    private final LocalSchedule schedule;
    private final Consumer<Fire> target;
    private Instant next;

    private Entry(LocalSchedule schedule, Consumer<Fire> target, Instant next) {
      this.schedule = schedule;
      this.target = target;
      this.next = next;
    }
  }

  /** One fire claimed for a schedule, to be delivered outside the lock. */
  private record Due(Entry entry, Instant scheduledTime) {
    void deliver() {
      entry.target.accept(new Fire(entry.schedule.name(), scheduledTime, entry.schedule.payload()));
    }
  }
}
