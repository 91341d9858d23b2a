package org.laborbridge.push.domain;

import org.laborbridge.shared.paging.Page;
import org.laborbridge.shared.paging.PageRequest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Inboxes, reach and access records in memory, with the same idempotence as the DynamoDB store. */
class InMemoryInboxStore implements InboxStore {

  final Map<String, WorkerAccess> workers = new TreeMap<>();
  final Map<String, JobAccess> jobs = new TreeMap<>();
  final Map<String, ReachEntry> reach = new TreeMap<>();
  final Map<String, InboxEntry> entries = new TreeMap<>();

  @Override
  public synchronized void rememberWorker(Recipient worker) {
    workers.put(worker.id(), new WorkerAccess(worker.id(), worker.homeRegion(), worker.ownerSubject()));
  }

  @Override
  public synchronized void rememberJob(String jobId, JobSummary job) {
    jobs.put(jobId, new JobAccess(jobId, job.region(), job.postedBy()));
  }

  @Override
  public synchronized Optional<WorkerAccess> worker(String workerId) {
    return Optional.ofNullable(workers.get(workerId));
  }

  @Override
  public synchronized Optional<JobAccess> job(String jobId) {
    return Optional.ofNullable(jobs.get(jobId));
  }

  @Override
  public synchronized Optional<ReachEntry> reach(String jobId, String workerId) {
    return Optional.ofNullable(reach.get(jobId + "/" + workerId));
  }

  @Override
  public synchronized void markDeferred(PushRequest push, Instant until) {
    ReachEntry existing = reach.get(push.jobId() + "/" + push.workerId());
    if (existing == null || existing.status() == ReachStatus.DEFERRED) {
      reach.put(push.jobId() + "/" + push.workerId(), new ReachEntry(push.jobId(), push.workerId(), push.worker().homeRegion(),
          ReachStatus.DEFERRED, Optional.empty(), Optional.of(until), existing != null && existing.read()));
    }
  }

  @Override
  public synchronized void markExpired(PushRequest push) {
    ReachEntry existing = reach.get(push.jobId() + "/" + push.workerId());
    if (existing == null || existing.status() != ReachStatus.PUSHED) {
      reach.put(push.jobId() + "/" + push.workerId(), new ReachEntry(push.jobId(), push.workerId(), push.worker().homeRegion(),
          ReachStatus.EXPIRED, Optional.empty(), Optional.empty(), existing != null && existing.read()));
    }
  }

  @Override
  public synchronized Instant markPushed(PushRequest push, Instant now) {
    ReachEntry existing = reach.get(push.jobId() + "/" + push.workerId());
    Instant pushedAt = existing != null && existing.pushedAt().isPresent() ? existing.pushedAt().get() : now;
    reach.put(push.jobId() + "/" + push.workerId(), new ReachEntry(push.jobId(), push.workerId(), push.worker().homeRegion(),
        ReachStatus.PUSHED, Optional.of(pushedAt), Optional.empty(), existing != null && existing.read()));
    return pushedAt;
  }

  @Override
  public synchronized boolean addToInbox(PushRequest push, Instant pushedAt) {
    String key = push.workerId() + "/" + pushedAt + "/" + push.jobId();
    if (entries.containsKey(key)) {
      return false;
    }
    entries.put(key, new InboxEntry(push.workerId(), push.jobId(), pushedAt, Optional.ofNullable(push.score()), push.reasons(),
        push.job(), false, Optional.empty()));
    return true;
  }

  @Override
  public synchronized Page<InboxEntry> inbox(String workerId, boolean unreadOnly, PageRequest page) {
    List<InboxEntry> all = entries.values().stream().filter(e -> e.workerId().equals(workerId))
        .filter(e -> !unreadOnly || !e.read())
        .sorted(Comparator.comparing(InboxEntry::pushedAt).thenComparing(InboxEntry::jobId).reversed()).toList();
    int from = page.cursor().map(Integer::parseInt).orElse(0);
    int to = Math.min(all.size(), from + page.limit());
    return new Page<>(all.subList(from, to), to < all.size() ? Optional.of(Integer.toString(to)) : Optional.empty());
  }

  @Override
  public synchronized Optional<InboxEntry> markRead(String workerId, String jobId, Instant pushedAt, Instant now) {
    String key = workerId + "/" + pushedAt + "/" + jobId;
    InboxEntry entry = entries.get(key);
    if (entry == null) {
      return Optional.empty();
    }
    InboxEntry read = new InboxEntry(workerId, jobId, pushedAt, entry.score(), entry.reasons(), entry.job(), true,
        Optional.of(entry.readAt().orElse(now)));
    entries.put(key, read);
    ReachEntry r = reach.get(jobId + "/" + workerId);
    reach.put(jobId + "/" + workerId, new ReachEntry(jobId, workerId, r.homeRegion(), r.status(), r.pushedAt(), r.deferredUntil(), true));
    return Optional.of(read);
  }

  @Override
  public synchronized JobReach jobReach(String jobId, PageRequest page) {
    List<ReachEntry> all = reach.values().stream().filter(r -> r.jobId().equals(jobId)).toList();
    int deferred = (int) all.stream().filter(r -> r.status() == ReachStatus.DEFERRED).count();
    int expired = (int) all.stream().filter(r -> r.status() == ReachStatus.EXPIRED).count();
    int read = (int) all.stream().filter(ReachEntry::read).count();
    int from = page.cursor().map(Integer::parseInt).orElse(0);
    int to = Math.min(all.size(), from + page.limit());
    return new JobReach(jobId, deferred, all.size() - deferred - expired, expired, read,
        new Page<>(all.subList(from, to), to < all.size() ? Optional.of(Integer.toString(to)) : Optional.empty()));
  }

  synchronized List<InboxEntry> inboxOf(String workerId) {
    return new ArrayList<>(inbox(workerId, false, PageRequest.first(100)).items());
  }
}
