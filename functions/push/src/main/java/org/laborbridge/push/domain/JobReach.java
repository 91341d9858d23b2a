package org.laborbridge.push.domain;

import org.laborbridge.shared.paging.Page;

import java.util.List;
import java.util.Optional;

/** Whom a job reached: counts over every worker, and one page of the workers themselves. */
public record JobReach(String jobId, int deferred, int pushed, int expired, int read, Page<ReachEntry> workers) {

  public int total() {
    return deferred + pushed + expired;
  }

  public static JobReach none(String jobId) {
    return new JobReach(jobId, 0, 0, 0, 0, new Page<>(List.of(), Optional.empty()));
  }
}
