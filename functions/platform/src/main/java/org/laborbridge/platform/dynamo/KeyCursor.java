package org.laborbridge.platform.dynamo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A page cursor that is the (string) key to resume after, of a table or an index. Reading it checks the shape
 * strictly and asks the store whether the key lies in what is being listed: every oddity is one InvalidValue (a
 * 400), never an SDK error (a 500), never another partition's items.
 */
public final class KeyCursor {

  private static final int MAX_LENGTH = 2048;

  private KeyCursor() {}

  public static String encode(Map<String, AttributeValue> key) {
    ObjectNode tree = Cursors.tree();
    key.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> tree.put(e.getKey(), e.getValue().s()));
    return Cursors.write(tree);
  }

  /**
   * @param keyNames the attributes a resume key of this list has, no more, no fewer
   * @param belongs whether the key's texts lie in the list being read
   */
  public static Map<String, AttributeValue> decode(String cursor, List<String> keyNames,
      Predicate<Map<String, String>> belongs) {
    JsonNode tree = Cursors.read(cursor, MAX_LENGTH);
    if (!tree.isObject() || tree.size() != keyNames.size()) {
      throw Cursors.invalid();
    }
    Map<String, String> texts = new HashMap<>();
    for (Iterator<String> names = tree.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      JsonNode value = tree.get(name);
      if (!keyNames.contains(name) || !value.isTextual() || value.textValue().isEmpty()) {
        throw Cursors.invalid();
      }
      texts.put(name, value.textValue());
    }
    if (!belongs.test(texts)) {
      throw Cursors.invalid();
    }
    Map<String, AttributeValue> key = new HashMap<>();
    texts.forEach((name, text) -> key.put(name, AttributeValue.fromS(text)));
    return key;
  }
}
