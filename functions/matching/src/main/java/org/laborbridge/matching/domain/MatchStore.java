package org.laborbridge.matching.domain;

import java.util.List;

/**
 * Where matches are kept: one per worker and job, made with a conditional write so that it is made once, and a
 * count of each job's matches, taken with a conditional write before a match is made, so that a job never has more
 * than K however its matches arrive (from the job's side or from new workers').
 */
public interface MatchStore {

  enum Outcome {
    CREATED,
    /** The worker already has a match for this job: never the same job to the same worker twice. */
    ALREADY_MATCHED
  }

  /** Taking one of a job's K places before making a match. */
  enum Slot {
    TAKEN,
    /**
     * No place for this run: the job has its K matches, or a newer version of the job has been handled since this
     * one was read (it may be closed now). Either way this run makes no more matches for the job.
     */
    REFUSED
  }

  /** The matches a job made so far, and the read capacity reading them consumed. */
  record JobMatches(List<Match> matches, double readUnits) {
    public JobMatches {
      matches = List.copyOf(matches);
    }
  }

  /** The matches a worker has, and the read capacity reading them consumed. */
  record WorkerMatches(List<Match> matches, double readUnits) {
    public WorkerMatches {
      matches = List.copyOf(matches);
    }
  }

  /**
   * Notes that a message about this version of the job is being handled. False when a newer version was handled
   * already: the message is an old one overtaken by a later one (SQS does not keep order), e.g. a job.updated
   * arriving after the job.closed that followed it.
   */
  boolean recordJobVersion(String jobId, long version);

  JobMatches ofJob(String jobId);

  WorkerMatches ofWorker(String workerId);

  /**
   * Takes one place among the job's {@code topK}, if fewer are taken and {@code jobVersion} is still the newest
   * version of the job handled. Taken before the match is written; given back if the match existed already.
   */
  Slot takeSlot(String jobId, long jobVersion, int topK);

  /** Gives back a place taken for a match that turned out to exist already. */
  void giveBackSlot(String jobId);

  Outcome create(Match match);

  /** Notes on the match that its push is on the push queue. */
  void markPushRequested(Match match);
}
