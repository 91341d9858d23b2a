package org.laborbridge.jobs.domain;

import org.laborbridge.shared.access.Actor;

import org.laborbridge.shared.problem.Conflict;
import org.laborbridge.shared.problem.Forbidden;
import org.laborbridge.shared.problem.InvalidValue;
import org.laborbridge.shared.problem.NotFound;
import org.laborbridge.shared.time.ProgrammeClock;

import java.util.function.UnaryOperator;

/** Closes or changes a job; closing twice is the same as closing once. */
public final class ChangeJob {

  private static final int ATTEMPTS = 5;

  private final JobStore jobs;
  private final ProgrammeEvents events;
  private final ProgrammeActivity activity;
  private final ProgrammeClock clock;

  public ChangeJob(JobStore jobs, ProgrammeEvents events, ProgrammeClock clock) {
    this(jobs, events, ProgrammeActivity.NONE, clock);
  }

  public ChangeJob(JobStore jobs, ProgrammeEvents events, ProgrammeActivity activity, ProgrammeClock clock) {
    this.jobs = jobs;
    this.events = events;
    this.activity = activity;
    this.clock = clock;
  }

  /** Closing by a signed-in person: the employer who posted it, or staff of the job's region. */
  public JobPosting close(String jobId, Actor actor) {
    JobPosting job = jobs.find(jobId).orElseThrow(() -> new NotFound("job", jobId));
    boolean poster = job.postedBy().kind() != PostedBy.Kind.PARTNER && job.postedBy().id().equals(actor.subject());
    if (!poster && !actor.isStaffOf(job.details().location().region())) {
      throw new Forbidden("only the employer who posted a job, or staff of its region, may close it");
    }
    return closeJob(jobId);
  }

  /** Closing by the partner that posted the job through its webhook. */
  public JobPosting closeForPartner(String partnerId, String externalId) {
    return closeJob(partnerJob(partnerId, externalId));
  }

  /** A partner's update replaces what the job says; a closed job stays closed and cannot be changed. */
  public JobPosting updateForPartner(String partnerId, String externalId, JobDetails details) {
    if (details.validThrough().isBefore(clock.today())) {
      throw new InvalidValue("validThrough", "must not be in the past");
    }
    String id = partnerJob(partnerId, externalId);
    JobPosting updated = change(id, job -> {
      if (job.status() == JobStatus.CLOSED) {
        throw new Conflict("job " + id + " is closed and cannot be changed");
      }
      return job.details().equals(details) ? job : job.withDetails(details, clock.now());
    });
    events.jobUpdated(updated);
    return updated;
  }

  private String partnerJob(String partnerId, String externalId) {
    String id = PostJob.partnerJobId(partnerId, externalId);
    JobPosting job = jobs.find(id).orElseThrow(() -> new NotFound("job", externalId));
    if (!job.postedBy().equals(PostedBy.partner(partnerId))) {
      throw new Forbidden("a partner may change only its own jobs");
    }
    return id;
  }

  private JobPosting closeJob(String id) {
    boolean[] closedNow = {false};
    JobPosting closed = change(id, job -> {
      closedNow[0] = job.status() != JobStatus.CLOSED;
      return closedNow[0] ? job.closed(clock.now()) : job;
    });
    if (closedNow[0]) {
      // This call closed it (a repeat finds it closed and counts nothing).
      activity.jobClosed(closed);
    }
    events.jobClosed(closed);
    return closed;
  }

  /** Applies a change with an optimistic version check, reading again when a concurrent change won. */
  private JobPosting change(String id, UnaryOperator<JobPosting> change) {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      JobPosting current = jobs.find(id).orElseThrow(() -> new NotFound("job", id));
      JobPosting changed = change.apply(current);
      if (changed == current || jobs.replace(changed)) {
        return changed;
      }
    }
    throw new Conflict("job " + id + " is being changed by someone else; try again");
  }
}
