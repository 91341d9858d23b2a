package org.laborbridge.fairs.api;

import org.laborbridge.shared.time.ProgrammeClock;

import java.time.Instant;

/** Times as the fairs API writes them: ISO 8601 at China Standard Time (+08:00), as people at a fair read them. */
final class Times {
  private Times() {}

  static String shanghai(Instant instant) {
    return instant.atZone(ProgrammeClock.ZONE).toOffsetDateTime().toString();
  }
}
