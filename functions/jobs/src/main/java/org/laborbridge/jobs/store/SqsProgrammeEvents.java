package org.laborbridge.jobs.store;

import com.fasterxml.jackson.databind.JsonNode;
import org.laborbridge.jobs.domain.Ids;
import org.laborbridge.jobs.domain.JobPosting;
import org.laborbridge.jobs.domain.ProgrammeEvents;
import org.laborbridge.jobs.domain.Worker;
import org.laborbridge.shared.message.Envelope;
import org.laborbridge.shared.message.EnvelopeCodec;
import org.laborbridge.shared.time.ProgrammeClock;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

import java.time.Instant;
import java.util.Map;

/**
 * Tells matching about jobs and workers: one envelope per event on the matching queue. The envelope id
 * follows from the event type, the record and its version, and {@code occurredAt} is the record's own
 * change time, so republishing a step (a retried request) sends the same message and consumers drop it.
 */
public final class SqsProgrammeEvents implements ProgrammeEvents {

  public static final String SOURCE = "laborbridge.jobs";
  public static final String JOB_POSTED = "job.posted";
  public static final String JOB_UPDATED = "job.updated";
  public static final String JOB_CLOSED = "job.closed";
  public static final String WORKER_REGISTERED = "worker.registered";
  public static final String WORKER_UPDATED = "worker.updated";
  /** Message attributes: consumers can route or drop by type without parsing the body. */
  public static final String TYPE_ATTRIBUTE = "type";
  /** When this copy was sent, which differs from occurredAt on a republish: for measuring queue lag. */
  public static final String SENT_AT_ATTRIBUTE = "sentAt";

  private final SqsClient sqs;
  private final String queueUrl;
  private final ProgrammeClock clock;

  public SqsProgrammeEvents(SqsClient sqs, String queueUrl, ProgrammeClock clock) {
    this.sqs = sqs;
    this.queueUrl = queueUrl;
    this.clock = clock;
  }

  @Override
  public void jobPosted(JobPosting job) {
    sendJob(JOB_POSTED, job);
  }

  @Override
  public void jobUpdated(JobPosting job) {
    sendJob(JOB_UPDATED, job);
  }

  @Override
  public void jobClosed(JobPosting job) {
    sendJob(JOB_CLOSED, job);
  }

  @Override
  public void workerRegistered(Worker worker) {
    sendWorker(WORKER_REGISTERED, worker);
  }

  @Override
  public void workerUpdated(Worker worker) {
    sendWorker(WORKER_UPDATED, worker);
  }

  /** The id an event about this version of this record gets, whenever and however often it is sent. */
  public static String eventId(String type, String recordId, long version) {
    return Ids.derivedFrom(type, recordId, Long.toString(version));
  }

  private void sendJob(String type, JobPosting job) {
    send(type, job.id(), job.version(), job.modifiedAt(), EventData.job(job));
  }

  private void sendWorker(String type, Worker worker) {
    send(type, worker.id(), worker.version(), worker.modifiedAt(), EventData.worker(worker));
  }

  private void send(String type, String recordId, long version, Instant occurredAt, JsonNode data) {
    Envelope envelope = new Envelope(eventId(type, recordId, version), type, occurredAt, SOURCE, data);
    sqs.sendMessage(r -> r.queueUrl(queueUrl)
        .messageBody(EnvelopeCodec.toJson(envelope))
        .messageAttributes(Map.of(
            TYPE_ATTRIBUTE, stringAttribute(type),
            SENT_AT_ATTRIBUTE, stringAttribute(clock.now().toString()))));
  }

  private static MessageAttributeValue stringAttribute(String value) {
    return MessageAttributeValue.builder().dataType("String").stringValue(value).build();
  }
}
