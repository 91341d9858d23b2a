package org.laborbridge.transfers.store;

import org.laborbridge.platform.counters.ActivityCounters;
import org.laborbridge.platform.counters.Metrics;
import org.laborbridge.transfers.domain.DeadlineFlag;
import org.laborbridge.transfers.domain.TransferActivity;
import org.laborbridge.transfers.domain.TransferRequest;
import org.laborbridge.transfers.domain.TransferState;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Transfers by the state they enter, counted in the transfer-in region (which runs the case); on completion also the
 * days it took since submission, so a report divides the sum by the completions for the average.
 */
public final class CountedTransferActivity implements TransferActivity {

  private final ActivityCounters counters;

  public CountedTransferActivity(ActivityCounters counters) {
    this.counters = counters;
  }

  @Override
  public void entered(TransferRequest transfer) {
    Instant at = transfer.reachedAt().get(transfer.state());
    Map<String, Long> metrics = new HashMap<>();
    metrics.put(Metrics.TRANSFERS_ENTERED + transfer.state().name(), 1L);
    Instant submitted = transfer.reachedAt().get(TransferState.SUBMITTED);
    if (transfer.state() == TransferState.COMPLETED && submitted != null) {
      metrics.put(Metrics.TRANSFER_DAYS_TO_COMPLETE, Duration.between(submitted, at).toDays());
    }
    counters.add(at, transfer.transferIn().region().code(), metrics);
  }

  @Override
  public void flaggedLate(TransferRequest transfer, DeadlineFlag flag) {
    counters.add(flag.flaggedAt(), transfer.transferIn().region().code(), Map.of(Metrics.TRANSFERS_OVERDUE, 1L));
  }
}
