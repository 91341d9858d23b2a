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
 * Finds the workers for a posted or changed job: lists the job among the open jobs (so that workers who register
 * later find it), reads the job's two candidate pools, keeps those who meet every hard constraint, ranks them,
 * makes matches for the best until the job has its top K, and asks for one push per new match.
 *
 * <p>Every job message, {@code job.closed} included, first records the job's version, so that an older message
 * overtaken by a newer one (a {@code job.updated} arriving after {@code job.closed}) matches nobody and lists
 * nothing. A job has at most K matches in all, however they arrive: each takes a place on the job's count first
 * ({@link Matchmaker}). A rerun (a repeated message or {@code job.updated}) makes matches only for workers not
 * matched before, and only while the job has fewer than K; it also finishes pushes that a run cut short had not
 * yet queued (the push id follows from job and worker, so that cannot push twice).
 *
 * <p>The job is listed before the pools are read, and a worker is pooled before their jobs are read
 * ({@link MatchWorker}): of a job and a worker arriving at the same moment, at least one sees the other.
 */
public final class MatchJob {

  public static final int DEFAULT_TOP_K = 50;

  public enum Outcome {
    MATCHED,
    /** Closed or past its last valid day: nobody new gets it. */
    JOB_NOT_OPEN,
    /** A newer version of the job was handled already: this message is an old one. */
    STALE
  }

  /**
   * What one run did, and what it cost, for the log line and benchmarks.
   *
   * @param candidatesRead items read from the candidate pools
   * @param eligible candidates who met every hard constraint
   * @param readCapacityUnits read capacity consumed by the run's queries (pools and the job's matches)
   */
  public record Result(Outcome outcome, int matchesCreated, int candidatesRead, int eligible, int pushesRequested,
      double readCapacityUnits) {}

  private final CandidateIndex candidates;
  private final ListOpenJob listing;
  private final MatchStore matches;
  private final Matchmaker matchmaker;
  private final ProgrammeClock clock;
  private final int topK;

  public MatchJob(CandidateIndex candidates, ListOpenJob listing, MatchStore matches, PushRequests pushes,
      ProgrammeClock clock, int topK) {
    // A top K below 1 is refused by the Matchmaker built below.
    this.candidates = candidates;
    this.listing = listing;
    this.matches = matches;
    this.matchmaker = new Matchmaker(matches, pushes, topK);
    this.clock = clock;
    this.topK = topK;
  }

  public Result match(JobOffer job) {
    if (!matches.recordJobVersion(job.jobId(), job.version())) {
      return new Result(Outcome.STALE, 0, 0, 0, 0, 0);
    }
    if (listing.list(job) == ListOpenJob.Outcome.STALE) {
      return new Result(Outcome.STALE, 0, 0, 0, 0, 0);
    }
    LocalDate today = clock.today();
    if (!job.openOn(today)) {
      return new Result(Outcome.JOB_NOT_OPEN, 0, 0, 0, 0, 0);
    }
    MatchStore.JobMatches before = matches.ofJob(job.jobId());
    if (before.matches().size() >= topK && before.matches().stream().allMatch(Match::pushRequested)) {
      // Full, and every push asked for: nothing a pool read could change (a repeated message, most likely).
      return new Result(Outcome.MATCHED, 0, 0, 0, 0, before.readUnits());
    }
    CandidateIndex.PoolRead pool = candidates.read(job.pools());
    List<RankedCandidate> ranked = Ranking.rank(job, pool.candidates(), today);
    Map<String, Match> matchedBefore = before.matches().stream()
        .collect(Collectors.toMap(Match::workerId, Function.identity(), (a, b) -> a));

    List<PushRequests.PushRequest> toPush = new ArrayList<>();
    // What the job's matches (an eventually consistent index) say is left; the count on the job has the last word.
    int free = topK - matchedBefore.size();
    int created = 0;
    Instant now = clock.now();
    for (RankedCandidate candidate : ranked) {
      Match earlier = matchedBefore.get(candidate.worker().workerId());
      if (earlier != null) {
        if (!earlier.pushRequested()) {
          toPush.add(new PushRequests.PushRequest(earlier, job, candidate.worker()));
        }
        continue;
      }
      if (free <= 0) {
        continue;
      }
      Match match = Match.made(candidate.worker(), job, candidate.score(), now);
      switch (matchmaker.make(match)) {
        case CREATED -> {
          free--;
          created++;
          toPush.add(new PushRequests.PushRequest(match, job, candidate.worker()));
        }
        // Made by a run alongside this one (a new worker's, or a repeat of this message), which pushes it; it is
        // one of the job's matches all the same.
        case ALREADY_MATCHED -> free--;
        // Full (new workers may have taken the last places), or a newer version of the job has taken over.
        case NO_PLACE -> free = 0;
      }
    }
    matchmaker.push(toPush);
    return new Result(Outcome.MATCHED, created, pool.candidates().size(), ranked.size(), toPush.size(),
        before.readUnits() + pool.readUnits());
  }
}
