package org.laborbridge.jobs.domain;

import org.laborbridge.shared.paging.Page;
import org.laborbridge.shared.paging.PageRequest;

import org.laborbridge.shared.identity.OccupationCode;
import org.laborbridge.shared.problem.InvalidValue;
import org.laborbridge.shared.problem.NotFound;
import org.laborbridge.shared.region.Region;
import org.laborbridge.shared.time.ProgrammeClock;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Reads jobs: one by id, a region's list, and the changes feed partners sync from. */
public final class FindJobs {

  private final JobStore jobs;
  private final ProgrammeClock clock;

  public FindJobs(JobStore jobs, ProgrammeClock clock) {
    this.jobs = jobs;
    this.clock = clock;
  }

  public JobPosting byId(String id) {
    return jobs.find(id).orElseThrow(() -> new NotFound("job", id));
  }

  public Page<JobPosting> inRegion(Region region, JobStatus status, Optional<OccupationCode> occupation, PageRequest page) {
    return jobs.list(region, status, occupation, clock.today(), page);
  }

  /** How far back the feed reaches: partners sync often; a first full copy comes from the region lists. */
  static final Duration FEED_REACH = Duration.ofDays(366);

  public Page<JobPosting> changedSince(Instant since, PageRequest page) {
    Instant now = clock.now();
    if (since.isBefore(now.minus(FEED_REACH))) {
      throw new InvalidValue("since", "must be within the last year; list jobs by region for older ones");
    }
    return jobs.changedSince(since, now, page);
  }
}
