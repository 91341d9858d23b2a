package org.laborbridge.matching.domain;

import org.laborbridge.shared.problem.InvalidValue;
import org.laborbridge.shared.region.Region;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One pool of open jobs: the jobs in one province in one occupation minor group. An open job sits in exactly one
 * pool; a worker reads one pool per province they want (all nine when they go anywhere) and minor group they work
 * in, so the jobs they read are only those they could take.
 *
 * @param minorGroup the occupation minor group, {@code X-XX-XX}
 */
public record JobPool(Region region, String minorGroup) {

  private static final Pattern MINOR_GROUP = Pattern.compile("[1-8]-[0-9]{2}-[0-9]{2}");

  public JobPool {
    Objects.requireNonNull(region, "region");
    if (minorGroup == null || !MINOR_GROUP.matcher(minorGroup).matches()) {
      throw new InvalidValue("minorGroup", "must look like 4-03-02");
    }
  }
}
