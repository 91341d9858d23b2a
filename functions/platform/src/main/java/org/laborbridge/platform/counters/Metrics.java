package org.laborbridge.platform.counters;

/**
 * The names of the programme's activity counters: the contract between the functions that count (each for what it
 * owns) and the reports function that reads them. A region item holds the region's metrics for a period; a flow item
 * ({@code FLOW#<home>#<region>}) holds how many workers from one region were matched to or registered for another's
 * jobs and fairs.
 */
public final class Metrics {
  private Metrics() {}

  // jobs (region: the job's province; the worker's home province)
  public static final String JOBS_POSTED = "jobsPosted";
  public static final String JOBS_CLOSED = "jobsClosed";
  public static final String OPENINGS = "openings";
  public static final String WORKERS_REGISTERED = "workersRegistered";
  /** Followed by the priority group's name, e.g. {@code workersRegistered.POVERTY_ALLEVIATED}. */
  public static final String WORKERS_REGISTERED_IN_GROUP = "workersRegistered.";

  // matching and push (region: the worker's home province)
  public static final String MATCHES_MADE = "matchesMade";
  public static final String PUSHES_MADE = "pushesMade";
  public static final String DELIVERIES_SUCCEEDED = "deliveriesSucceeded";
  public static final String DELIVERIES_FAILED = "deliveriesFailed";

  // fairs (region: the fair's province)
  public static final String FAIR_REGISTRATIONS = "fairRegistrations";
  public static final String FAIR_CHECK_INS = "fairCheckIns";

  // transfers (region: the transfer-in province)
  /** Followed by the state entered, e.g. {@code transfers.ACCEPTED}. */
  public static final String TRANSFERS_ENTERED = "transfers.";
  public static final String TRANSFER_DAYS_TO_COMPLETE = "transferDaysToComplete";
  public static final String TRANSFERS_OVERDUE = "transfersOverdue";

  // campaigns (region: the recipient's home province)
  public static final String CAMPAIGN_MESSAGES = "campaignMessages";

  // flows between regions (FLOW#<home>#<region>)
  public static final String FLOW_MATCHED = "matched";
  public static final String FLOW_FAIR_REGISTERED = "fairRegistered";
}
