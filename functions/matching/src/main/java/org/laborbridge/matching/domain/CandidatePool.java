package org.laborbridge.matching.domain;

import org.laborbridge.shared.problem.InvalidValue;
import org.laborbridge.shared.region.Region;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One pool of candidates: the workers who want work in one province (or anywhere) in one occupation minor group.
 * A worker sits in one pool per desired province and minor group; a job reads two pools, its province's and the
 * "any region" one, so the workers it reads are only those who could take it.
 *
 * @param region the province wanted, or empty for workers who accept any region
 * @param minorGroup the occupation minor group, {@code X-XX-XX}
 */
public record CandidatePool(Optional<Region> region, String minorGroup) {

  private static final Pattern MINOR_GROUP = Pattern.compile("[1-8]-[0-9]{2}-[0-9]{2}");

  public CandidatePool {
    Objects.requireNonNull(region, "region");
    if (minorGroup == null || !MINOR_GROUP.matcher(minorGroup).matches()) {
      throw new InvalidValue("minorGroup", "must look like 4-03-02");
    }
  }

  public static CandidatePool in(Region region, String minorGroup) {
    return new CandidatePool(Optional.of(region), minorGroup);
  }

  public static CandidatePool anyRegion(String minorGroup) {
    return new CandidatePool(Optional.empty(), minorGroup);
  }
}
