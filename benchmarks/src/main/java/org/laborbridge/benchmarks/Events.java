package org.laborbridge.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Sample events from events/, and variants of them the benchmarks need (another key, another body). */
final class Events {

  static final ObjectMapper JSON = new ObjectMapper();

  private Events() {}

  static ObjectNode read(Path sample) {
    try {
      return (ObjectNode) JSON.readTree(sample.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The same request with another Idempotency-Key (when it has one), so a repeat is a new request. */
  static ObjectNode withIdempotencyKey(ObjectNode event, String suffix) {
    ObjectNode copy = event.deepCopy();
    JsonNode headers = copy.path("headers");
    if (headers instanceof ObjectNode h) {
      h.properties().stream().filter(e -> e.getKey().equalsIgnoreCase("idempotency-key")).findFirst()
          .ifPresent(e -> h.put(e.getKey(), e.getValue().asText() + "-" + suffix));
    }
    return copy;
  }

  /** An API Gateway event whose JSON body is changed by {@code change}. */
  static ObjectNode withBody(ObjectNode event, Consumer<ObjectNode> change) {
    ObjectNode copy = event.deepCopy();
    try {
      ObjectNode body = (ObjectNode) JSON.readTree(copy.path("body").asText());
      change.accept(body);
      copy.put("body", JSON.writeValueAsString(body));
      return copy;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An API Gateway event with another JWT subject (and the same roles). */
  static ObjectNode withSubject(ObjectNode event, String subject) {
    ObjectNode copy = event.deepCopy();
    ((ObjectNode) copy.path("requestContext").path("authorizer").path("jwt").path("claims")).put("sub", subject);
    return copy;
  }

  /** An API Gateway event whose path has {@code from} replaced by {@code to} (raw path, path parameters). */
  static ObjectNode withPath(ObjectNode event, String from, String to) {
    try {
      return (ObjectNode) JSON.readTree(JSON.writeValueAsString(event).replace(from, to));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An SQS event whose first record's envelope is changed by {@code change} (the body is the envelope's JSON). */
  static ObjectNode withEnvelope(ObjectNode event, Consumer<ObjectNode> change) {
    ObjectNode copy = event.deepCopy();
    ObjectNode record = (ObjectNode) copy.path("Records").get(0);
    try {
      ObjectNode envelope = (ObjectNode) JSON.readTree(record.path("body").asText());
      change.accept(envelope);
      record.put("body", JSON.writeValueAsString(envelope));
      record.put("messageId", java.util.UUID.randomUUID().toString());
      return copy;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(JsonNode event) {
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(event);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
