package org.laborbridge.push.api;

import org.laborbridge.push.domain.JobReach;
import org.laborbridge.push.domain.ReachEntry;

import java.util.List;

/**
 * Whom a job reached: counts over all workers, and one page of them by worker id. No names, phones or identity
 * numbers: push never has them.
 */
public record JobReachView(String jobId, Counts counts, List<WorkerReached> workers, String nextCursor) {

  /**
   * @param deferred held back by pacing, due later; @param pushed in the worker's inbox; @param expired not pushed:
   *     the job closed its applications while the push waited; @param read opened by the worker
   */
  public record Counts(int total, int deferred, int pushed, int expired, int read) {}

  public record WorkerReached(String workerId, String homeRegion, String status, String pushedAt, String deferredUntil,
      boolean read) {

    static WorkerReached of(ReachEntry entry) {
      return new WorkerReached(entry.workerId(), entry.homeRegion().code(), entry.status().name(),
          entry.pushedAt().map(Object::toString).orElse(null), entry.deferredUntil().map(Object::toString).orElse(null),
          entry.read());
    }
  }

  static JobReachView of(JobReach reach) {
    return new JobReachView(reach.jobId(), new Counts(reach.total(), reach.deferred(), reach.pushed(), reach.expired(), reach.read()),
        reach.workers().items().stream().map(WorkerReached::of).toList(), reach.workers().nextCursor().orElse(null));
  }
}
