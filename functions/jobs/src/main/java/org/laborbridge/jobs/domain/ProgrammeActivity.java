package org.laborbridge.jobs.domain;

/**
 * Counts for the programme's reports, told when a job is posted or closed or a worker registered for the first
 * time (never by a retry that finds it done). Counts only: nothing about the person.
 */
public interface ProgrammeActivity {

  void jobPosted(JobPosting job);

  void jobClosed(JobPosting job);

  void workerRegistered(Worker worker);

  ProgrammeActivity NONE = new ProgrammeActivity() {
    @Override
    public void jobPosted(JobPosting job) {
    }

    @Override
    public void jobClosed(JobPosting job) {
    }

    @Override
    public void workerRegistered(Worker worker) {
    }
  };
}
