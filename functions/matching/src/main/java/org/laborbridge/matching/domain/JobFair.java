package org.laborbridge.matching.domain;

import org.laborbridge.shared.problem.InvalidValue;
import org.laborbridge.shared.region.Region;

import java.time.Instant;
import java.util.Objects;

/**
 * A job fair as matching knows it from the fairs function's confirmations: its id, its region and when it runs.
 * While it has not ended, the workers seated at it are candidates for the jobs the employers bring to its booths,
 * wherever those jobs are.
 */
public record JobFair(String fairId, Region region, Instant startsAt, Instant endsAt) {

  public JobFair {
    if (fairId == null || fairId.isBlank()) {
      throw new InvalidValue("fairId", "is required");
    }
    Objects.requireNonNull(region, "fairRegion");
    Objects.requireNonNull(startsAt, "startsAt");
    Objects.requireNonNull(endsAt, "endsAt");
    if (endsAt.isBefore(startsAt)) {
      throw new InvalidValue("endsAt", "must not be before startsAt");
    }
  }

  /** Over once its end has come: from then on the worker's own preferences apply again. */
  public boolean overAt(Instant now) {
    return !now.isBefore(endsAt);
  }
}
