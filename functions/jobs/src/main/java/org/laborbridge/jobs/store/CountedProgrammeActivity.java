package org.laborbridge.jobs.store;

import org.laborbridge.jobs.domain.JobPosting;
import org.laborbridge.jobs.domain.ProgrammeActivity;
import org.laborbridge.jobs.domain.Worker;
import org.laborbridge.platform.counters.ActivityCounters;
import org.laborbridge.platform.counters.Metrics;

import java.util.HashMap;
import java.util.Map;

/** Jobs posted and closed (with their openings) by the job's region, workers registered by their home region and group. */
public final class CountedProgrammeActivity implements ProgrammeActivity {

  private final ActivityCounters counters;

  public CountedProgrammeActivity(ActivityCounters counters) {
    this.counters = counters;
  }

  @Override
  public void jobPosted(JobPosting job) {
    counters.add(job.createdAt(), job.details().location().region().code(),
        Map.of(Metrics.JOBS_POSTED, 1L, Metrics.OPENINGS, (long) job.details().openings()));
  }

  @Override
  public void jobClosed(JobPosting job) {
    counters.add(job.closedAt() == null ? job.modifiedAt() : job.closedAt(), job.details().location().region().code(),
        Map.of(Metrics.JOBS_CLOSED, 1L));
  }

  @Override
  public void workerRegistered(Worker worker) {
    Map<String, Long> metrics = new HashMap<>();
    metrics.put(Metrics.WORKERS_REGISTERED, 1L);
    worker.preferences().priorityGroups().forEach(group ->
        metrics.put(Metrics.WORKERS_REGISTERED_IN_GROUP + group.name(), 1L));
    counters.add(worker.createdAt(), worker.homeCounty().region().code(), metrics);
  }
}
