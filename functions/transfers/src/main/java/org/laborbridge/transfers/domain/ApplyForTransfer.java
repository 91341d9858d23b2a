package org.laborbridge.transfers.domain;

import org.laborbridge.shared.problem.Conflict;
import org.laborbridge.shared.problem.Forbidden;
import org.laborbridge.shared.problem.NotFound;
import org.laborbridge.shared.problem.Rejected;
import org.laborbridge.shared.time.ProgrammeClock;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A worker (or staff on their behalf) applies at the transfer-in region. One open transfer per worker: the
 * worker's open slot is taken before the transfer is written, so two applications racing cannot both be open.
 */
public final class ApplyForTransfer {

  /** A slot whose transfer never got written (its writer died) is free again after this long. */
  static final Duration UNFINISHED_SLOT = Duration.ofMinutes(1);

  private final TransferStore transfers;
  private final WorkerDirectory workers;
  private final Deadlines deadlines;
  private final TransferActivity activity;
  private final ProgrammeClock clock;

  public ApplyForTransfer(TransferStore transfers, WorkerDirectory workers, Deadlines deadlines, ProgrammeClock clock) {
    this(transfers, workers, deadlines, TransferActivity.NONE, clock);
  }

  public ApplyForTransfer(TransferStore transfers, WorkerDirectory workers, Deadlines deadlines,
      TransferActivity activity, ProgrammeClock clock) {
    this.transfers = transfers;
    this.workers = workers;
    this.deadlines = deadlines;
    this.activity = activity;
    this.clock = clock;
  }

  public record Application(String workerId, TransferSide transferOut, TransferSide transferIn, TransferReason reason,
      ContributionSummary contributions) {}

  public record Applied(TransferRequest transfer, boolean repeated) {}

  /** @param idempotencyKey the caller's Idempotency-Key, scoped to the caller: a retry returns the first transfer */
  public Applied apply(Application application, By by, Optional<String> idempotencyKey) {
    if (application.transferOut().region().sameProvinceAs(application.transferIn().region())) {
      throw new Rejected("both sides are in region " + application.transferIn().region().code()
          + ": moves inside one province need no transfer");
    }
    WorkerDirectory.WorkerRef worker = workers.find(application.workerId())
        .orElseThrow(() -> new NotFound("worker", application.workerId()));
    mayApplyFor(worker, application, by);

    String id = idempotencyKey.map(key -> Ids.derivedFrom("transfer", by.kind().name(), by.id(), key)).orElseGet(Ids::random);
    Optional<TransferRequest> earlier = transfers.find(id);
    if (earlier.isPresent()) {
      return repeated(earlier.get(), application);
    }
    Instant now = clock.now();
    holdOpenSlot(worker.id(), id, now);
    TransferRequest transfer = TransferRequest.submitted(id, worker.id(), by, worker.ownAccount().orElse(null),
        application.transferOut(), application.transferIn(), application.reason(), application.contributions(),
        deadlines.overallDue(clock.today()), now);
    if (!transfers.insert(transfer)) {
      // The same key, racing: the first one written is the answer.
      return repeated(transfers.find(id).orElseThrow(), application);
    }
    activity.entered(transfer);
    return new Applied(transfer, false);
  }

  private static void mayApplyFor(WorkerDirectory.WorkerRef worker, Application application, By by) {
    boolean self = by.kind() == By.Kind.WORKER && worker.ownAccount().map(by.id()::equals).orElse(false);
    // Staff of the worker's home region, or of the region the worker applies at (the transfer-in office).
    boolean staff = by.kind() == By.Kind.STAFF && (by.speaksFor(worker.homeRegion())
        || by.speaksFor(application.transferIn().region()));
    if (!self && !staff) {
      throw new Forbidden("only the worker's own account, or staff of the worker's home region or of the transfer-in "
          + "region, may apply for this worker");
    }
  }

  private static Applied repeated(TransferRequest earlier, Application application) {
    if (!earlier.workerId().equals(application.workerId())) {
      throw new Conflict("this Idempotency-Key was already used for another application");
    }
    return new Applied(earlier, true);
  }

  private void holdOpenSlot(String workerId, String transferId, Instant now) {
    Optional<TransferStore.OpenSlot> holder = transfers.claimOpenSlot(workerId, transferId, now);
    if (holder.isEmpty()) {
      return;
    }
    String holderId = holder.get().transferId();
    Optional<TransferRequest> holding = transfers.find(holderId);
    boolean stillOpen = holding.map(t -> t.state().open())
        .orElse(holder.get().claimedAt().plus(UNFINISHED_SLOT).isAfter(now));
    if (stillOpen || !transfers.takeOverOpenSlot(workerId, holderId, transferId, now)) {
      throw new Conflict("the worker already has an open transfer request", Map.of("existingId", holderId));
    }
  }
}
