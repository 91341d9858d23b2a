package org.laborbridge.push.domain;

import org.laborbridge.shared.access.Actor;
import org.laborbridge.shared.paging.Page;
import org.laborbridge.shared.paging.PageRequest;
import org.laborbridge.shared.problem.Forbidden;
import org.laborbridge.shared.problem.NotFound;
import org.laborbridge.shared.time.ProgrammeClock;

import java.util.List;
import java.util.Optional;

/**
 * A worker's inbox: the jobs pushed to them, newest first; the worker marks what they have read. The worker's
 * own account reads and marks; staff of the worker's home region read.
 */
public final class ReadInbox {

  private final InboxStore inbox;
  private final ProgrammeClock clock;

  public ReadInbox(InboxStore inbox, ProgrammeClock clock) {
    this.inbox = inbox;
    this.clock = clock;
  }

  /** A worker nothing was ever pushed to has an empty inbox, whoever asks: there is nothing to protect or show. */
  public Page<InboxEntry> inbox(String workerId, Actor actor, boolean unreadOnly, PageRequest page) {
    Optional<WorkerAccess> access = Ids.isRecordId(workerId) ? inbox.worker(workerId) : Optional.empty();
    if (access.isEmpty()) {
      return new Page<>(List.of(), Optional.empty());
    }
    if (!access.get().readableBy(actor)) {
      throw new Forbidden("only the worker and staff of the worker's home region may read this inbox");
    }
    return inbox.inbox(workerId, unreadOnly, page);
  }

  /** Idempotent: reading twice keeps the first reading time. */
  public InboxEntry markRead(String workerId, String jobId, Actor actor) {
    if (!Ids.isRecordId(workerId) || !Ids.isRecordId(jobId)) {
      throw new NotFound("inbox entry", "with those ids");
    }
    WorkerAccess access = inbox.worker(workerId).orElseThrow(() -> new NotFound("inbox entry", workerId + "/" + jobId));
    if (!access.ownedBy(actor)) {
      throw new Forbidden("only the worker may mark their inbox read");
    }
    ReachEntry reach = inbox.reach(jobId, workerId)
        .filter(r -> r.status() == ReachStatus.PUSHED && r.pushedAt().isPresent())
        .orElseThrow(() -> new NotFound("inbox entry", workerId + "/" + jobId));
    return inbox.markRead(workerId, jobId, reach.pushedAt().get(), clock.now())
        .orElseThrow(() -> new NotFound("inbox entry", workerId + "/" + jobId));
  }
}
