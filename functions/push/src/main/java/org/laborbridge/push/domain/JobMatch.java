package org.laborbridge.push.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A job in a worker's inbox: what it is, and why matching picked it for them. */
public record JobMatch(Optional<BigDecimal> score, List<String> reasons, JobSummary job) implements InboxContent {
  public JobMatch {
    Objects.requireNonNull(score, "score");
    reasons = List.copyOf(reasons);
    Objects.requireNonNull(job, "job");
  }
}
