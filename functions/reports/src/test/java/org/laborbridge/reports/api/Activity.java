package org.laborbridge.reports.api;

import org.laborbridge.platform.counters.ActivityCounters;
import org.laborbridge.platform.counters.Metrics;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Programme activity written to the counters exactly as the owning functions write it (one ADD per thing that
 * happened, through the platform's ActivityCounters), in the words of what happened.
 */
final class Activity {

  private final ActivityCounters counters;
  private Instant at;

  Activity(ActivityCounters counters, Instant at) {
    this.counters = counters;
    this.at = at;
  }

  Activity at(Instant moment) {
    this.at = moment;
    return this;
  }

  Activity jobsPosted(String region, int jobs, int openingsEach) {
    for (int i = 0; i < jobs; i++) {
      counters.add(at, region, Map.of(Metrics.JOBS_POSTED, 1L, Metrics.OPENINGS, (long) openingsEach));
    }
    return this;
  }

  Activity jobsClosed(String region, int jobs) {
    return times(jobs, () -> counters.add(at, region, Map.of(Metrics.JOBS_CLOSED, 1L)));
  }

  Activity workersRegistered(String homeRegion, int workers, String... groups) {
    Map<String, Long> metrics = new HashMap<>(Map.of(Metrics.WORKERS_REGISTERED, 1L));
    for (String group : groups) {
      metrics.put(Metrics.WORKERS_REGISTERED_IN_GROUP + group, 1L);
    }
    return times(workers, () -> counters.add(at, homeRegion, metrics));
  }

  /** Matching: a match for a worker of one region with a job of another, and the push it made. */
  Activity matchedAndPushed(String homeRegion, String jobRegion, int matches) {
    return times(matches, () -> {
      counters.add(at, homeRegion, Map.of(Metrics.MATCHES_MADE, 1L, Metrics.PUSHES_MADE, 1L));
      counters.flow(at, homeRegion, jobRegion, Metrics.FLOW_MATCHED);
    });
  }

  Activity deliveries(String homeRegion, int succeeded, int failed) {
    times(succeeded, () -> counters.add(at, homeRegion, Map.of(Metrics.DELIVERIES_SUCCEEDED, 1L)));
    return times(failed, () -> counters.add(at, homeRegion, Map.of(Metrics.DELIVERIES_FAILED, 1L)));
  }

  Activity seatsRegistered(String fairRegion, String homeRegion, int seats) {
    return times(seats, () -> {
      counters.add(at, fairRegion, Map.of(Metrics.FAIR_REGISTRATIONS, 1L));
      counters.flow(at, homeRegion, fairRegion, Metrics.FLOW_FAIR_REGISTERED);
    });
  }

  Activity boothsRegistered(String fairRegion, int booths) {
    return times(booths, () -> counters.add(at, fairRegion, Map.of(Metrics.FAIR_REGISTRATIONS, 1L)));
  }

  Activity checkIns(String fairRegion, int people) {
    return times(people, () -> counters.add(at, fairRegion, Map.of(Metrics.FAIR_CHECK_INS, 1L)));
  }

  Activity transfersReached(String transferInRegion, String state, int transfers) {
    return times(transfers, () -> counters.add(at, transferInRegion, Map.of(Metrics.TRANSFERS_ENTERED + state, 1L)));
  }

  Activity transfersCompleted(String transferInRegion, int transfers, int daysEach) {
    return times(transfers, () -> counters.add(at, transferInRegion,
        Map.of(Metrics.TRANSFERS_ENTERED + "COMPLETED", 1L, Metrics.TRANSFER_DAYS_TO_COMPLETE, (long) daysEach)));
  }

  Activity transfersOverdue(String transferInRegion, int flags) {
    return times(flags, () -> counters.add(at, transferInRegion, Map.of(Metrics.TRANSFERS_OVERDUE, 1L)));
  }

  Activity campaignMessages(String homeRegion, int messages) {
    return times(messages, () -> counters.add(at, homeRegion, Map.of(Metrics.CAMPAIGN_MESSAGES, 1L)));
  }

  private Activity times(int n, Runnable once) {
    for (int i = 0; i < n; i++) {
      once.run();
    }
    return this;
  }
}
