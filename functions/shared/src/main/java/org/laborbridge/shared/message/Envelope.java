package org.laborbridge.shared.message;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.laborbridge.shared.problem.FieldError;
import org.laborbridge.shared.problem.InvalidValue;

/**
 * One event as it travels between functions and partners: queue messages and webhook bodies.
 *
 * @param id the idempotency key: the same on every retry of the same event
 * @param type dot-separated lower-case words, e.g. {@code job.posted}, {@code transfer.forward}
 * @param source who raised the event, e.g. a function or a partner id
 * @param data the event's body; its shape belongs to the type, not to this envelope
 */
public record Envelope(String id, String type, Instant occurredAt, String source, JsonNode data) {

  // Bounded because ids and sources become storage keys and header values.
  static final int MAX_ID_LENGTH = 128;
  static final int MAX_SOURCE_LENGTH = 128;
  private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+");

  public Envelope {
    List<FieldError> errors = new ArrayList<>();
    if (id == null || id.isBlank()) {
      errors.add(new FieldError("id", "is required"));
    } else if (id.length() > MAX_ID_LENGTH) {
      errors.add(new FieldError("id", "must be at most " + MAX_ID_LENGTH + " characters"));
    }
    if (type == null || !TYPE.matcher(type).matches()) {
      errors.add(new FieldError("type", "must be dot-separated lower-case words, e.g. job.posted"));
    }
    if (occurredAt == null) {
      errors.add(new FieldError("occurredAt", "is required"));
    }
    if (source == null || source.isBlank()) {
      errors.add(new FieldError("source", "is required"));
    } else if (source.length() > MAX_SOURCE_LENGTH) {
      errors.add(new FieldError("source", "must be at most " + MAX_SOURCE_LENGTH + " characters"));
    }
    if (data == null || data.isMissingNode()) {
      errors.add(new FieldError("data", "is required"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidValue(errors);
    }
  }

  /** A new event, happening now, with a fresh random id. */
  public static Envelope of(String type, String source, JsonNode data, Clock clock) {
    return new Envelope(UUID.randomUUID().toString(), type, clock.instant(), source, data);
  }

  /** Leaves {@code data} out: it may carry identity or mobile numbers, and envelopes get logged. */
  @Override
  public String toString() {
    return "Envelope[id=" + id + ", type=" + type + ", occurredAt=" + occurredAt + ", source=" + source + "]";
  }
}
