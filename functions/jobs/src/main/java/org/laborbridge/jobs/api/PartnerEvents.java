package org.laborbridge.jobs.api;

import org.laborbridge.platform.http.PartnerEventBodies;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Singleton;
import org.laborbridge.jobs.domain.ChangeJob;
import org.laborbridge.jobs.domain.JobPosting;
import org.laborbridge.jobs.domain.Partner;
import org.laborbridge.jobs.domain.PostJob;
import org.laborbridge.jobs.domain.RegisterWorker;
import org.laborbridge.shared.webhook.WebhookReply;
import org.laborbridge.shared.problem.InvalidValue;

import java.time.Clock;
import java.util.List;

/**
 * The events a partner may send, {@code {"type": ..., "timestamp": ..., "data": {...}}}: job.posted,
 * job.updated and job.closed (data names the partner's own {@code externalId} for the job) and
 * worker.registered (data is a worker registration).
 */
@Singleton
class PartnerEvents {

  static final List<String> TYPES = List.of("job.posted", "job.updated", "job.closed", "worker.registered");

  private final ObjectMapper json;
  private final PartnerEventBodies bodies;
  private final PostJob postJob;
  private final ChangeJob changeJob;
  private final RegisterWorker registerWorker;
  private final Clock clock;

  PartnerEvents(ObjectMapper json, PartnerEventBodies bodies, PostJob postJob, ChangeJob changeJob,
      RegisterWorker registerWorker, Clock clock) {
    this.json = json;
    this.bodies = bodies;
    this.postJob = postJob;
    this.changeJob = changeJob;
    this.registerWorker = registerWorker;
    this.clock = clock;
  }

  WebhookReply handle(Partner partner, String webhookId, byte[] body) {
    PartnerEventBodies.PartnerEvent event = bodies.event(body, TYPES, "an object");
    String type = event.type();
    JsonNode data = event.data();
    ObjectNode reply = json.createObjectNode().put("webhookId", webhookId).put("type", type);
    switch (type) {
      case "job.posted" -> {
        PostJob.Posted posted = postJob.postForPartner(partner.id(), externalId(data), bodies.read(data, JobBody.class, "data.").toDomain());
        job(reply, posted.job()).put("outcome", posted.repeated() ? "ALREADY_POSTED" : "POSTED");
      }
      case "job.updated" -> job(reply, changeJob.updateForPartner(partner.id(), externalId(data),
          bodies.read(data, JobBody.class, "data.").toDomain())).put("outcome", "UPDATED");
      case "job.closed" -> job(reply, changeJob.closeForPartner(partner.id(), externalId(data))).put("outcome", "CLOSED");
      default -> {
        RegisterWorker.Registered registered = registerWorker.registerForPartner(partner.id(), webhookId,
            bodies.read(data, WorkerBody.class, "data.").toDomain(clock));
        reply.put("workerId", registered.worker().id()).put("outcome", registered.repeated() ? "ALREADY_REGISTERED" : "REGISTERED");
      }
    }
    return new WebhookReply(200, reply.toString());
  }

  private static ObjectNode job(ObjectNode reply, JobPosting job) {
    return reply.put("jobId", job.id()).put("status", job.status().name()).put("version", job.version());
  }

  private static String externalId(JsonNode data) {
    String id = data.path("externalId").asText("").strip();
    if (id.isEmpty() || id.length() > 128) {
      throw new InvalidValue("data.externalId", "is required: your own id for the job, at most 128 characters");
    }
    return id;
  }
}
