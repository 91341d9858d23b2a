package org.laborbridge.push.domain;

import org.laborbridge.shared.paging.Page;
import org.laborbridge.shared.paging.PageRequest;

import java.time.Instant;
import java.util.Optional;

/**
 * Workers' inboxes and the reach of pushes (of jobs and of campaign messages). Every write is idempotent: a push
 * handled twice leaves one inbox entry and one reach entry.
 */
public interface InboxStore {

  /** Keeps who may read the worker's inbox (latest push wins). */
  void rememberWorker(Recipient worker);

  /** Keeps who may see the job's reach. */
  void rememberJob(JobAccess job);

  Optional<WorkerAccess> worker(String workerId);

  Optional<JobAccess> job(String jobId);

  /** Where the push of this job (or campaign message) to this worker stands, if anywhere. */
  Optional<ReachEntry> reach(PushTopic topic, String workerId);

  /** Records the push as deferred until {@code until}; leaves a push already made as it is. */
  void markDeferred(WorkerPush push, Instant until);

  /** Records that a waiting push will not be made: it waited past its last day. Never undoes a push made. */
  void markExpired(WorkerPush push);

  /** Records the push as made; returns when it was first made, which a repeat keeps. */
  Instant markPushed(WorkerPush push, Instant now);

  /** Puts the push in the worker's inbox; false when it is there already. */
  boolean addToInbox(WorkerPush push, Instant pushedAt);

  /** The worker's inbox, newest first, optionally only what is unread, and only jobs or only campaign messages. */
  Page<InboxEntry> inbox(String workerId, boolean unreadOnly, Optional<PushTopic.Kind> kind, PageRequest page);

  default Page<InboxEntry> inbox(String workerId, boolean unreadOnly, PageRequest page) {
    return inbox(workerId, unreadOnly, Optional.empty(), page);
  }

  /** Marks the entry read (keeping the first reading time); empty when there is no such entry. */
  Optional<InboxEntry> markRead(String workerId, PushTopic topic, Instant pushedAt, Instant now);

  /** Counts over every worker the job reached, and one page of them in worker id order. */
  JobReach jobReach(String jobId, PageRequest page);
}
