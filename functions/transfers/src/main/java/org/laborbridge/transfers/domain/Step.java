package org.laborbridge.transfers.domain;

import java.util.EnumSet;
import java.util.Set;

import static org.laborbridge.transfers.domain.TransferState.ACCEPTED;
import static org.laborbridge.transfers.domain.TransferState.CANCELLED;
import static org.laborbridge.transfers.domain.TransferState.COMPLETED;
import static org.laborbridge.transfers.domain.TransferState.FUNDS_TRANSFERRED;
import static org.laborbridge.transfers.domain.TransferState.LETTER_SENT;
import static org.laborbridge.transfers.domain.TransferState.OUT_CONFIRMED;
import static org.laborbridge.transfers.domain.TransferState.REJECTED;
import static org.laborbridge.transfers.domain.TransferState.SUBMITTED;

/**
 * The state machine: every step a transfer can take, who takes it, from which states, and where it leads.
 * Anything not listed here is an illegal transition. Decisions lead only forward: nothing leads back to SUBMITTED.
 */
public enum Step {
  CANCEL("cancel", Party.APPLICANT, CANCELLED, SUBMITTED),
  ACCEPT("accept", Party.TRANSFER_IN, ACCEPTED, SUBMITTED),
  REJECT("reject", Party.TRANSFER_IN, REJECTED, SUBMITTED),
  SEND_LETTER("send the contact letter for", Party.PLATFORM, LETTER_SENT, ACCEPTED),
  CONFIRM_OUT("confirm the transfer-out side of", Party.TRANSFER_OUT, OUT_CONFIRMED, LETTER_SENT),
  SEND_FUNDS("record the funds sent for", Party.TRANSFER_OUT, FUNDS_TRANSFERRED, OUT_CONFIRMED),
  /** From OUT_CONFIRMED only when no money moves (under a year of contributions, or nothing to move). */
  COMPLETE("complete", Party.TRANSFER_IN, COMPLETED, FUNDS_TRANSFERRED, OUT_CONFIRMED);

  private final String verb;
  private final Party party;
  private final TransferState to;
  private final Set<TransferState> from;

  Step(String verb, Party party, TransferState to, TransferState first, TransferState... more) {
    this.verb = verb;
    this.party = party;
    this.to = to;
    this.from = EnumSet.of(first, more);
  }

  public Party party() {
    return party;
  }

  public TransferState to() {
    return to;
  }

  public boolean allowedFrom(TransferState state) {
    return from.contains(state);
  }

  /** For messages: "cannot accept a transfer that is COMPLETED". */
  public String verb() {
    return verb;
  }
}
