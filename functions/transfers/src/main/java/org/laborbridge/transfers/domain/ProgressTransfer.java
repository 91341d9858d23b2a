package org.laborbridge.transfers.domain;

import org.laborbridge.shared.problem.Conflict;
import org.laborbridge.shared.problem.Forbidden;
import org.laborbridge.shared.problem.InvalidValue;
import org.laborbridge.shared.problem.NotFound;
import org.laborbridge.shared.problem.Rejected;
import org.laborbridge.shared.time.ProgrammeClock;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Moves a transfer through its steps, for staff (HTTP) and for the regions' systems (signed webhooks) alike.
 *
 * <p>Every step is one conditional write over the version it was decided on, so of two concurrent decisions one
 * wins and the other is refused (409). A step repeated by whoever took it (a retry) is answered with the transfer as
 * it is. Acceptance is followed by the platform's own step, in order: queue the contact letter to the transfer-out
 * region, then record LETTER_SENT; a retry of the acceptance, or any later step, finishes what a failure left.
 */
public final class ProgressTransfer {

  /** Writes lost to a concurrent change that left the step still possible (a flag, a document) are tried again. */
  static final int ATTEMPTS = 3;
  public static final int MAX_TEXT = 500;

  private final TransferStore transfers;
  private final Notices notices;
  private final Deadlines deadlines;
  private final TransferActivity activity;
  private final ProgrammeClock clock;

  public ProgressTransfer(TransferStore transfers, Notices notices, Deadlines deadlines, ProgrammeClock clock) {
    this(transfers, notices, deadlines, TransferActivity.NONE, clock);
  }

  public ProgressTransfer(TransferStore transfers, Notices notices, Deadlines deadlines, TransferActivity activity,
      ProgrammeClock clock) {
    this.transfers = transfers;
    this.notices = notices;
    this.deadlines = deadlines;
    this.activity = activity;
    this.clock = clock;
  }

  public enum Outcome { DONE, ALREADY_DONE }

  public record Moved(TransferRequest transfer, Outcome outcome) {}

  public Moved accept(String id, By by, String note) {
    Moved accepted = move(id, Step.ACCEPT, by, text("note", note, false), t -> t);
    return new Moved(forwardLetter(accepted.transfer()), accepted.outcome());
  }

  public Moved reject(String id, By by, String reason) {
    String given = text("reason", reason, true);
    return closed(move(id, Step.REJECT, by, given, t -> t.withRejectionReason(given)));
  }

  public Moved confirmTransferOut(String id, By by, OutForm form) {
    if (form.contributionMonths() < OutForm.MONTHS_BEFORE_MONEY_MOVES && form.movesMoney()) {
      throw new Rejected("with less than " + OutForm.MONTHS_BEFORE_MONEY_MOVES
          + " months of contributions in the transfer-out region only the relationship moves, not the money");
    }
    return move(id, Step.CONFIRM_OUT, by, null, t -> t.withOutForm(form));
  }

  public Moved recordFundsSent(String id, By by, FundsSent funds) {
    return move(id, Step.SEND_FUNDS, by, null, t -> {
      if (!t.outForm().movesMoney()) {
        throw new Conflict("the transfer-out form moves no money: complete the transfer instead");
      }
      if (t.outForm().total().compareTo(funds.amount()) != 0) {
        throw new Rejected("the amount sent must be the total the transfer-out form confirmed",
            Map.of("confirmedTotal", t.outForm().total().toPlainString()));
      }
      return t.withFundsSent(funds);
    });
  }

  public Moved complete(String id, By by, String note) {
    return closed(move(id, Step.COMPLETE, by, text("note", note, false), t -> {
      if (t.state() == TransferState.OUT_CONFIRMED && t.outForm().movesMoney()) {
        throw new Conflict("cannot complete a transfer whose money has not been sent", Map.of("state", t.state().name()));
      }
      return t;
    }));
  }

  public Moved cancel(String id, By by, String note) {
    return closed(move(id, Step.CANCEL, by, text("note", note, false), t -> t));
  }

  /** A transfer that reached an end frees the worker to apply again. */
  private Moved closed(Moved moved) {
    TransferRequest t = moved.transfer();
    if (!t.state().open()) {
      transfers.releaseOpenSlot(t.workerId(), t.id());
    }
    return moved;
  }

  /** After acceptance: queue the contact letter, then record that it was sent. Both are safe to repeat. */
  private TransferRequest forwardLetter(TransferRequest transfer) {
    if (transfer.state() != TransferState.ACCEPTED) {
      return transfer;
    }
    Instant acceptedAt = transfer.reachedAt().get(TransferState.ACCEPTED);
    // Counted from the acceptance day, when the letter leaves: the same on every retry.
    LocalDate dueOn = deadlines.transferOutDue(LocalDate.ofInstant(acceptedAt, ProgrammeClock.ZONE));
    notices.send(TransferNotices.forwarded(transfer.withTransferOutDueOn(dueOn), acceptedAt));
    return move(transfer.id(), Step.SEND_LETTER, By.PLATFORM, null, t -> t.withTransferOutDueOn(dueOn)).transfer();
  }

  private Moved move(String id, Step step, By by, String note, UnaryOperator<TransferRequest> details) {
    for (int attempt = 1; ; attempt++) {
      TransferRequest transfer = find(id, by);
      if (!transfer.speaksFor(by, step.party())) {
        throw new Forbidden("only " + who(step.party(), transfer) + " may " + step.verb() + " this transfer");
      }
      if (transfer.repeats(step, by)) {
        return new Moved(step == Step.ACCEPT ? forwardLetter(transfer) : transfer, Outcome.ALREADY_DONE);
      }
      if (!step.allowedFrom(transfer.state())) {
        throw new Conflict("cannot " + step.verb() + " a transfer that is " + transfer.state(),
            Map.of("state", transfer.state().name()));
      }
      TransferRequest next = details.apply(transfer).moved(step, by, clock.now(), note);
      if (transfers.replace(next, transfer.version())) {
        activity.entered(next);
        return new Moved(next, Outcome.DONE);
      }
      if (attempt == ATTEMPTS) {
        throw new Conflict("the transfer changed meanwhile; read it again");
      }
    }
  }

  private TransferRequest find(String id, By by) {
    TransferRequest transfer = Transfers.find(transfers, id);
    // People with no part in the transfer learn nothing of it, not even that it exists; regions' systems are
    // told plainly that the step is not theirs (403).
    boolean person = by.kind() == By.Kind.WORKER || by.kind() == By.Kind.STAFF;
    if (person && !transfer.readableBy(by)) {
      throw Transfers.notFound(id);
    }
    return transfer;
  }

  private static String who(Party party, TransferRequest transfer) {
    return switch (party) {
      case APPLICANT -> "the applicant";
      case TRANSFER_IN -> "the transfer-in region (" + transfer.transferIn().region().code() + ")";
      case TRANSFER_OUT -> "the transfer-out region (" + transfer.transferOut().region().code() + ")";
      case PLATFORM -> "the platform";
    };
  }

  /** Free text people type: one paragraph at most; kept on the trail, never logged. */
  static String text(String field, String value, boolean required) {
    String stripped = value == null ? "" : value.strip();
    if (stripped.isEmpty()) {
      if (required) {
        throw new InvalidValue(field, "is required");
      }
      return null;
    }
    if (stripped.length() > MAX_TEXT) {
      throw new InvalidValue(field, "must be at most " + MAX_TEXT + " characters");
    }
    return stripped;
  }
}
