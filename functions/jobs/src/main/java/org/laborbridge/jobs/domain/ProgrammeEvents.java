package org.laborbridge.jobs.domain;

/**
 * What this capability tells the rest of the programme, through the matching queue. Each event carries a
 * deterministic id, so publishing the same step twice is harmless: consumers handle an id once.
 */
public interface ProgrammeEvents {

  void jobPosted(JobPosting job);

  void jobUpdated(JobPosting job);

  void jobClosed(JobPosting job);

  void workerRegistered(Worker worker);

  void workerUpdated(Worker worker);
}
