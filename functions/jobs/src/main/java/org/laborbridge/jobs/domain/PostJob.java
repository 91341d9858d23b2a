package org.laborbridge.jobs.domain;

import org.laborbridge.shared.problem.InvalidValue;
import org.laborbridge.shared.problem.Rejected;
import org.laborbridge.shared.time.ProgrammeClock;

import java.util.Optional;

/** Puts a job on the platform and tells matching about it; a repeated request lands on the same job. */
public final class PostJob {

  private final JobStore jobs;
  private final ProgrammeEvents events;
  private final ProgrammeActivity activity;
  private final ProgrammeClock clock;

  public PostJob(JobStore jobs, ProgrammeEvents events, ProgrammeClock clock) {
    this(jobs, events, ProgrammeActivity.NONE, clock);
  }

  public PostJob(JobStore jobs, ProgrammeEvents events, ProgrammeActivity activity, ProgrammeClock clock) {
    this.jobs = jobs;
    this.events = events;
    this.activity = activity;
    this.clock = clock;
  }

  /** The job, and whether it was there already (a repeated request). */
  public record Posted(JobPosting job, boolean repeated) {}

  /**
   * @param idempotencyKey a caller's key for this request, with the fingerprint of its body; a second request
   *                       with the same key and body gets the first job, with another body a 422
   */
  public Posted post(JobDetails details, PostedBy by, Optional<IdempotencyKey> idempotencyKey) {
    String id;
    if (idempotencyKey.isPresent()) {
      IdempotencyKey key = idempotencyKey.get();
      String scoped = by.kind() + ":" + by.id() + ":" + key.value();
      Optional<String> earlier = jobs.claimIdempotencyKey(scoped, key.fingerprint(), clock.now());
      if (earlier.isPresent() && !earlier.get().equals(key.fingerprint())) {
        throw new Rejected("this Idempotency-Key was used for a different request body");
      }
      id = Ids.derivedFrom("idempotency", scoped);
    } else {
      id = Ids.random();
    }
    return postWithId(id, details, by);
  }

  /** A partner's job: its id follows from the partner and the partner's own reference for the job. */
  public Posted postForPartner(String partnerId, String externalId, JobDetails details) {
    return postWithId(partnerJobId(partnerId, externalId), details, PostedBy.partner(partnerId));
  }

  static String partnerJobId(String partnerId, String externalId) {
    return Ids.derivedFrom("partner-job", partnerId, externalId);
  }

  private Posted postWithId(String id, JobDetails details, PostedBy by) {
    Optional<JobPosting> existing = jobs.find(id);
    if (existing.isPresent()) {
      // A retry: finish the step that may have been cut short, then answer as the first time.
      events.jobPosted(existing.get());
      return new Posted(existing.get(), true);
    }
    if (details.validThrough().isBefore(clock.today())) {
      throw new InvalidValue("validThrough", "must not be in the past");
    }
    JobPosting job = JobPosting.posted(id, details, by, clock.now());
    if (!jobs.insert(job)) {
      // The same request, running alongside, stored it first: answer as a repeat.
      JobPosting first = jobs.find(id).orElseThrow();
      events.jobPosted(first);
      return new Posted(first, true);
    }
    activity.jobPosted(job);
    events.jobPosted(job);
    return new Posted(job, false);
  }
}
