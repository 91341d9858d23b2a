package org.laborbridge.platform.dynamo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.laborbridge.shared.problem.InvalidValue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The text of the opaque page cursors lists give out: URL-safe base64 of a small JSON tree whose shape each store
 * decides. Callers may send anything back, so reading answers every oddity with one InvalidValue (a 400), never an
 * SDK error (a 500); the store then checks the tree's shape just as strictly.
 */
public final class Cursors {

  public static final String FIELD = "cursor";
  private static final ObjectMapper JSON = new ObjectMapper();

  private Cursors() {}

  public static ObjectNode tree() {
    return JSON.createObjectNode();
  }

  public static String write(ObjectNode tree) {
    try {
      return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(tree));
    } catch (JsonProcessingException cannotHappenForATree) {
      throw new IllegalStateException("could not write a cursor", cannotHappenForATree);
    }
  }

  /** @param maxLength longer text is not one of ours and not worth parsing */
  public static JsonNode read(String cursor, int maxLength) {
    if (cursor == null || cursor.isEmpty() || cursor.length() > maxLength) {
      throw invalid();
    }
    try {
      return JSON.readTree(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
    } catch (IllegalArgumentException | JsonProcessingException malformed) {
      throw invalid();
    }
  }

  public static InvalidValue invalid() {
    return new InvalidValue(FIELD, "is not a cursor this list gave out");
  }
}
