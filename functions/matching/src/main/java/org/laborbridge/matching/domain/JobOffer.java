package org.laborbridge.matching.domain;

import org.laborbridge.shared.identity.OccupationCode;
import org.laborbridge.shared.problem.InvalidValue;
import org.laborbridge.shared.region.Region;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A job as matching sees it, from {@code job.posted}/{@code job.updated}: what decides who may get it and how
 * well they fit, plus what a push shows the worker about it.
 *
 * @param employerName shown in the push; null while the job events do not carry it
 * @param city shown in the push when known
 * @param startDate the first working day; null when the job starts whenever the worker can
 * @param laborBrand the labor service brand the job recruits for, if any
 */
public record JobOffer(
    String jobId,
    long version,
    Status status,
    String title,
    String employerName,
    Region region,
    String countyCode,
    String city,
    OccupationCode occupation,
    List<String> skills,
    Pay pay,
    LocalDate validThrough,
    LocalDate startDate,
    boolean accommodationOffered,
    boolean transportOffered,
    String laborBrand,
    Poster postedBy) {

  public enum Status { ACTIVE, CLOSED }

  /**
   * The pay offered, with its least monthly amount worked out by the jobs function (hourly and daily pay
   * converted to a month), which is what matching compares with a worker's expectation.
   */
  public record Pay(BigDecimal min, BigDecimal max, String unit, BigDecimal monthlyMinimum) {
    public Pay {
      if (monthlyMinimum == null || monthlyMinimum.signum() < 0) {
        throw new InvalidValue("salary.monthlyMinimum", "must be zero or more");
      }
      Objects.requireNonNull(min, "min");
      max = max == null ? min : max;
      Objects.requireNonNull(unit, "unit");
    }
  }

  /** Who put the job on the platform: {@code EMPLOYER}, {@code STAFF} or {@code PARTNER}, and their id. */
  public record Poster(String kind, String id) {
    public Poster {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(id, "id");
    }
  }

  public JobOffer {
    if (jobId == null || jobId.isBlank()) {
      throw new InvalidValue("id", "is required");
    }
    if (version < 1) {
      throw new InvalidValue("version", "must be 1 or more");
    }
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(countyCode, "countyCode");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(occupation, "occupationCode");
    Objects.requireNonNull(pay, "salary");
    Objects.requireNonNull(validThrough, "validThrough");
    Objects.requireNonNull(postedBy, "postedBy");
    skills = skills == null ? List.of() : List.copyOf(skills);
  }

  /** Open on {@code today} (a Shanghai date): active and not past its last valid day. */
  public boolean openOn(LocalDate today) {
    return status == Status.ACTIVE && !validThrough.isBefore(today);
  }

  /** The two pools whose workers could take this job: those who want its province and those who go anywhere. */
  public Set<CandidatePool> pools() {
    return Set.of(CandidatePool.in(region, occupation.minorGroup()), CandidatePool.anyRegion(occupation.minorGroup()));
  }

  /** The open-jobs pool the job is listed in while it is open: its province and its occupation's minor group. */
  public JobPool pool() {
    return new JobPool(region, occupation.minorGroup());
  }

  public Set<String> normalisedSkills() {
    return CandidateProfile.normalised(skills);
  }
}
