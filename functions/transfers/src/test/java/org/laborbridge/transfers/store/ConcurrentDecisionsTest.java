package org.laborbridge.transfers.store;

import org.junit.jupiter.api.Test;
import org.laborbridge.localaws.LocalAws;
import org.laborbridge.localaws.junit.LocalAwsTest;
import org.laborbridge.localaws.provision.ProvisionedStack;
import org.laborbridge.shared.problem.Conflict;
import org.laborbridge.shared.region.CountyCode;
import org.laborbridge.shared.region.Region;
import org.laborbridge.shared.time.ProgrammeClock;
import org.laborbridge.shared.time.SettableClock;
import org.laborbridge.transfers.domain.By;
import org.laborbridge.transfers.domain.Deadlines;
import org.laborbridge.transfers.domain.ProgressTransfer;
import org.laborbridge.transfers.domain.TransferReason;
import org.laborbridge.transfers.domain.TransferRequest;
import org.laborbridge.transfers.domain.TransferSide;
import org.laborbridge.transfers.domain.TransferState;
import org.laborbridge.transfers.domain.TransferStore;
import org.laborbridge.transfers.domain.WorkingCalendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/**
 * Two staff members of the transfer-in region decide at the same moment, one to accept and one to reject: both read
 * the same version (a barrier holds them until both have), both write, and the table lets exactly one win.
 */
@LocalAwsTest
class ConcurrentDecisionsTest {

  private static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");

  @Test
  void of_two_concurrent_decisions_exactly_one_wins_and_the_other_is_refused(LocalAws aws, ProvisionedStack stack)
      throws Exception {
    DynamoTransferStore dynamo = new DynamoTransferStore(aws.dynamoDb(), stack.tableName("TransfersTable"));
    SqsNotices notices = new SqsNotices(aws.sqs(), stack.queueUrl("PushQueue"));
    ProgrammeClock clock = new ProgrammeClock(new SettableClock(NOW));
    Deadlines deadlines = new Deadlines(WorkingCalendar.weekdaysOnly(), 5, 30);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 6; round++) {
        TransferRequest transfer = submitted();
        assertEquals(true, dynamo.insert(transfer));
        TransferStore gated = new ReadTogether(dynamo, new CyclicBarrier(2));
        ProgressTransfer progress = new ProgressTransfer(gated, notices, deadlines, clock);

        Future<ProgressTransfer.Moved> accept = pool.submit(() ->
            progress.accept(transfer.id(), By.staff("staff-33-a", Region.ZHEJIANG), null));
        Future<ProgressTransfer.Moved> reject = pool.submit(() ->
            progress.reject(transfer.id(), By.staff("staff-33-b", Region.ZHEJIANG), "no contract on file"));

        List<Object> outcomes = new ArrayList<>();
        for (Future<ProgressTransfer.Moved> decision : List.of(accept, reject)) {
          try {
            outcomes.add(decision.get(20, TimeUnit.SECONDS).transfer().state());
          } catch (java.util.concurrent.ExecutionException refused) {
            outcomes.add(refused.getCause());
          }
        }
        long winners = outcomes.stream().filter(o -> o instanceof TransferState).count();
        assertEquals(1, winners, () -> "exactly one decision wins: " + outcomes);
        Object loser = outcomes.stream().filter(o -> !(o instanceof TransferState)).findFirst().orElseThrow();
        assertInstanceOf(Conflict.class, loser, () -> "the other is refused as a conflict: " + loser);

        TransferRequest stored = dynamo.find(transfer.id()).orElseThrow();
        TransferState winner = (TransferState) outcomes.stream().filter(o -> o instanceof TransferState).findFirst().orElseThrow();
        assertEquals(winner, stored.state());
        long decisions = stored.trail().stream()
            .filter(t -> t.to() == TransferState.ACCEPTED || t.to() == TransferState.REJECTED).count();
        assertEquals(1, decisions, "one decision on the trail");
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static TransferRequest submitted() {
    return TransferRequest.submitted(UUID.randomUUID().toString(), UUID.randomUUID().toString(), By.worker("account-x"),
        "account-x", new TransferSide(Region.SICHUAN, CountyCode.parse("512000"), null),
        new TransferSide(Region.ZHEJIANG, CountyCode.parse("330100"), null), TransferReason.INSURED_NEW_JOB_ELSEWHERE,
        null, LocalDate.of(2027, 1, 11), NOW);
  }

  /** Holds each decision's first read until the other has read too, so both decide on the same version. */
  private static final class ReadTogether implements TransferStore {
    private final TransferStore store;
    private final CyclicBarrier barrier;
    private final ThreadLocal<Boolean> waited = ThreadLocal.withInitial(() -> false);

    ReadTogether(TransferStore store, CyclicBarrier barrier) {
      this.store = store;
      this.barrier = barrier;
    }

    @Override
    public Optional<TransferRequest> find(String id) {
      Optional<TransferRequest> found = store.find(id);
      if (!waited.get()) {
        waited.set(true);
        try {
          barrier.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
          throw new IllegalStateException("the other decision never came", e);
        }
      }
      return found;
    }

    @Override
    public boolean insert(TransferRequest transfer) {
      return store.insert(transfer);
    }

    @Override
    public boolean replace(TransferRequest next, long expectedVersion) {
      return store.replace(next, expectedVersion);
    }

    @Override
    public Optional<OpenSlot> claimOpenSlot(String workerId, String transferId, Instant now) {
      return store.claimOpenSlot(workerId, transferId, now);
    }

    @Override
    public boolean takeOverOpenSlot(String workerId, String staleTransferId, String transferId, Instant now) {
      return store.takeOverOpenSlot(workerId, staleTransferId, transferId, now);
    }

    @Override
    public void releaseOpenSlot(String workerId, String transferId) {
      store.releaseOpenSlot(workerId, transferId);
    }

    @Override
    public List<String> dueOn(org.laborbridge.transfers.domain.DeadlineFlag.Deadline deadline, LocalDate day) {
      return store.dueOn(deadline, day);
    }

    @Override
    public Optional<LocalDate> deadlinesCheckedThrough() {
      return store.deadlinesCheckedThrough();
    }

    @Override
    public void markDeadlinesChecked(LocalDate through) {
      store.markDeadlinesChecked(through);
    }
  }
}
