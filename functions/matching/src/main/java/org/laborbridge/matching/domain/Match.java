package org.laborbridge.matching.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A job found for a worker: made once per job and worker, never again (the store's conditional write), with
 * the score and reasons it was ranked by.
 *
 * @param jobVersion the version of the job that made the match
 * @param pushRequested whether the push for it is on the push queue; a match cut short before that is finished
 *                      on the job's next message
 */
public record Match(String workerId, String jobId, long jobVersion, BigDecimal score, List<String> reasons,
    Instant matchedAt, boolean pushRequested) {

  public Match {
    Objects.requireNonNull(workerId, "workerId");
    Objects.requireNonNull(jobId, "jobId");
    // Two decimals always: DynamoDB hands 50.00 back as 50, and equal matches must compare equal.
    score = Objects.requireNonNull(score, "score").setScale(2, RoundingMode.HALF_UP);
    Objects.requireNonNull(matchedAt, "matchedAt");
    reasons = List.copyOf(reasons);
  }

  static Match made(CandidateProfile worker, JobOffer job, Score score, Instant now) {
    return new Match(worker.workerId(), job.jobId(), job.version(), score.points(), score.reasons(), now, false);
  }

  public Match pushed() {
    return new Match(workerId, jobId, jobVersion, score, reasons, matchedAt, true);
  }
}
