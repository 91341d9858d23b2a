package org.laborbridge.push.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.laborbridge.push.domain.CampaignContent;
import org.laborbridge.push.domain.CampaignMessage;
import org.laborbridge.push.domain.EventPayloads;
import org.laborbridge.push.domain.JobSummary;
import org.laborbridge.push.domain.PushRequest;
import org.laborbridge.push.domain.Salary;
import org.laborbridge.push.domain.WebhookDelivery;
import org.laborbridge.shared.message.Envelope;
import org.laborbridge.shared.message.EnvelopeCodec;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * The JSON push writes: the job.pushed and campaign.message events' data, webhook.deliver messages, and the body a
 * gateway receives,
 * {@code {"type", "timestamp", "data"}}. Only named fields are copied into a payload, so nothing personal that a
 * message might carry by mistake can reach a gateway.
 */
public final class WebhookJson implements EventPayloads {

  public static final String WEBHOOK_DELIVER = "webhook.deliver";

  // Amounts keep their digits as written, as the envelope codec does.
  static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .build();

  @Override
  public String jobPushed(PushRequest push) {
    ObjectNode data = MAPPER.createObjectNode();
    data.put("workerId", push.workerId());
    data.put("jobId", push.jobId());
    data.set("job", summary(push.job()));
    ArrayNode reasons = data.putArray("reasons");
    push.reasons().forEach(reasons::add);
    return write(data);
  }

  @Override
  public String campaignMessage(CampaignMessage message) {
    CampaignContent campaign = message.campaign();
    ObjectNode data = MAPPER.createObjectNode();
    data.put("workerId", message.workerId());
    data.put("campaignId", campaign.campaignId());
    putIfSet(data, "campaignName", campaign.campaignName());
    data.put("day", campaign.day().toString());
    putIfSet(data, "occasion", campaign.occasion());
    data.put("message", campaign.message());
    putIfSet(data, "fairId", campaign.fairId());
    ArrayNode fairs = data.putArray("fairs");
    for (CampaignContent.Fair fair : campaign.fairs()) {
      ObjectNode node = fairs.addObject();
      node.put("id", fair.id());
      node.put("name", fair.name());
      putIfSet(node, "region", fair.region() == null ? null : fair.region().code());
      putIfSet(node, "venue", fair.venue());
      putIfSet(node, "startsAt", fair.startsAt() == null ? null : fair.startsAt().toString());
      putIfSet(node, "endsAt", fair.endsAt() == null ? null : fair.endsAt().toString());
    }
    ArrayNode jobs = data.putArray("jobs");
    for (CampaignContent.Job job : campaign.jobs()) {
      ObjectNode node = jobs.addObject();
      node.put("id", job.id());
      node.put("title", job.title());
      putIfSet(node, "employerName", job.employerName());
      putIfSet(node, "region", job.region() == null ? null : job.region().code());
      putIfSet(node, "countyCode", job.countyCode());
      putIfSet(node, "city", job.city());
      putSalary(node, job.salary());
      putIfSet(node, "validThrough", job.validThrough() == null ? null : job.validThrough().toString());
    }
    return write(data);
  }

  private static ObjectNode summary(JobSummary job) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("title", job.title());
    putIfSet(node, "employerName", job.employerName());
    node.put("region", job.region().code());
    putIfSet(node, "countyCode", job.countyCode());
    putIfSet(node, "city", job.city());
    putSalary(node, job.salary());
    node.put("accommodationOffered", job.accommodationOffered());
    node.put("transportOffered", job.transportOffered());
    putIfSet(node, "laborBrand", job.laborBrand());
    if (job.validThrough() != null) {
      node.put("validThrough", job.validThrough().toString());
    }
    return node;
  }

  private static void putSalary(ObjectNode node, Salary salary) {
    if (salary != null) {
      ObjectNode amounts = node.putObject("salary");
      putIfSet(amounts, "min", salary.min());
      putIfSet(amounts, "max", salary.max());
      putIfSet(amounts, "unit", salary.unit());
      putIfSet(amounts, "monthlyMinimum", salary.monthlyMinimum());
    }
  }

  /** The webhook.deliver message of one attempt: the delivery id is the message id on every attempt. */
  public static String deliverMessage(WebhookDelivery delivery) {
    ObjectNode data = MAPPER.createObjectNode();
    data.put("endpointId", delivery.endpointId());
    data.put("eventType", delivery.eventType());
    data.set("payload", read(delivery.payload()));
    data.put("attempt", delivery.attempt());
    return EnvelopeCodec.toJson(new Envelope(delivery.id(), WEBHOOK_DELIVER, delivery.occurredAt(), delivery.source(), data));
  }

  /** What the gateway receives, byte for byte the same on every attempt (the timestamp is the event's). */
  public static byte[] body(WebhookDelivery delivery) {
    ObjectNode body = MAPPER.createObjectNode();
    body.put("type", delivery.eventType());
    body.put("timestamp", delivery.occurredAt().toString());
    body.set("data", read(delivery.payload()));
    return write(body).getBytes(StandardCharsets.UTF_8);
  }

  /** A payload as the domain carries it: JSON text. */
  public static String text(JsonNode payload) {
    return write(payload);
  }

  private static JsonNode read(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException notJson) {
      throw new IllegalStateException("a webhook payload is not JSON");
    }
  }

  private static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException cannotHappenForATree) {
      throw new IllegalStateException("could not write JSON", cannotHappenForATree);
    }
  }

  private static void putIfSet(ObjectNode node, String name, String value) {
    if (value != null) {
      node.put(name, value);
    }
  }

  private static void putIfSet(ObjectNode node, String name, BigDecimal value) {
    if (value != null) {
      node.put(name, value);
    }
  }
}
