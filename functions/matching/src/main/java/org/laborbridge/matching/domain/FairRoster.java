package org.laborbridge.matching.domain;

import java.util.Collection;
import java.util.List;

/**
 * Who is at each job fair, as the confirmations said: the workers seated and the jobs on show at its booths. Each
 * seat and booth is also noted under the worker or the job, so that a worker or job message arriving after the
 * confirmation finds the fairs it belongs to. Writes are idempotent: a repeated confirmation changes nothing.
 */
public interface FairRoster {

  /** Ids read from one side of a fair's roster, and the read capacity reading them consumed. */
  record Ids(List<String> ids, double readUnits) {
    public Ids {
      ids = List.copyOf(ids);
    }
  }

  /** The fairs a worker is seated at, or a job is on show at, and the read capacity reading them consumed. */
  record Fairs(List<JobFair> fairs, double readUnits) {
    public Fairs {
      fairs = List.copyOf(fairs);
    }
  }

  /** Seats the worker at the fair, and notes the seat under the worker. */
  void seat(JobFair fair, String registrationId, String workerId);

  /** Puts each job at a booth of the fair, and notes the booth under each job. */
  void booth(JobFair fair, String registrationId, Collection<String> jobIds);

  /** The workers seated at a fair; read consistently, so that a seat and a booth confirmed together meet. */
  Ids seatedWorkers(String fairId);

  /** The jobs on show at a fair's booths; read consistently. */
  Ids boothJobs(String fairId);

  /** The fairs a worker is seated at; read consistently, so that a seat and the worker's own message meet. */
  Fairs fairsOfWorker(String workerId);

  /** The fairs a job is on show at; read consistently. */
  Fairs fairsOfJob(String jobId);
}
