package org.laborbridge.jobs.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** A job offered on the joint platform, with its life (posted, changed, closed) and who posted it. */
public record JobPosting(
    String id,
    JobDetails details,
    JobStatus status,
    PostedBy postedBy,
    Instant createdAt,
    Instant modifiedAt,
    Instant closedAt,
    long version) {

  public JobPosting {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(details, "details");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(postedBy, "postedBy");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(modifiedAt, "modifiedAt");
    if (status == JobStatus.CLOSED && closedAt == null) {
      throw new IllegalArgumentException("a closed job knows when it closed");
    }
  }

  static JobPosting posted(String id, JobDetails details, PostedBy postedBy, Instant now) {
    return new JobPosting(id, details, JobStatus.ACTIVE, postedBy, now, now, null, 1);
  }

  JobPosting closed(Instant now) {
    return new JobPosting(id, details, JobStatus.CLOSED, postedBy, createdAt, now, now, version + 1);
  }

  JobPosting withDetails(JobDetails changed, Instant now) {
    return new JobPosting(id, changed, status, postedBy, createdAt, now, closedAt, version + 1);
  }

  public Optional<Instant> closedAtIfClosed() {
    return Optional.ofNullable(closedAt);
  }

  /** Open to applications: active and not past its last valid day. */
  public boolean openOn(LocalDate day) {
    return status == JobStatus.ACTIVE && !details.validThrough().isBefore(day);
  }
}
