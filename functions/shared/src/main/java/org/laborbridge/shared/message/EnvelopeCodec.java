package org.laborbridge.shared.message;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.laborbridge.shared.problem.FieldError;
import org.laborbridge.shared.problem.InvalidValue;

/**
 * Reads and writes envelopes as JSON, the one wire shape every queue and partner shares.
 *
 * <p>Built by hand on the JSON tree, so the wire shape is visible here and does not depend on
 * mapper modules. Bad input always becomes {@link InvalidValue}; parser messages are not passed on
 * because they quote the payload, which may hold personal data.
 */
public final class EnvelopeCodec {

  public static final String FIELD = "envelope";

  // One mapper for the process: it is thread-safe once configured and costly to build.
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      // Salaries and amounts in data must not pick up binary floating-point noise.
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      // 6500.50 stays 6500.50: partners compare amounts as written.
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .build();

  private EnvelopeCodec() {}

  public static String toJson(Envelope envelope) {
    try {
      return MAPPER.writeValueAsString(toTree(envelope));
    } catch (JsonProcessingException cannotHappenForATree) {
      throw new IllegalStateException("could not write envelope " + envelope.id(), cannotHappenForATree);
    }
  }

  public static byte[] toJsonBytes(Envelope envelope) {
    return toJson(envelope).getBytes(StandardCharsets.UTF_8);
  }

  public static Envelope fromJson(String json) {
    if (json == null || json.isBlank()) {
      throw new InvalidValue(FIELD, "is empty");
    }
    return fromTree(readTree(json));
  }

  public static Envelope fromJson(byte[] json) {
    if (json == null || json.length == 0) {
      throw new InvalidValue(FIELD, "is empty");
    }
    return fromJson(new String(json, StandardCharsets.UTF_8));
  }

  private static ObjectNode toTree(Envelope envelope) {
    ObjectNode tree = MAPPER.createObjectNode();
    tree.put("id", envelope.id());
    tree.put("type", envelope.type());
    tree.put("occurredAt", envelope.occurredAt().toString());
    tree.put("source", envelope.source());
    tree.set("data", envelope.data());
    return tree;
  }

  private static JsonNode readTree(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException malformed) {
      JsonLocation at = malformed.getLocation();
      String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
      throw new InvalidValue(FIELD, "is not valid JSON" + where);
    }
  }

  // Unknown top-level fields are ignored: partners may add to the envelope before we do.
  private static Envelope fromTree(JsonNode tree) {
    if (tree == null || !tree.isObject()) {
      throw new InvalidValue(FIELD, "must be a JSON object");
    }
    List<FieldError> errors = new ArrayList<>();
    String id = text(tree, "id", errors);
    String type = text(tree, "type", errors);
    String occurredAt = text(tree, "occurredAt", errors);
    String source = text(tree, "source", errors);
    Instant instant = occurredAt == null ? null : instant(occurredAt, errors);
    JsonNode data = tree.get("data");
    try {
      Envelope envelope = new Envelope(id, type, instant, source, data == null || data.isNull() ? null : data);
      if (errors.isEmpty()) {
        return envelope;
      }
    } catch (InvalidValue broken) {
      // Report every field once: a field of the wrong JSON type also reaches here as missing.
      broken.errors().stream()
          .filter(error -> errors.stream().noneMatch(known -> known.field().equals(error.field())))
          .forEach(errors::add);
    }
    throw new InvalidValue(errors);
  }

  private static String text(JsonNode tree, String field, List<FieldError> errors) {
    JsonNode node = tree.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isTextual()) {
      errors.add(new FieldError(field, "must be a string"));
      return null;
    }
    return node.textValue();
  }

  // Partners in China write +08:00 as often as Z; both mean one instant.
  private static Instant instant(String text, List<FieldError> errors) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException notIso) {
      errors.add(new FieldError("occurredAt", "must be an ISO-8601 date-time with an offset"));
      return null;
    }
  }
}
