package org.laborbridge.matching.domain;

import org.laborbridge.shared.identity.OccupationCloseness;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The rules a match never breaks, whatever the score. The candidate pools already select by province and minor
 * group; these checks run again on every candidate so that the rules hold even if an index item is out of date.
 * The last rule, never the same job to the same worker twice, is the match store's conditional write.
 */
public enum HardConstraint {

  /** The job is ACTIVE and its validThrough is today or later, in Asia/Shanghai. */
  JOB_OPEN {
    @Override
    boolean holds(JobOffer job, CandidateProfile worker, LocalDate today) {
      return job.openOn(today);
    }
  },
  /** The worker agreed to job pushes. */
  CONSENT {
    @Override
    boolean holds(JobOffer job, CandidateProfile worker, LocalDate today) {
      return worker.consented();
    }
  },
  /** The job's province is one the worker wants, or the worker goes anywhere. */
  REGION {
    @Override
    boolean holds(JobOffer job, CandidateProfile worker, LocalDate today) {
      return worker.wantsWorkIn(job.region());
    }
  },
  /**
   * One of the worker's occupations is the job's, or in the same minor group ({@code X-XX-XX}). Shared skills
   * only rank; they never admit a worker from another minor group.
   */
  OCCUPATION {
    @Override
    boolean holds(JobOffer job, CandidateProfile worker, LocalDate today) {
      return worker.occupations().stream().map(o -> o.closenessTo(job.occupation()))
          .anyMatch(c -> c == OccupationCloseness.SAME_OCCUPATION || c == OccupationCloseness.SAME_MINOR_GROUP);
    }
  },
  /**
   * The job's least monthly pay is at least 95% of what the worker expects (a 5% tolerance: expectations are
   * round numbers, and a hair below is still worth showing). No expectation, no limit.
   */
  SALARY {
    @Override
    boolean holds(JobOffer job, CandidateProfile worker, LocalDate today) {
      BigDecimal expected = worker.expectedMonthlyWage();
      return expected == null || job.pay().monthlyMinimum().compareTo(expected.multiply(SALARY_TOLERANCE)) >= 0;
    }
  },
  /** The worker can start by the job's start date; either date missing means no limit. */
  AVAILABILITY {
    @Override
    boolean holds(JobOffer job, CandidateProfile worker, LocalDate today) {
      return worker.availableFrom() == null || job.startDate() == null
          || !worker.availableFrom().isAfter(job.startDate());
    }
  };

  /** A job may pay this share of the worker's expectation and still match. */
  public static final BigDecimal SALARY_TOLERANCE = new BigDecimal("0.95");

  abstract boolean holds(JobOffer job, CandidateProfile worker, LocalDate today);

  /** The first rule this worker and job break, in declaration order; empty when the worker may get the job. */
  public static Optional<HardConstraint> firstUnmet(JobOffer job, CandidateProfile worker, LocalDate today) {
    return Arrays.stream(values()).filter(rule -> !rule.holds(job, worker, today)).findFirst();
  }

  public static boolean allMet(JobOffer job, CandidateProfile worker, LocalDate today) {
    return firstUnmet(job, worker, today).isEmpty();
  }

  /**
   * Waived for a worker and a job that meet at a job fair: the worker chose to come to the fair, so the jobs on
   * show there are within reach wherever they are. Every other rule holds at a fair as everywhere.
   */
  public static final Set<HardConstraint> WAIVED_AT_FAIR = Set.copyOf(EnumSet.of(REGION));

  /** The first rule broken by a worker and a job at the same fair, the fair's waivers aside. */
  public static Optional<HardConstraint> firstUnmetAtFair(JobOffer job, CandidateProfile worker, LocalDate today) {
    return Arrays.stream(values()).filter(rule -> !WAIVED_AT_FAIR.contains(rule))
        .filter(rule -> !rule.holds(job, worker, today)).findFirst();
  }

  public static boolean allMetAtFair(JobOffer job, CandidateProfile worker, LocalDate today) {
    return firstUnmetAtFair(job, worker, today).isEmpty();
  }
}
