package org.laborbridge.push.domain;

import java.time.Instant;
import java.time.LocalDate;

/** Counts pushes per worker and day. */
public interface PaceStore {

  /**
   * Counts the push against the worker's day if the day has room, atomically; a push already counted that day
   * is let through again without counting twice.
   *
   * @return false when the day is full
   */
  boolean claim(String workerId, LocalDate day, String pushId, int dailyLimit, Instant forgetAfter);
}
