package org.laborbridge.push.domain;

import org.laborbridge.shared.access.Actor;
import org.laborbridge.shared.paging.PageRequest;
import org.laborbridge.shared.problem.Forbidden;

import java.util.Optional;

/** Whom a job reached, for its poster and for staff of its region: counts and workers by id, no personal data. */
public final class ShowJobReach {

  private final InboxStore inbox;

  public ShowJobReach(InboxStore inbox) {
    this.inbox = inbox;
  }

  /** A job never pushed has reached nobody, whoever asks. */
  public JobReach reach(String jobId, Actor actor, PageRequest page) {
    Optional<JobAccess> access = Ids.isRecordId(jobId) ? inbox.job(jobId) : Optional.empty();
    if (access.isEmpty()) {
      return JobReach.none(jobId);
    }
    if (!access.get().readableBy(actor)) {
      throw new Forbidden("only the job's poster and staff of the job's region may see whom it reached");
    }
    return inbox.jobReach(jobId, page);
  }
}
