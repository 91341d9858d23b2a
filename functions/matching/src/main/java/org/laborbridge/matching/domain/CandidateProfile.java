package org.laborbridge.matching.domain;

import org.laborbridge.shared.identity.OccupationCode;
import org.laborbridge.shared.problem.InvalidValue;
import org.laborbridge.shared.region.Region;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A worker as matching sees them: where they want to work, what they do, what they expect, whether they agreed
 * to pushes, and what a push needs to reach them. Built from {@code worker.registered}/{@code worker.updated};
 * nothing here names or identifies the person.
 *
 * @param version the worker record's version: a lower one than matching already holds is an old message
 * @param ownerSubject the account that may read the worker's inbox; null when staff or a partner registered them
 * @param expectedMonthlyWage yuan per month; null when the worker named none
 * @param availableFrom the first day the worker can start; null when any day will do
 * @param priorityGroups the programme's priority groups the worker belongs to, as the jobs function names them
 * @param consented whether the worker agreed to job pushes at all
 * @param channels where the worker agreed to receive them
 */
public record CandidateProfile(
    String workerId,
    long version,
    Region homeRegion,
    String ownerSubject,
    Set<Region> desiredRegions,
    boolean anyRegion,
    List<OccupationCode> occupations,
    List<String> skills,
    BigDecimal expectedMonthlyWage,
    LocalDate availableFrom,
    Set<String> priorityGroups,
    boolean consented,
    Set<String> channels) {

  /** The four groups the programme gives targeted help to. */
  public static final Set<String> PRIORITY_GROUPS =
      Set.of("LIFTED_OUT_OF_POVERTY", "RELOCATED", "POVERTY_RETURN_MONITORING", "DIFFICULTY_FINDING_JOBS");

  public CandidateProfile {
    if (workerId == null || workerId.isBlank()) {
      throw new InvalidValue("id", "is required");
    }
    if (version < 1) {
      throw new InvalidValue("version", "must be 1 or more");
    }
    Objects.requireNonNull(homeRegion, "homeRegion");
    desiredRegions = desiredRegions == null ? Set.of() : Set.copyOf(desiredRegions);
    // A worker who accepts any region is in the "any" pools only; naming regions as well would put them twice.
    if (anyRegion) {
      desiredRegions = Set.of();
    }
    occupations = occupations == null ? List.of() : List.copyOf(occupations);
    skills = skills == null ? List.of() : List.copyOf(skills);
    if (expectedMonthlyWage != null && expectedMonthlyWage.signum() < 0) {
      throw new InvalidValue("expectedMonthlyWage", "must be zero or more");
    }
    priorityGroups = priorityGroups == null ? Set.of() : Set.copyOf(priorityGroups);
    channels = channels == null ? Set.of() : Set.copyOf(channels);
  }

  /**
   * The pools the worker belongs in: every desired province (or "any") times every occupation minor group.
   * None without consent to pushes: such a worker is never a candidate.
   */
  public Set<CandidatePool> pools() {
    if (!consented) {
      return Set.of();
    }
    Set<String> minorGroups = occupations.stream().map(OccupationCode::minorGroup)
        .collect(Collectors.toCollection(LinkedHashSet::new));
    Set<CandidatePool> pools = new LinkedHashSet<>();
    for (String minorGroup : minorGroups) {
      if (anyRegion) {
        pools.add(CandidatePool.anyRegion(minorGroup));
      } else {
        desiredRegions.stream().sorted().forEach(region -> pools.add(CandidatePool.in(region, minorGroup)));
      }
    }
    return Set.copyOf(pools);
  }

  /**
   * The open-jobs pools the worker could take a job from: every desired province (all nine when they go anywhere)
   * times every occupation minor group. None without consent to pushes: such a worker is matched with nothing.
   */
  public Set<JobPool> jobPools() {
    if (!consented) {
      return Set.of();
    }
    Set<Region> regions = anyRegion ? EnumSet.allOf(Region.class) : desiredRegions;
    Set<JobPool> pools = new LinkedHashSet<>();
    occupations.stream().map(OccupationCode::minorGroup).distinct()
        .forEach(minorGroup -> regions.stream().sorted().forEach(region -> pools.add(new JobPool(region, minorGroup))));
    return Set.copyOf(pools);
  }

  public boolean wantsWorkIn(Region region) {
    return anyRegion || desiredRegions.contains(region);
  }

  /** In at least one of the four priority groups, which earns the ranking boost. */
  public boolean inPriorityGroup() {
    return priorityGroups.stream().anyMatch(PRIORITY_GROUPS::contains);
  }

  /** Skills compared as the ranking compares them: trimmed, lower-case. */
  public Set<String> normalisedSkills() {
    return normalised(skills);
  }

  static Set<String> normalised(List<String> skills) {
    return skills.stream().filter(Objects::nonNull).map(s -> s.trim().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }
}
