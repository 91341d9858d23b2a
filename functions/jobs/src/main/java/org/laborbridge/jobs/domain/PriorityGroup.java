package org.laborbridge.jobs.domain;

/** The groups the programme gives targeted help to. */
public enum PriorityGroup {
  LIFTED_OUT_OF_POVERTY,
  RELOCATED,
  POVERTY_RETURN_MONITORING,
  DIFFICULTY_FINDING_JOBS
}
