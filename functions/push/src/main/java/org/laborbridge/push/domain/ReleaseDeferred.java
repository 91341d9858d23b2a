package org.laborbridge.push.domain;

import org.laborbridge.shared.time.ProgrammeClock;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Puts parked messages back on the push queue when they fall due (every minute, by schedule): pushes held back
 * by pacing and webhook retries too far off for a queue delay. It reads the hour partitions from the stored
 * marker up to the current hour, re-sends what is due with its own message id, then deletes it. Running twice,
 * or at the same time, re-sends at most a message its consumer already treats as a repeat.
 */
public final class ReleaseDeferred {

  /** Where the first release ever starts: parked messages are due after they were parked, never far before. */
  static final Duration FIRST_LOOKBACK = Duration.ofHours(48);
  /** Hour partitions read per run: a marker left far behind (schedule off for days) catches up over a few runs. */
  static final int MAX_HOURS_PER_RUN = 72;
  /** Messages re-sent per run: well inside the function's time limit; the rest go a minute later. */
  static final int MAX_MESSAGES_PER_RUN = 500;

  /** @param releasedThrough the first hour that may still hold parked messages after this run */
  public record Released(int messages, int hoursRead, Instant releasedThrough) {}

  private final DeferredStore deferred;
  private final PushQueue queue;
  private final ProgrammeClock clock;

  public ReleaseDeferred(DeferredStore deferred, PushQueue queue, ProgrammeClock clock) {
    this.deferred = deferred;
    this.queue = queue;
    this.clock = clock;
  }

  public Released release() {
    Instant now = clock.now();
    Instant currentHour = now.truncatedTo(ChronoUnit.HOURS);
    Instant marker = deferred.releasedThrough().orElse(currentHour.minus(FIRST_LOOKBACK));
    int released = 0;
    int hours = 0;
    boolean contiguous = true;
    for (Instant hour = marker; !hour.isAfter(currentHour) && hours < MAX_HOURS_PER_RUN; hour = hour.plus(1, ChronoUnit.HOURS)) {
      int room = MAX_MESSAGES_PER_RUN - released;
      if (room <= 0) {
        break;
      }
      hours++;
      List<DeferredMessage> due = deferred.due(hour, now, room);
      for (DeferredMessage message : due) {
        // Re-send before deleting: a crash in between re-sends once more, never loses a message.
        queue.resend(message);
        deferred.remove(message);
      }
      released += due.size();
      // A past hour read to the end holds nothing more (new messages are parked for later than now).
      boolean drained = hour.isBefore(currentHour) && due.size() < room;
      if (contiguous && drained) {
        marker = hour.plus(1, ChronoUnit.HOURS);
        deferred.advanceTo(marker);
      } else {
        contiguous = false;
      }
    }
    return new Released(released, hours, marker);
  }
}
