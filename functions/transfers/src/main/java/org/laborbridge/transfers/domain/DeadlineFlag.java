package org.laborbridge.transfers.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** A deadline a transfer has missed, as the daily check found it. Flags are never taken back. */
public record DeadlineFlag(Deadline deadline, LocalDate dueOn, Instant flaggedAt) {

  public enum Deadline {
    /** The transfer-out side did not confirm within its working days of the contact letter. */
    TRANSFER_OUT,
    /** The whole transfer is not completed by the overall deadline counted from the application. */
    OVERALL
  }

  public DeadlineFlag {
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(dueOn, "dueOn");
    Objects.requireNonNull(flaggedAt, "flaggedAt");
  }
}
