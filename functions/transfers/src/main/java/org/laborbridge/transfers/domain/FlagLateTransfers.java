package org.laborbridge.transfers.domain;

import org.laborbridge.shared.time.ProgrammeClock;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The daily deadline check. Transfers still due sit in a deadline index under the day they fall due; the check
 * reads the days that have passed since its last run (usually one), and flags each transfer it finds: first the
 * notices to staff (ids derived from the transfer and the deadline, so a repeat delivers nothing twice), then the
 * flag, which also takes the transfer out of the index. Running twice, or after a crash, flags nothing twice.
 */
public final class FlagLateTransfers {

  /** The very first run looks this far back. */
  static final int FIRST_RUN_LOOKBACK_DAYS = 60;
  /** A run reads at most this many days; the rest the next day. */
  static final int MAX_DAYS_PER_RUN = 400;

  private final TransferStore transfers;
  private final Notices notices;
  private final TransferActivity activity;
  private final ProgrammeClock clock;

  public FlagLateTransfers(TransferStore transfers, Notices notices, ProgrammeClock clock) {
    this(transfers, notices, TransferActivity.NONE, clock);
  }

  public FlagLateTransfers(TransferStore transfers, Notices notices, TransferActivity activity, ProgrammeClock clock) {
    this.transfers = transfers;
    this.notices = notices;
    this.activity = activity;
    this.clock = clock;
  }

  /** @param checkedThrough the last due day gone through: everything due by then and still open is flagged */
  public record Checked(int flagged, int daysRead, LocalDate checkedThrough) {}

  public Checked run() {
    LocalDate today = clock.today();
    // A deadline is met until the end of its day: what fell due yesterday or before is late today.
    LocalDate through = today.minusDays(1);
    LocalDate day = transfers.deadlinesCheckedThrough().map(d -> d.plusDays(1))
        .orElse(today.minusDays(FIRST_RUN_LOOKBACK_DAYS));
    int flagged = 0;
    int daysRead = 0;
    LocalDate last = day.minusDays(1);
    for (; !day.isAfter(through) && daysRead < MAX_DAYS_PER_RUN; day = day.plusDays(1), daysRead++) {
      for (DeadlineFlag.Deadline deadline : DeadlineFlag.Deadline.values()) {
        for (String id : transfers.dueOn(deadline, day)) {
          if (flag(id, deadline, day)) {
            flagged++;
          }
        }
      }
      last = day;
    }
    if (daysRead > 0) {
      transfers.markDeadlinesChecked(last);
    }
    return new Checked(flagged, daysRead, last);
  }

  private boolean flag(String id, DeadlineFlag.Deadline deadline, LocalDate dueOn) {
    for (int attempt = 1; attempt <= ProgressTransfer.ATTEMPTS; attempt++) {
      Optional<TransferRequest> found = transfers.find(id);
      if (found.isEmpty() || found.get().watchedDueOn(deadline).isEmpty()) {
        return false;
      }
      TransferRequest transfer = found.get();
      Instant now = clock.now();
      DeadlineFlag flag = new DeadlineFlag(deadline, dueOn, now);
      for (TransferSide side : toldOf(transfer, deadline)) {
        notices.send(TransferNotices.overdue(transfer, flag, side));
      }
      if (transfers.replace(transfer.flagged(flag), transfer.version())) {
        activity.flaggedLate(transfer, flag);
        return true;
      }
    }
    return false;
  }

  /** The transfer-in office runs the case; a late transfer-out side is told too. */
  private static List<TransferSide> toldOf(TransferRequest transfer, DeadlineFlag.Deadline deadline) {
    return deadline == DeadlineFlag.Deadline.TRANSFER_OUT ? List.of(transfer.transferIn(), transfer.transferOut())
        : List.of(transfer.transferIn());
  }
}
