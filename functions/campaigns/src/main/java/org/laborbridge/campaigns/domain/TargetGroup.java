package org.laborbridge.campaigns.domain;

import java.util.Collection;

/**
 * Whom a campaign addresses. The first four are the programme's priority groups, named as the jobs function names
 * them on a worker (its PriorityGroup); the others are wider audiences: job seekers who look for work away from home
 * (migrant workers), every consented job seeker, and employers (told region by region, not one by one).
 */
public enum TargetGroup {
  LIFTED_OUT_OF_POVERTY,
  RELOCATED,
  POVERTY_RETURN_MONITORING,
  DIFFICULTY_FINDING_JOBS,
  MIGRANT_WORKERS,
  ALL_JOB_SEEKERS,
  EMPLOYERS;

  public boolean isPriorityGroup() {
    return ordinal() <= DIFFICULTY_FINDING_JOBS.ordinal();
  }

  /** Whether the group is made of workers, who are told one by one. */
  public boolean reachesWorkers() {
    return this != EMPLOYERS;
  }

  public static boolean anyWorkers(Collection<TargetGroup> groups) {
    return groups.stream().anyMatch(TargetGroup::reachesWorkers);
  }
}
