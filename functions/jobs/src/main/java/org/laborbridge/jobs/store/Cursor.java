package org.laborbridge.jobs.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.laborbridge.platform.dynamo.Cursors;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The opaque page cursor callers get back: URL-safe base64 of a small JSON holding the key to resume after
 * (and, for the changes feed, the month partition). Callers may send anything back, so decoding checks the
 * shape strictly and answers every oddity with one InvalidValue (a 400), never an SDK error (a 500).
 */
final class Cursor {

  // Our cursors are a few hundred characters; a longer one is not ours and not worth parsing.
  private static final int MAX_LENGTH = 2048;
  private static final String KEY = "k";
  private static final String MONTH = "m";

  /** Where to resume: an optional month partition and the key to start after (empty: from the start). */
  record Position(Optional<String> month, Map<String, AttributeValue> key) {}

  private Cursor() {}

  static String encode(Map<String, AttributeValue> key) {
    return encode(Optional.empty(), key);
  }

  static String encode(Optional<String> month, Map<String, AttributeValue> key) {
    ObjectNode tree = Cursors.tree();
    month.ifPresent(m -> tree.put(MONTH, m));
    ObjectNode keyNode = tree.putObject(KEY);
    key.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> keyNode.put(e.getKey(), e.getValue().s()));
    return Cursors.write(tree);
  }

  /**
   * @param keyNames the string key attributes the cursor must hold, exactly
   * @param monthAllowed whether the cursor may (and then must) name a month; with a month the key may be empty
   */
  static Position decode(String cursor, List<String> keyNames, boolean monthAllowed) {
    JsonNode tree = Cursors.read(cursor, MAX_LENGTH);
    Set<String> expectedFields = monthAllowed ? Set.of(KEY, MONTH) : Set.of(KEY);
    if (!tree.isObject() || !fieldNames(tree).equals(expectedFields) || !tree.get(KEY).isObject()) {
      throw Cursors.invalid();
    }
    Optional<String> month = Optional.empty();
    if (monthAllowed) {
      if (!tree.get(MONTH).isTextual()) {
        throw Cursors.invalid();
      }
      month = Optional.of(tree.get(MONTH).textValue());
    }
    JsonNode keyNode = tree.get(KEY);
    boolean emptyAllowed = monthAllowed && keyNode.isEmpty();
    if (!emptyAllowed && !fieldNames(keyNode).equals(Set.copyOf(keyNames))) {
      throw Cursors.invalid();
    }
    Map<String, AttributeValue> key = new HashMap<>();
    for (String name : keyNames) {
      JsonNode value = keyNode.get(name);
      if (value == null) {
        continue;
      }
      if (!value.isTextual() || value.textValue().isEmpty()) {
        throw Cursors.invalid();
      }
      key.put(name, AttributeValue.fromS(value.textValue()));
    }
    return new Position(month, Map.copyOf(key));
  }

  private static Set<String> fieldNames(JsonNode node) {
    Set<String> names = new HashSet<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }
}
