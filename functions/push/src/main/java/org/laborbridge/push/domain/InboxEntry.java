package org.laborbridge.push.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A job in a worker's inbox: why it was picked for them, when it came, and whether they have read it. */
public record InboxEntry(String workerId, String jobId, Instant pushedAt, Optional<BigDecimal> score, List<String> reasons,
    JobSummary job, boolean read, Optional<Instant> readAt) {
  public InboxEntry {
    reasons = List.copyOf(reasons);
  }
}
