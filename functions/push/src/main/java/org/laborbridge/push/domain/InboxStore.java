package org.laborbridge.push.domain;

import org.laborbridge.shared.paging.Page;
import org.laborbridge.shared.paging.PageRequest;

import java.time.Instant;
import java.util.Optional;

/**
 * Workers' inboxes and the reach of jobs. Every write is idempotent: a push handled twice leaves one inbox
 * entry and one reach entry.
 */
public interface InboxStore {

  /** Keeps who may read the worker's inbox (latest push wins). */
  void rememberWorker(Recipient worker);

  /** Keeps who may see the job's reach. */
  void rememberJob(String jobId, JobSummary job);

  Optional<WorkerAccess> worker(String workerId);

  Optional<JobAccess> job(String jobId);

  /** Where the push of this job to this worker stands, if anywhere. */
  Optional<ReachEntry> reach(String jobId, String workerId);

  /** Records the push as deferred until {@code until}; leaves a push already made as it is. */
  void markDeferred(PushRequest push, Instant until);

  /** Records that a waiting push will not be made: its job stopped taking applications. Never undoes a push made. */
  void markExpired(PushRequest push);

  /** Records the push as made; returns when it was first made, which a repeat keeps. */
  Instant markPushed(PushRequest push, Instant now);

  /** Puts the job in the worker's inbox; false when it is there already. */
  boolean addToInbox(PushRequest push, Instant pushedAt);

  /** The worker's inbox, newest first, optionally only what is unread. */
  Page<InboxEntry> inbox(String workerId, boolean unreadOnly, PageRequest page);

  /** Marks the entry read (keeping the first reading time); empty when there is no such entry. */
  Optional<InboxEntry> markRead(String workerId, String jobId, Instant pushedAt, Instant now);

  /** Counts over every worker the job reached, and one page of them in worker id order. */
  JobReach jobReach(String jobId, PageRequest page);
}
