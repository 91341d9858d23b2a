package org.laborbridge.shared.identity;

/** How near two occupations are, from the full code down to the major group, for job matching. */
public enum OccupationCloseness {
  SAME_OCCUPATION,
  SAME_MINOR_GROUP,
  SAME_MAJOR_GROUP,
  UNRELATED
}
