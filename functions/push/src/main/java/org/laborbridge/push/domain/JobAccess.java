package org.laborbridge.push.domain;

import org.laborbridge.shared.access.Actor;
import org.laborbridge.shared.region.Region;

/** Who may see whom a job reached: its poster, and staff of the job's region. */
public record JobAccess(String jobId, Region region, JobPoster postedBy) {

  public boolean readableBy(Actor actor) {
    // A partner's job carries the partner's id, which is no person's account.
    boolean poster = !"PARTNER".equals(postedBy.kind()) && postedBy.id().equals(actor.subject());
    return poster || actor.isStaffOf(region);
  }
}
