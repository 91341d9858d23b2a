package org.laborbridge.transfers.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A transfer as a worklist line shows it: who it is for (the worker id only), the two sides, why, where it stands,
 * when it was applied for and last changed, its due days and flags. No forms, no trail, no free text beyond the
 * offices' names.
 *
 * @param transferOutDueOn set from LETTER_SENT on
 * @param lastChangedAt the time of the transfer's last write (a step, a flag or a document)
 */
public record TransferSummary(String id, String workerId, TransferSide transferOut, TransferSide transferIn,
    TransferReason reason, TransferState state, Instant submittedAt, Instant lastChangedAt, LocalDate transferOutDueOn,
    LocalDate overallDueOn, List<DeadlineFlag> flags) {

  public TransferSummary {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(workerId, "workerId");
    Objects.requireNonNull(transferOut, "transferOut");
    Objects.requireNonNull(transferIn, "transferIn");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(submittedAt, "submittedAt");
    Objects.requireNonNull(lastChangedAt, "lastChangedAt");
    Objects.requireNonNull(overallDueOn, "overallDueOn");
    flags = List.copyOf(flags);
  }

  public boolean overdue() {
    return !flags.isEmpty();
  }
}
