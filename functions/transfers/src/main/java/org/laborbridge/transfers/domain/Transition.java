package org.laborbridge.transfers.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of a transfer's audit trail: who moved it, when, from which state to which, and their note.
 *
 * @param from absent for the application itself
 * @param note the reason of a rejection, or what the mover wrote; may be absent
 */
public record Transition(By by, Instant at, TransferState from, TransferState to, String note) {
  public Transition {
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(to, "to");
  }
}
