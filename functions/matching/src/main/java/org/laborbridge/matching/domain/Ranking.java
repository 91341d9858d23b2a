package org.laborbridge.matching.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The workers a job may go to, and the jobs a worker may get, best first: hard constraints filter, the score orders. */
public final class Ranking {

  private Ranking() {}

  public static List<RankedCandidate> rank(JobOffer job, Collection<CandidateProfile> candidates, LocalDate today) {
    return newestOfEach(candidates).stream()
        .filter(worker -> HardConstraint.allMet(job, worker, today))
        .map(worker -> new RankedCandidate(worker, Scoring.score(job, worker)))
        .sorted(RankedCandidate.ORDER)
        .toList();
  }

  /**
   * The workers seated at a fair whom a job on show there may go to, best first: every hard constraint but the
   * fair's waivers ({@link HardConstraint#WAIVED_AT_FAIR}), and the score with the fair's reason.
   */
  public static List<RankedCandidate> rankAtFair(JobOffer job, Collection<CandidateProfile> seated, LocalDate today) {
    return newestOfEach(seated).stream()
        .filter(worker -> HardConstraint.allMetAtFair(job, worker, today))
        .map(worker -> new RankedCandidate(worker, Scoring.scoreAtFair(job, worker)))
        .sorted(RankedCandidate.ORDER)
        .toList();
  }

  /** The same rules and score from the worker's side: the open jobs they may get, best first. */
  public static List<RankedJob> rankJobs(CandidateProfile worker, Collection<JobOffer> jobs, LocalDate today) {
    // A job read twice (its old pool's item not yet removed after a move) counts once, at the newest version.
    Map<String, JobOffer> newest = new LinkedHashMap<>();
    for (JobOffer job : jobs) {
      newest.merge(job.jobId(), job, (a, b) -> a.version() >= b.version() ? a : b);
    }
    return newest.values().stream()
        .filter(job -> HardConstraint.allMet(job, worker, today))
        .map(job -> new RankedJob(job, Scoring.score(job, worker)))
        .sorted(RankedJob.ORDER)
        .toList();
  }

  /** A worker read twice (one pool item not yet removed after a change) counts once, at the newest version. */
  private static Collection<CandidateProfile> newestOfEach(Collection<CandidateProfile> workers) {
    Map<String, CandidateProfile> newest = new LinkedHashMap<>();
    for (CandidateProfile worker : workers) {
      newest.merge(worker.workerId(), worker, (a, b) -> a.version() >= b.version() ? a : b);
    }
    return newest.values();
  }
}
