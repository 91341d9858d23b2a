package org.laborbridge.push.domain;

import org.laborbridge.shared.problem.InvalidValue;

/** Who posted a job (an employer's, staff member's or partner's account): they may see whom the job reached. */
public record JobPoster(String kind, String id) {
  public JobPoster {
    if (id == null || id.isBlank()) {
      throw new InvalidValue("job.postedBy.id", "is required");
    }
  }
}
