package org.laborbridge.push.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Messages parked until they fall due, in hour partitions by due time, and a marker of the first hour that
 * may still hold any: releasing them reads a few partitions, never the whole table.
 */
public interface DeferredStore {

  /** Parks a message; parking the same message for the same time twice keeps one. */
  void park(DeferredMessage message);

  /** The first hour (UTC, whole) that may still hold parked messages; empty before the first release. */
  Optional<Instant> releasedThrough();

  /** Moves the marker on to {@code hour}; never back. */
  void advanceTo(Instant hour);

  /** Up to {@code max} messages of the hour partition starting at {@code hour} due at or before {@code now}, earliest first. */
  List<DeferredMessage> due(Instant hour, Instant now, int max);

  void remove(DeferredMessage message);
}
