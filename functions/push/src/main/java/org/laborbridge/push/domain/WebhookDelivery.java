package org.laborbridge.push.domain;

import org.laborbridge.shared.problem.FieldError;
import org.laborbridge.shared.problem.InvalidValue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One attempt at one signed outbound webhook (a webhook.deliver message): the way any capability sends an
 * event to a channel endpoint.
 *
 * @param id the delivery's id, the message id: the receiver sees it as webhook-id on every attempt
 * @param occurredAt when the event happened: the body's timestamp, the same on every attempt
 * @param payload the event's data as JSON text, opaque here; under 20 kB as Standard Webhooks asks
 * @param attempt 1 for the first try, then one more per retry
 */
public record WebhookDelivery(String id, String source, Instant occurredAt, String endpointId, String eventType,
    String payload, int attempt) {

  public static final int MAX_PAYLOAD_BYTES = 20 * 1024;
  private static final Pattern EVENT_TYPE = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+");

  public WebhookDelivery {
    List<FieldError> errors = new ArrayList<>();
    if (id == null || id.isBlank()) {
      errors.add(new FieldError("id", "is required"));
    }
    if (source == null || source.isBlank()) {
      errors.add(new FieldError("source", "is required"));
    }
    if (occurredAt == null) {
      errors.add(new FieldError("occurredAt", "is required"));
    }
    if (endpointId == null || endpointId.isBlank()) {
      errors.add(new FieldError("data.endpointId", "is required"));
    }
    if (!isEventType(eventType)) {
      errors.add(new FieldError("data.eventType", "must be dot-separated lower-case words, e.g. job.pushed"));
    }
    if (payload == null || payload.isBlank()) {
      errors.add(new FieldError("data.payload", "is required"));
    } else if (!fitsPayload(payload)) {
      errors.add(new FieldError("data.payload", "must be under " + MAX_PAYLOAD_BYTES / 1024 + " kB"));
    }
    if (attempt < 1) {
      errors.add(new FieldError("data.attempt", "must be 1 or more"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidValue(errors);
    }
  }

  /** Dot-separated lower-case words, e.g. {@code job.pushed}, {@code fair.cancelled}: what receivers route on. */
  public static boolean isEventType(String eventType) {
    return eventType != null && EVENT_TYPE.matcher(eventType).matches();
  }

  /** Whether a payload (JSON text) is small enough to send: under 20 kB, as Standard Webhooks asks. */
  public static boolean fitsPayload(String payload) {
    return payload.getBytes(StandardCharsets.UTF_8).length <= MAX_PAYLOAD_BYTES;
  }

  /** The same delivery, one attempt later. */
  public WebhookDelivery next() {
    return new WebhookDelivery(id, source, occurredAt, endpointId, eventType, payload, attempt + 1);
  }

  /** Leaves the payload out: it is not ours to log. */
  @Override
  public String toString() {
    return "WebhookDelivery[id=" + id + ", endpointId=" + endpointId + ", eventType=" + eventType + ", attempt=" + attempt + "]";
  }
}
