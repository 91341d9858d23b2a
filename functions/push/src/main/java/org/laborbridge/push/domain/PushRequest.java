package org.laborbridge.push.domain;

import org.laborbridge.shared.problem.InvalidValue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

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
    String message) {

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

  public String workerId() {
    return worker.id();
  }

  @Override
  public String toString() {
    return "PushRequest[pushId=" + pushId + ", jobId=" + jobId + ", workerId=" + worker.id() + "]";
  }
}
