package org.laborbridge.transfers.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A worker's request to move their unemployment-insurance relationship from one region to another, with everything
 * that happened to it: the state, the time each state was reached (for reports), the transfer-out form, the
 * payment, the deadlines and the flags for missed ones, and the audit trail of every transition. It holds the
 * worker's id only: no name, identity number or phone.
 *
 * @param workerAccount the worker's own account (JWT subject) when the worker registered themselves; else null
 * @param contributions what the applicant said about contributions; may be null
 * @param rejectionReason set when REJECTED
 * @param outForm set from OUT_CONFIRMED on
 * @param fundsSent set from FUNDS_TRANSFERRED on
 * @param transferOutDueOn set from LETTER_SENT on
 * @param version goes up by one with every change; a change is written only over the version it was made from
 */
public record TransferRequest(
    String id,
    String workerId,
    By applicant,
    String workerAccount,
    TransferSide transferOut,
    TransferSide transferIn,
    TransferReason reason,
    ContributionSummary contributions,
    TransferState state,
    String rejectionReason,
    OutForm outForm,
    FundsSent fundsSent,
    Map<TransferState, Instant> reachedAt,
    LocalDate transferOutDueOn,
    LocalDate overallDueOn,
    List<DeadlineFlag> flags,
    List<Transition> trail,
    int documentCount,
    long version,
    Instant modifiedAt) {

  public TransferRequest {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(workerId, "workerId");
    Objects.requireNonNull(applicant, "applicant");
    Objects.requireNonNull(transferOut, "transferOut");
    Objects.requireNonNull(transferIn, "transferIn");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(overallDueOn, "overallDueOn");
    Objects.requireNonNull(modifiedAt, "modifiedAt");
    EnumMap<TransferState, Instant> reached = new EnumMap<>(TransferState.class);
    reached.putAll(reachedAt);
    reachedAt = Collections.unmodifiableMap(reached);
    flags = List.copyOf(flags);
    trail = List.copyOf(trail);
  }

  /** A new application: SUBMITTED, with its first trail line and its overall deadline. */
  public static TransferRequest submitted(String id, String workerId, By applicant, String workerAccount,
      TransferSide transferOut, TransferSide transferIn, TransferReason reason, ContributionSummary contributions,
      LocalDate overallDueOn, Instant now) {
    return new TransferRequest(id, workerId, applicant, workerAccount, transferOut, transferIn, reason, contributions,
        TransferState.SUBMITTED, null, null, null, Map.of(TransferState.SUBMITTED, now), null, overallDueOn, List.of(),
        List.of(new Transition(applicant, now, null, TransferState.SUBMITTED, null)), 0, 1, now);
  }

  public Instant submittedAt() {
    return reachedAt.get(TransferState.SUBMITTED);
  }

  public Optional<DeadlineFlag> flag(DeadlineFlag.Deadline deadline) {
    return flags.stream().filter(f -> f.deadline() == deadline).findFirst();
  }

  /**
   * The day this transfer falls due for {@code deadline} while the daily check must watch it: the transfer-out
   * deadline while the letter waits for its answer, the overall one while the transfer is open; never once flagged.
   */
  public Optional<LocalDate> watchedDueOn(DeadlineFlag.Deadline deadline) {
    if (flag(deadline).isPresent()) {
      return Optional.empty();
    }
    return switch (deadline) {
      case TRANSFER_OUT -> state == TransferState.LETTER_SENT ? Optional.ofNullable(transferOutDueOn) : Optional.empty();
      case OVERALL -> state.open() ? Optional.of(overallDueOn) : Optional.empty();
    };
  }

  /** Whether {@code by} speaks for this side of this transfer. */
  public boolean speaksFor(By by, Party party) {
    return switch (party) {
      case APPLICANT -> (by.kind() == By.Kind.WORKER || by.kind() == By.Kind.STAFF)
          && (by.sameAs(applicant) || (by.kind() == By.Kind.WORKER && by.id().equals(workerAccount)));
      case TRANSFER_IN -> by.speaksFor(transferIn.region());
      case TRANSFER_OUT -> by.speaksFor(transferOut.region());
      case PLATFORM -> by.kind() == By.Kind.PLATFORM;
    };
  }

  /** The worker's own account, the applicant, and staff of either region may read a transfer and its documents. */
  public boolean readableBy(By by) {
    return speaksFor(by, Party.APPLICANT) || (by.kind() == By.Kind.STAFF
        && (speaksFor(by, Party.TRANSFER_IN) || speaksFor(by, Party.TRANSFER_OUT)));
  }

  /**
   * Whether {@code step} by {@code by} is a repeat of the step that brought the transfer where it is (a retried
   * request or a partner's event sent twice under two ids): answered with the transfer as it is, not refused.
   */
  public boolean repeats(Step step, By by) {
    boolean stillThere = state == step.to() || (step == Step.ACCEPT && state == TransferState.LETTER_SENT);
    return stillThere && trail.stream().filter(t -> t.to() == step.to()).reduce((a, b) -> b)
        .map(t -> t.by().sameAs(by)).orElse(false);
  }

  /** The transfer after {@code step}: the new state, the time it was reached, a trail line, the next version. */
  public TransferRequest moved(Step step, By by, Instant now, String note) {
    Draft draft = draft();
    draft.reachedAt.put(step.to(), now);
    draft.trail.add(new Transition(by, now, state, step.to(), note));
    draft.state = step.to();
    return draft.build(now, true);
  }

  /** The details below come with the step that records them (see {@link #moved}), which makes the new version. */
  public TransferRequest withRejectionReason(String reasonGiven) {
    Draft draft = draft();
    draft.rejectionReason = reasonGiven;
    return draft.build(modifiedAt, false);
  }

  public TransferRequest withOutForm(OutForm form) {
    Draft draft = draft();
    draft.outForm = form;
    return draft.build(modifiedAt, false);
  }

  public TransferRequest withFundsSent(FundsSent funds) {
    Draft draft = draft();
    draft.fundsSent = funds;
    return draft.build(modifiedAt, false);
  }

  public TransferRequest withTransferOutDueOn(LocalDate dueOn) {
    Draft draft = draft();
    draft.transferOutDueOn = dueOn;
    return draft.build(modifiedAt, false);
  }

  public TransferRequest flagged(DeadlineFlag flag) {
    Draft draft = draft();
    draft.flags.add(flag);
    return draft.build(flag.flaggedAt(), true);
  }

  public TransferRequest withDocumentAdded(Instant now) {
    Draft draft = draft();
    draft.documentCount++;
    return draft.build(now, true);
  }

  private Draft draft() {
    return new Draft(this);
  }

  /** A changed copy. */
  private static final class Draft {
    private final TransferRequest from;
    private TransferState state;
    private String rejectionReason;
    private OutForm outForm;
    private FundsSent fundsSent;
    private final Map<TransferState, Instant> reachedAt;
    private LocalDate transferOutDueOn;
    private final List<DeadlineFlag> flags;
    private final List<Transition> trail;
    private int documentCount;

    private Draft(TransferRequest from) {
      this.from = from;
      this.state = from.state;
      this.rejectionReason = from.rejectionReason;
      this.outForm = from.outForm;
      this.fundsSent = from.fundsSent;
      this.reachedAt = new EnumMap<>(TransferState.class);
      this.reachedAt.putAll(from.reachedAt);
      this.transferOutDueOn = from.transferOutDueOn;
      this.flags = new ArrayList<>(from.flags);
      this.trail = new ArrayList<>(from.trail);
      this.documentCount = from.documentCount;
    }

    private TransferRequest build(Instant modifiedAt, boolean newVersion) {
      return new TransferRequest(from.id, from.workerId, from.applicant, from.workerAccount, from.transferOut,
          from.transferIn, from.reason, from.contributions, state, rejectionReason, outForm, fundsSent, reachedAt,
          transferOutDueOn, from.overallDueOn, flags, trail, documentCount, newVersion ? from.version + 1 : from.version,
          modifiedAt);
    }
  }

  @Override
  public String toString() {
    return "TransferRequest[id=" + id + ", state=" + state + ", version=" + version + "]";
  }
}
