package org.laborbridge.campaigns.domain;

import java.util.Optional;

/**
 * A fan-out's progress: the page it is at (empty for the first), pages read and recipients queued so far.
 *
 * @param created whether this call started the run (false: it was started before)
 */
public record RunState(RunKey key, RunStatus status, Optional<String> cursor, long pages, long recipients,
    boolean created) {

  /** Whether a page message for {@code at} is the page this run waits for. */
  public boolean waitsFor(Optional<String> at) {
    return status == RunStatus.RUNNING && cursor.equals(at);
  }
}
