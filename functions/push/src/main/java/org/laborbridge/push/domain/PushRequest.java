package org.laborbridge.push.domain;

import org.laborbridge.shared.problem.InvalidValue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Matching's request to push one job to one worker (a push.requested message).
 *
 * @param pushId the message id: the same however often matching sends this push
 * @param message the message as it came, to put back on the queue unchanged when a deferred push falls due
 */
public record PushRequest(
    String pushId,
    String jobId,
    long jobVersion,
    BigDecimal score,
    List<String> reasons,
    Instant matchedAt,
    Recipient worker,
    JobSummary job,
    String message) implements WorkerPush {

  public static final String EVENT_TYPE = "job.pushed";

  public PushRequest {
    Objects.requireNonNull(pushId, "pushId");
    if (!Ids.isRecordId(jobId)) {
      throw new InvalidValue("jobId", "must be a job id");
    }
    reasons = reasons == null ? List.of() : List.copyOf(reasons);
    Objects.requireNonNull(worker, "worker");
    Objects.requireNonNull(job, "job");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String workerId() {
    return worker.id();
  }

  @Override
  public PushTopic topic() {
    return PushTopic.job(jobId);
  }

  @Override
  public InboxContent content() {
    return new JobMatch(Optional.ofNullable(score), reasons, job);
  }

  /** A push that waited past the job's last day would only be noise to the worker. */
  @Override
  public Optional<LocalDate> lastDay() {
    return Optional.ofNullable(job.validThrough());
  }

  @Override
  public String eventType() {
    return EVENT_TYPE;
  }

  @Override
  public String payload(EventPayloads payloads) {
    return payloads.jobPushed(this);
  }

  @Override
  public Optional<JobAccess> jobAccess() {
    return Optional.of(new JobAccess(jobId, job.region(), job.postedBy()));
  }

  /** The worker's home region and the job's region make the labor flow. */
  @Override
  public void countFirstPush(PushActivity activity, Instant at) {
    activity.pushed(worker.homeRegion(), job.region(), at);
  }

  @Override
  public String toString() {
    return "PushRequest[pushId=" + pushId + ", jobId=" + jobId + ", workerId=" + worker.id() + "]";
  }
}
