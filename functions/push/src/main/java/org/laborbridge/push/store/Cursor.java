package org.laborbridge.push.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.laborbridge.platform.dynamo.Cursors;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.HashMap;
import java.util.Map;

/**
 * The opaque page cursor callers get back: URL-safe base64 of the table key to resume after. Callers may send
 * anything back, so decoding checks the shape strictly, and that the key lies in the partition being listed:
 * every oddity is one InvalidValue (a 400), never an SDK error (a 500), never another partition's items.
 */
final class Cursor {

  private static final int MAX_LENGTH = 1024;

  private Cursor() {}

  static String encode(Map<String, AttributeValue> key) {
    ObjectNode tree = Cursors.tree();
    tree.put("p", key.get(DeliveriesTable.PK).s());
    tree.put("s", key.get(DeliveriesTable.SK).s());
    return Cursors.write(tree);
  }

  /** The key to resume after; it must belong to {@code partition} and its sort key start with {@code skPrefix}. */
  static Map<String, AttributeValue> decode(String cursor, String partition, String skPrefix) {
    JsonNode tree = Cursors.read(cursor, MAX_LENGTH);
    if (!tree.isObject() || tree.size() != 2 || !tree.path("p").isTextual() || !tree.path("s").isTextual()
        || !tree.get("p").textValue().equals(partition) || !tree.get("s").textValue().startsWith(skPrefix)
        || tree.get("s").textValue().isEmpty()) {
      throw Cursors.invalid();
    }
    Map<String, AttributeValue> key = new HashMap<>();
    key.put(DeliveriesTable.PK, AttributeValue.fromS(tree.get("p").textValue()));
    key.put(DeliveriesTable.SK, AttributeValue.fromS(tree.get("s").textValue()));
    return key;
  }
}
