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

  private static String reachKey(PushTopic topic, String workerId) {
    return topic.kind() + "/" + topic.id() + "/" + workerId;
  }

  private static String entryKey(String workerId, Instant pushedAt, PushTopic topic) {
    return workerId + "/" + pushedAt + "/" + topic.entryId();
  }

  @Override
  public synchronized void rememberWorker(Recipient worker) {
    workers.put(worker.id(), new WorkerAccess(worker.id(), worker.homeRegion(), worker.ownerSubject()));
  }

  @Override
  public synchronized void rememberJob(JobAccess job) {
    jobs.put(job.jobId(), job);
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
  public synchronized Optional<ReachEntry> reach(PushTopic topic, String workerId) {
    return Optional.ofNullable(reach.get(reachKey(topic, workerId)));
  }

  @Override
  public synchronized void markDeferred(WorkerPush push, Instant until) {
    ReachEntry existing = reach.get(reachKey(push.topic(), push.workerId()));
    if (existing == null || existing.status() == ReachStatus.DEFERRED) {
      putReach(push, existing, ReachStatus.DEFERRED, Optional.empty(), Optional.of(until));
    }
  }

  @Override
  public synchronized void markExpired(WorkerPush push) {
    ReachEntry existing = reach.get(reachKey(push.topic(), push.workerId()));
    if (existing == null || existing.status() != ReachStatus.PUSHED) {
      putReach(push, existing, ReachStatus.EXPIRED, Optional.empty(), Optional.empty());
    }
  }

  @Override
  public synchronized Instant markPushed(WorkerPush push, Instant now) {
    ReachEntry existing = reach.get(reachKey(push.topic(), push.workerId()));
    Instant pushedAt = existing != null && existing.pushedAt().isPresent() ? existing.pushedAt().get() : now;
    putReach(push, existing, ReachStatus.PUSHED, Optional.of(pushedAt), Optional.empty());
    return pushedAt;
  }

  private void putReach(WorkerPush push, ReachEntry existing, ReachStatus status, Optional<Instant> pushedAt,
      Optional<Instant> deferredUntil) {
    reach.put(reachKey(push.topic(), push.workerId()), new ReachEntry(push.topic(), push.workerId(),
        push.worker().homeRegion(), status, pushedAt, deferredUntil, existing != null && existing.read()));
  }

  @Override
  public synchronized boolean addToInbox(WorkerPush push, Instant pushedAt) {
    String key = entryKey(push.workerId(), pushedAt, push.topic());
    if (entries.containsKey(key)) {
      return false;
    }
    entries.put(key, new InboxEntry(push.workerId(), push.topic(), pushedAt, push.content(), false, Optional.empty()));
    return true;
  }

  @Override
  public synchronized Page<InboxEntry> inbox(String workerId, boolean unreadOnly, Optional<PushTopic.Kind> kind,
      PageRequest page) {
    List<InboxEntry> all = entries.values().stream().filter(e -> e.workerId().equals(workerId))
        .filter(e -> !unreadOnly || !e.read())
        .filter(e -> kind.map(k -> e.topic().kind() == k).orElse(true))
        .sorted(Comparator.comparing(InboxEntry::pushedAt).thenComparing(e -> e.topic().entryId()).reversed()).toList();
    int from = page.cursor().map(Integer::parseInt).orElse(0);
    int to = Math.min(all.size(), from + page.limit());
    return new Page<>(all.subList(from, to), to < all.size() ? Optional.of(Integer.toString(to)) : Optional.empty());
  }

  @Override
  public synchronized Optional<InboxEntry> markRead(String workerId, PushTopic topic, Instant pushedAt, Instant now) {
    String key = entryKey(workerId, pushedAt, topic);
    InboxEntry entry = entries.get(key);
    if (entry == null) {
      return Optional.empty();
    }
    InboxEntry read = entry.readOn(now);
    entries.put(key, read);
    ReachEntry r = reach.get(reachKey(topic, workerId));
    reach.put(reachKey(topic, workerId), new ReachEntry(topic, workerId, r.homeRegion(), r.status(), r.pushedAt(),
        r.deferredUntil(), true));
    return Optional.of(read);
  }

  @Override
  public synchronized JobReach jobReach(String jobId, PageRequest page) {
    List<ReachEntry> all = reach.values().stream().filter(r -> r.topic().equals(PushTopic.job(jobId))).toList();
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
