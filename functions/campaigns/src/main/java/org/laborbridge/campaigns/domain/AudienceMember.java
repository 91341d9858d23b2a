package org.laborbridge.campaigns.domain;

import org.laborbridge.shared.region.Region;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A worker who consented to pushes, as the audience index shows them: where they come from and want to work, their
 * priority groups, the channels they consented to and their own account. No name, phone or identity number.
 */
public record AudienceMember(String workerId, Region homeRegion, Set<Region> desiredRegions, boolean anyRegion,
    Set<String> priorityGroups, Set<String> channels, Optional<String> ownerSubject) {

  public AudienceMember {
    desiredRegions = Set.copyOf(desiredRegions);
    priorityGroups = Set.copyOf(priorityGroups);
    channels = Set.copyOf(channels);
    ownerSubject = ownerSubject == null ? Optional.empty() : ownerSubject.filter(s -> !s.isBlank());
  }

  /**
   * Migrant workers, for the programme, are job seekers who look for work away from home: open to any region, or
   * wanting a region other than their home region.
   */
  public boolean seeksWorkAway() {
    return anyRegion || desiredRegions.stream().anyMatch(r -> r != homeRegion);
  }

  /** Whether the worker is in any of the groups a campaign addresses. */
  public boolean isIn(Set<TargetGroup> groups) {
    if (channels.isEmpty()) {
      return false;
    }
    return groups.stream().anyMatch(group -> switch (group) {
      case ALL_JOB_SEEKERS -> true;
      case MIGRANT_WORKERS -> seeksWorkAway();
      case EMPLOYERS -> false;
      default -> priorityGroups.contains(group.name());
    });
  }

  /** The regions whose fairs and jobs interest the worker: those they want (at most {@code max}), else home. */
  public List<Region> regionsOfInterest(int max) {
    if (anyRegion || desiredRegions.isEmpty()) {
      return List.of(homeRegion);
    }
    return desiredRegions.stream().sorted(Comparator.comparing(Region::code)).limit(max).toList();
  }
}
