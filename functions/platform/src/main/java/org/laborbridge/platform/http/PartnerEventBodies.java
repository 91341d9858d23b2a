package org.laborbridge.platform.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import org.laborbridge.shared.problem.InvalidValue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Reading partners' signed webhook deliveries, the same for every capability that takes them: the exact bytes the
 * signature covers (never re-encoded), and the {@code {"type": ..., "timestamp": ..., "data": {...}}} body with
 * field errors named under their path and the input never echoed.
 */
@Singleton
public class PartnerEventBodies {

  private final ObjectMapper json;
  private final JsonErrors jsonErrors;

  public PartnerEventBodies(ObjectMapper json, JsonErrors jsonErrors) {
    this.json = json;
    this.jsonErrors = jsonErrors;
  }

  /** The body as received: API Gateway may have base64-encoded it. */
  public static byte[] rawBody(APIGatewayV2HTTPEvent event) {
    if (event.getBody() == null) {
      return new byte[0];
    }
    return event.getIsBase64Encoded() ? Base64.getDecoder().decode(event.getBody())
        : event.getBody().getBytes(StandardCharsets.UTF_8);
  }

  /** The event's JSON object; anything else is the caller's mistake (400). */
  public JsonNode parse(byte[] body) {
    try {
      JsonNode root = json.readTree(body);
      if (root == null || !root.isObject()) {
        throw new InvalidValue("body", "must be a JSON object with type and data");
      }
      return root;
    } catch (IOException e) {
      throw new InvalidValue("body", "is not valid JSON");
    }
  }

  /** An event's type (one of those the capability takes) and its data object. */
  public record PartnerEvent(String type, JsonNode data) {}

  /**
   * The event of a body: its type must be one of {@code types} and its data an object ({@code dataIs} says what it
   * should hold, for the error).
   */
  public PartnerEvent event(byte[] body, List<String> types, String dataIs) {
    JsonNode root = parse(body);
    String type = root.path("type").asText("");
    JsonNode data = root.path("data");
    if (!types.contains(type)) {
      throw new InvalidValue("type", "must be one of " + String.join(", ", types));
    }
    if (!data.isObject()) {
      throw new InvalidValue("data", "is required: " + dataIs);
    }
    return new PartnerEvent(type, data);
  }

  /** Reads part of the event as a body type; a wrong type is named under {@code prefix}, e.g. {@code data.}. */
  public <T> T read(JsonNode node, Class<T> type, String prefix) {
    try {
      return json.treeToValue(node, type);
    } catch (JsonProcessingException e) {
      throw jsonErrors.toInvalidValue(e, prefix);
    }
  }
}
