package org.laborbridge.matching.domain;

import org.laborbridge.shared.time.ProgrammeClock;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Handles a registered or changed worker: puts them into the candidate pools their preferences call for
 * ({@link IndexCandidate}), then finds the open jobs they fit (the other direction of {@link MatchJob}), under the
 * same hard constraints and score, and makes one match and one push for each job that still has a place among
 * its K.
 *
 * <p>The worker reads the open-jobs pools of their provinces (all nine when they go anywhere) and minor groups,
 * nothing else: the jobs read grow with the open jobs that could fit, not with all jobs. A job past its last valid
 * day is skipped as it is read. Nothing happens for a worker without consent, or for an old message overtaken by a
 * newer one (the newer one does the matching). A repeated message makes no second match and no second push, and
 * finishes the pushes of matches a run cut short had made but not yet queued.
 */
public final class MatchWorker {

  /**
   * What one run did, and what it cost, for the log line and benchmarks.
   *
   * @param jobsRead items read from the open-jobs pools
   * @param eligible open jobs whose every hard constraint the worker meets
   * @param full eligible jobs that had no place left (K matches), or had changed since they were read
   * @param readCapacityUnits read capacity consumed by the run's queries (pools and the worker's matches)
   */
  public record Result(IndexCandidate.Outcome indexed, int matchesCreated, int jobsRead, int eligible, int full,
      int pushesRequested, double readCapacityUnits) {}

  private final IndexCandidate indexCandidate;
  private final OpenJobIndex openJobs;
  private final MatchStore matches;
  private final Matchmaker matchmaker;
  private final ProgrammeClock clock;

  public MatchWorker(IndexCandidate indexCandidate, OpenJobIndex openJobs, MatchStore matches, PushRequests pushes,
      ProgrammeClock clock, int topK) {
    // A top K below 1 is refused by the Matchmaker built below.
    this.indexCandidate = indexCandidate;
    this.openJobs = openJobs;
    this.matches = matches;
    this.matchmaker = new Matchmaker(matches, pushes, topK);
    this.clock = clock;
  }

  public Result match(CandidateProfile worker) {
    // Pooled first, jobs read after: a job listed meanwhile that this read misses reads the pool and finds them.
    IndexCandidate.Outcome indexed = indexCandidate.index(worker);
    if (indexed == IndexCandidate.Outcome.STALE || !worker.consented()) {
      return new Result(indexed, 0, 0, 0, 0, 0, 0);
    }
    LocalDate today = clock.today();
    OpenJobIndex.JobsRead open = openJobs.read(worker.jobPools());
    List<RankedJob> ranked = Ranking.rankJobs(worker, open.jobs(), today);
    if (ranked.isEmpty()) {
      return new Result(indexed, 0, open.jobs().size(), 0, 0, 0, open.readUnits());
    }
    MatchStore.WorkerMatches before = matches.ofWorker(worker.workerId());
    Map<String, Match> matchedBefore = before.matches().stream()
        .collect(Collectors.toMap(Match::jobId, Function.identity(), (a, b) -> a));

    List<PushRequests.PushRequest> toPush = new ArrayList<>();
    int created = 0;
    int full = 0;
    Instant now = clock.now();
    for (RankedJob fit : ranked) {
      Match earlier = matchedBefore.get(fit.job().jobId());
      if (earlier != null) {
        if (!earlier.pushRequested()) {
          toPush.add(new PushRequests.PushRequest(earlier, fit.job(), worker));
        }
        continue;
      }
      Match match = Match.made(worker, fit.job(), fit.score(), now);
      switch (matchmaker.make(match)) {
        case CREATED -> {
          created++;
          toPush.add(new PushRequests.PushRequest(match, fit.job(), worker));
        }
        // The job's own run (or a repeat of this message) made it a moment ago, and pushes it.
        case ALREADY_MATCHED -> { }
        case NO_PLACE -> full++;
      }
    }
    matchmaker.push(toPush);
    return new Result(indexed, created, open.jobs().size(), ranked.size(), full, toPush.size(),
        open.readUnits() + before.readUnits());
  }
}
