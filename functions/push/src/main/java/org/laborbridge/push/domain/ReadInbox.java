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
 * A worker's inbox: the jobs and campaign messages pushed to them, newest first; the worker marks what they have
 * read. The worker's own account reads and marks; staff of the worker's home region read.
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
    return inbox(workerId, actor, unreadOnly, Optional.empty(), page);
  }

  /** Only jobs, or only campaign messages, when {@code kind} says so. */
  public Page<InboxEntry> inbox(String workerId, Actor actor, boolean unreadOnly, Optional<PushTopic.Kind> kind,
      PageRequest page) {
    Optional<WorkerAccess> access = Ids.isRecordId(workerId) ? inbox.worker(workerId) : Optional.empty();
    if (access.isEmpty()) {
      return new Page<>(List.of(), Optional.empty());
    }
    if (!access.get().readableBy(actor)) {
      throw new Forbidden("only the worker and staff of the worker's home region may read this inbox");
    }
    return inbox.inbox(workerId, unreadOnly, kind, page);
  }

  /**
   * Idempotent: reading twice keeps the first reading time. {@code entryId} is the entry's id as the inbox shows it:
   * a job id, or {@code campaign:<messageId>}.
   */
  public InboxEntry markRead(String workerId, String entryId, Actor actor) {
    Optional<PushTopic> topic = PushTopic.ofEntryId(entryId);
    if (!Ids.isRecordId(workerId) || topic.isEmpty()) {
      throw new NotFound("inbox entry", "with those ids");
    }
    WorkerAccess access = inbox.worker(workerId).orElseThrow(() -> new NotFound("inbox entry", workerId + "/" + entryId));
    if (!access.ownedBy(actor)) {
      throw new Forbidden("only the worker may mark their inbox read");
    }
    ReachEntry reach = inbox.reach(topic.get(), workerId)
        .filter(r -> r.status() == ReachStatus.PUSHED && r.pushedAt().isPresent())
        .orElseThrow(() -> new NotFound("inbox entry", workerId + "/" + entryId));
    return inbox.markRead(workerId, topic.get(), reach.pushedAt().get(), clock.now())
        .orElseThrow(() -> new NotFound("inbox entry", workerId + "/" + entryId));
  }
}
