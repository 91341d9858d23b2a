package org.laborbridge.runner.schedule;

import java.time.Instant;
import java.util.Objects;

/**
 * One firing of a schedule, handed to the function the schedule targets.
 *
 * @param scheduledTime when the schedule was due; for a fire by hand, the moment of the request
 * @param payload the JSON the function receives as its event
 */
public record Fire(String scheduleName, Instant scheduledTime, String payload) {

  public Fire {
    Objects.requireNonNull(scheduleName, "scheduleName");
    Objects.requireNonNull(scheduledTime, "scheduledTime");
    Objects.requireNonNull(payload, "payload");
  }
}
