package org.laborbridge.jobs.domain;

import org.laborbridge.shared.identity.OccupationCode;
import org.laborbridge.shared.problem.InvalidValue;
import org.laborbridge.shared.region.Region;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a worker looks for and agrees to: where (some of the nine regions, or any), which occupations and
 * skills, the monthly wage expected, from when, the priority groups that earn targeted help, and consent
 * to pushes with the channels to use. A worker changes these; the matching reads them.
 */
public record WorkerPreferences(
    Set<Region> desiredRegions,
    boolean anyRegion,
    List<OccupationCode> occupations,
    List<String> skills,
    BigDecimal expectedMonthlyWage,
    LocalDate availableFrom,
    Set<PriorityGroup> priorityGroups,
    PushConsent consent) {

  public static final int MAX_OCCUPATIONS = 10;

  public WorkerPreferences {
    desiredRegions = desiredRegions == null ? Set.of() : Set.copyOf(desiredRegions);
    if (!anyRegion && desiredRegions.isEmpty()) {
      throw new InvalidValue("desiredRegions", "name at least one region, or \"any\"");
    }
    if (anyRegion) {
      desiredRegions = Set.of();
    }
    occupations = occupations == null ? List.of() : List.copyOf(occupations);
    if (occupations.isEmpty() || occupations.size() > MAX_OCCUPATIONS) {
      throw new InvalidValue("occupationCodes", "name between 1 and " + MAX_OCCUPATIONS + " occupations");
    }
    skills = Text.list("skills", skills, JobDetails.MAX_SKILLS, 60);
    if (expectedMonthlyWage != null && expectedMonthlyWage.signum() < 0) {
      throw new InvalidValue("expectedMonthlyWage", "must be zero or more");
    }
    expectedMonthlyWage = expectedMonthlyWage == null ? null : Amounts.normalized(expectedMonthlyWage);
    priorityGroups = priorityGroups == null ? Set.of() : Set.copyOf(priorityGroups);
    Objects.requireNonNull(consent, "consent");
  }

  /** Whether a job in this region is somewhere the worker wants to go. */
  public boolean accepts(Region region) {
    return anyRegion || desiredRegions.contains(region);
  }
}
