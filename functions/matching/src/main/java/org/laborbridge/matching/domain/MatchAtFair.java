package org.laborbridge.matching.domain;

import org.laborbridge.shared.time.ProgrammeClock;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Makes workers seated at a job fair candidates for the jobs the employers bring to its booths: a worker and a job
 * at the same fair are matched under every hard constraint but the worker's desired regions (they chose to come to
 * the fair, so its jobs are within reach), scored as anywhere, with the reason "registered for the same fair".
 *
 * <p>A confirmed seat or booth ({@code fair.registration.confirmed}) goes on the fair's roster first, then the other
 * side of the roster is read: a seat meets the jobs at the fair's booths, a booth's jobs meet the seated workers.
 * Of a seat and a booth confirmed at the same moment, at least one therefore sees the other. Workers and jobs are
 * looked up by id in the candidate and open-jobs indexes, as their own messages left them; one whose message has
 * not been handled yet is skipped here and meets the fair when that message comes: a worker or job message, once
 * handled, reads the fairs the worker is seated at or the job is on show at ({@link #seated}, {@link #exhibited}).
 *
 * <p>Matches are made by the {@link Matchmaker}, as every other match: at most K per job however they arrive,
 * never twice, one push each. Nothing happens for a fair that has ended.
 */
public final class MatchAtFair {

  public enum Outcome {
    /** The worker and jobs that could meet at the fair were matched (none, if none met the rules). */
    MATCHED,
    /** The fair has ended: its roster is not written or read, nobody is matched. */
    FAIR_OVER,
    /** A worker or job message about someone or something not at any fair still to end (or an old message). */
    NOT_AT_A_FAIR
  }

  /**
   * What one run did, and what it cost, for the log line.
   *
   * @param fairs the fairs looked at
   * @param onRoster ids read from the fairs' rosters on the other side (booth jobs for a worker, seats for a job)
   * @param unknown ids looked up and not found as a candidate or an open job: their message is still to come, the
   *                worker does not consent to pushes, or the job is closed
   * @param eligible worker and job pairs meeting every rule that applies at a fair
   * @param full eligible pairs refused a place (the job has its K, or changed since it was read)
   * @param readUnits read capacity of the run's reads (rosters, look-ups, earlier matches)
   */
  public record Result(Outcome outcome, int fairs, int onRoster, int unknown, int eligible, int matchesCreated,
      int full, int pushesRequested, double readUnits) {

    static Result none(Outcome outcome, double readUnits) {
      return new Result(outcome, 0, 0, 0, 0, 0, 0, 0, readUnits);
    }
  }

  /** One worker and one job at the same fair, with the worker's score for the job. */
  private record Pair(JobOffer job, RankedCandidate candidate) {
    static final Comparator<Pair> BEST_FIRST = Comparator
        .comparing((Pair p) -> p.candidate().score().points()).reversed()
        .thenComparing(p -> p.job().jobId())
        .thenComparing(p -> p.candidate().worker().workerId());

    String key() {
      return candidate.worker().workerId() + "\u001f" + job.jobId();
    }
  }

  private final FairRoster roster;
  private final CandidateIndex candidates;
  private final OpenJobIndex openJobs;
  private final MatchStore matches;
  private final Matchmaker matchmaker;
  private final ProgrammeClock clock;

  public MatchAtFair(FairRoster roster, CandidateIndex candidates, OpenJobIndex openJobs, MatchStore matches,
      PushRequests pushes, ProgrammeClock clock, int topK) {
    // A top K below 1 is refused by the Matchmaker built below.
    this.roster = roster;
    this.candidates = candidates;
    this.openJobs = openJobs;
    this.matches = matches;
    this.matchmaker = new Matchmaker(matches, pushes, topK);
    this.clock = clock;
  }

  /** A seat or a booth confirmed at a fair: onto the roster, then matched with the other side of it. */
  public Result confirmed(FairRegistration registration) {
    JobFair fair = registration.fair();
    if (fair.overAt(clock.now())) {
      return Result.none(Outcome.FAIR_OVER, 0);
    }
    return switch (registration.place()) {
      case SEAT -> seatConfirmed(fair, registration);
      case BOOTH -> boothConfirmed(fair, registration);
    };
  }

  private Result seatConfirmed(JobFair fair, FairRegistration registration) {
    // Seated first, booths read after: a booth confirmed meanwhile that this read misses reads the seat.
    roster.seat(fair, registration.registrationId(), registration.workerId());
    FairRoster.Ids booths = roster.boothJobs(fair.fairId());
    double units = booths.readUnits();
    if (booths.ids().isEmpty()) {
      return new Result(Outcome.MATCHED, 1, 0, 0, 0, 0, 0, 0, units);
    }
    CandidateIndex.PoolRead worker = candidates.profiles(List.of(registration.workerId()));
    units += worker.readUnits();
    if (worker.candidates().isEmpty()) {
      return new Result(Outcome.MATCHED, 1, booths.ids().size(), 1, 0, 0, 0, 0, units);
    }
    OpenJobIndex.JobsRead jobs = openJobs.openJobs(booths.ids());
    return meet(1, booths.ids().size(), booths.ids().size() - jobs.jobs().size(), worker.candidates(), jobs.jobs(),
        units + jobs.readUnits());
  }

  private Result boothConfirmed(JobFair fair, FairRegistration registration) {
    // At the booth first, seats read after: a worker seated meanwhile whom this read misses reads the booth.
    roster.booth(fair, registration.registrationId(), registration.jobIds());
    FairRoster.Ids seated = roster.seatedWorkers(fair.fairId());
    double units = seated.readUnits();
    if (seated.ids().isEmpty()) {
      return new Result(Outcome.MATCHED, 1, 0, 0, 0, 0, 0, 0, units);
    }
    OpenJobIndex.JobsRead jobs = openJobs.openJobs(registration.jobIds());
    units += jobs.readUnits();
    int unknownJobs = registration.jobIds().size() - jobs.jobs().size();
    if (jobs.jobs().isEmpty()) {
      return new Result(Outcome.MATCHED, 1, seated.ids().size(), unknownJobs, 0, 0, 0, 0, units);
    }
    CandidateIndex.PoolRead workers = candidates.profiles(seated.ids());
    return meet(1, seated.ids().size(), unknownJobs + seated.ids().size() - workers.candidates().size(),
        workers.candidates(), jobs.jobs(), units + workers.readUnits());
  }

  /**
   * After a worker message has been handled: the worker meets the jobs at the booths of the fairs they are seated
   * at, as this version of them. Covers a seat confirmed before the worker was known, and a change that makes
   * the worker fit a fair's job now.
   */
  public Result seated(CandidateProfile worker, IndexCandidate.Outcome indexed) {
    if (indexed == IndexCandidate.Outcome.STALE || !worker.consented()) {
      return Result.none(Outcome.NOT_AT_A_FAIR, 0);
    }
    FairRoster.Fairs fairs = roster.fairsOfWorker(worker.workerId());
    List<JobFair> open = stillOn(fairs.fairs());
    double units = fairs.readUnits();
    if (open.isEmpty()) {
      return Result.none(Outcome.NOT_AT_A_FAIR, units);
    }
    FairRoster.Ids booths = gather(open, roster::boothJobs);
    units += booths.readUnits();
    if (booths.ids().isEmpty()) {
      return new Result(Outcome.MATCHED, open.size(), 0, 0, 0, 0, 0, 0, units);
    }
    OpenJobIndex.JobsRead jobs = openJobs.openJobs(booths.ids());
    return meet(open.size(), booths.ids().size(), booths.ids().size() - jobs.jobs().size(), List.of(worker),
        jobs.jobs(), units + jobs.readUnits());
  }

  /**
   * After a job message has been handled and the job is open: the job meets the workers seated at the fairs it is
   * on show at, as this version of it. Covers a booth confirmed before the job was known, and a change that makes
   * the job fit a fair's workers now.
   */
  public Result exhibited(JobOffer job, MatchJob.Outcome matched) {
    if (matched != MatchJob.Outcome.MATCHED) {
      return Result.none(Outcome.NOT_AT_A_FAIR, 0);
    }
    FairRoster.Fairs fairs = roster.fairsOfJob(job.jobId());
    List<JobFair> open = stillOn(fairs.fairs());
    double units = fairs.readUnits();
    if (open.isEmpty()) {
      return Result.none(Outcome.NOT_AT_A_FAIR, units);
    }
    FairRoster.Ids seated = gather(open, roster::seatedWorkers);
    units += seated.readUnits();
    if (seated.ids().isEmpty()) {
      return new Result(Outcome.MATCHED, open.size(), 0, 0, 0, 0, 0, 0, units);
    }
    CandidateIndex.PoolRead workers = candidates.profiles(seated.ids());
    return meet(open.size(), seated.ids().size(), seated.ids().size() - workers.candidates().size(),
        workers.candidates(), List.of(job), units + workers.readUnits());
  }

  /** One side of several fairs' rosters, each id once. */
  private static FairRoster.Ids gather(List<JobFair> fairs, Function<String, FairRoster.Ids> side) {
    Set<String> ids = new LinkedHashSet<>();
    double units = 0;
    for (JobFair fair : fairs) {
      FairRoster.Ids read = side.apply(fair.fairId());
      ids.addAll(read.ids());
      units += read.readUnits();
    }
    return new FairRoster.Ids(List.copyOf(ids), units);
  }

  private List<JobFair> stillOn(List<JobFair> fairs) {
    Instant now = clock.now();
    return fairs.stream().filter(fair -> !fair.overAt(now)).toList();
  }

  /** Every eligible worker and job pair, best first; a match for each still free, one push per new match. */
  private Result meet(int fairs, int onRoster, int unknown, List<CandidateProfile> workers, List<JobOffer> jobs,
      double units) {
    LocalDate today = clock.today();
    List<Pair> pairs = new ArrayList<>();
    for (JobOffer job : jobs) {
      Ranking.rankAtFair(job, workers, today).forEach(candidate -> pairs.add(new Pair(job, candidate)));
    }
    if (pairs.isEmpty()) {
      return new Result(Outcome.MATCHED, fairs, onRoster, unknown, 0, 0, 0, 0, units);
    }
    pairs.sort(Pair.BEST_FIRST);
    Map<String, Match> earlier = new HashMap<>();
    units += readEarlierMatches(pairs, earlier);

    List<PushRequests.PushRequest> toPush = new ArrayList<>();
    Set<String> fullJobs = new HashSet<>();
    int created = 0;
    int full = 0;
    Instant now = clock.now();
    for (Pair pair : pairs) {
      CandidateProfile worker = pair.candidate().worker();
      Match before = earlier.get(pair.key());
      if (before != null) {
        // Never twice; a run cut short before its push is finished here (the push id repeats, so one push).
        if (!before.pushRequested()) {
          toPush.add(new PushRequests.PushRequest(before, pair.job(), worker));
        }
        continue;
      }
      if (fullJobs.contains(pair.job().jobId())) {
        full++;
        continue;
      }
      Match match = Match.made(worker, pair.job(), pair.candidate().score(), now);
      switch (matchmaker.make(match)) {
        case CREATED -> {
          created++;
          toPush.add(new PushRequests.PushRequest(match, pair.job(), worker));
        }
        // Made a moment ago by another run (the job's, the worker's, or a repeat of this message), which pushes it.
        case ALREADY_MATCHED -> { }
        case NO_PLACE -> {
          full++;
          fullJobs.add(pair.job().jobId());
        }
      }
    }
    matchmaker.push(toPush);
    return new Result(Outcome.MATCHED, fairs, onRoster, unknown, pairs.size(), created, full, toPush.size(), units);
  }

  /** The matches the pairs' workers or jobs have already, read from whichever side has fewer to read. */
  private double readEarlierMatches(List<Pair> pairs, Map<String, Match> earlier) {
    Set<String> workerIds = new LinkedHashSet<>();
    Set<String> jobIds = new LinkedHashSet<>();
    pairs.forEach(pair -> {
      workerIds.add(pair.candidate().worker().workerId());
      jobIds.add(pair.job().jobId());
    });
    double units = 0;
    List<Match> found = new ArrayList<>();
    if (workerIds.size() <= jobIds.size()) {
      for (String workerId : workerIds) {
        MatchStore.WorkerMatches read = matches.ofWorker(workerId);
        found.addAll(read.matches());
        units += read.readUnits();
      }
    } else {
      for (String jobId : jobIds) {
        MatchStore.JobMatches read = matches.ofJob(jobId);
        found.addAll(read.matches());
        units += read.readUnits();
      }
    }
    found.forEach(match -> earlier.putIfAbsent(match.workerId() + "\u001f" + match.jobId(), match));
    return units;
  }
}
