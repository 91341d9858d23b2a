package org.laborbridge.transfers.domain;

/** The three cases in which an unemployment-insurance relationship may move between regions. */
public enum TransferReason {
  /** An insured worker who takes a job in another region. */
  INSURED_NEW_JOB_ELSEWHERE,
  /** An unemployed person entitled to benefit who chooses to claim in the region of household registration. */
  UNEMPLOYED_CLAIM_AT_HOUSEHOLD_REGISTRATION,
  /** An unemployed person who finds a new job in another region. */
  UNEMPLOYED_NEW_JOB_ELSEWHERE
}
