package org.laborbridge.push.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Parked messages in memory, by due time; the marker as the DynamoDB store keeps it. */
class InMemoryDeferredStore implements DeferredStore {

  final List<DeferredMessage> parked = new ArrayList<>();
  Instant marker;
  /** Hour partitions read, to show releases stay bounded. */
  final List<Instant> hoursRead = new ArrayList<>();

  @Override
  public synchronized void park(DeferredMessage message) {
    if (!parked.contains(message)) {
      parked.add(message);
    }
  }

  @Override
  public synchronized Optional<Instant> releasedThrough() {
    return Optional.ofNullable(marker);
  }

  @Override
  public synchronized void advanceTo(Instant hour) {
    if (marker == null || marker.isBefore(hour)) {
      marker = hour;
    }
  }

  @Override
  public synchronized List<DeferredMessage> due(Instant hour, Instant now, int max) {
    hoursRead.add(hour);
    return parked.stream()
        .filter(m -> m.dueAt().truncatedTo(ChronoUnit.HOURS).equals(hour) && !m.dueAt().isAfter(now))
        .sorted(Comparator.comparing(DeferredMessage::dueAt)).limit(max).toList();
  }

  @Override
  public synchronized void remove(DeferredMessage message) {
    parked.remove(message);
  }
}
