package org.laborbridge.platform.testing;

import org.laborbridge.localaws.template.Values;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads a table's shape out of template.yaml, so that each function's ...Table class can be checked against it. */
public final class TemplateTables {
  private TemplateTables() {}

  /** Hash key then range key. */
  public static List<String> keySchema(Object schema) {
    List<Map<String, Object>> elements = Values.list(schema, "KeySchema").stream().map(e -> Values.map(e, "KeySchema")).toList();
    String hash = elements.stream().filter(e -> "HASH".equals(e.get("KeyType"))).map(e -> (String) e.get("AttributeName"))
        .findFirst().orElseThrow();
    String range = elements.stream().filter(e -> "RANGE".equals(e.get("KeyType"))).map(e -> (String) e.get("AttributeName"))
        .findFirst().orElseThrow();
    return List.of(hash, range);
  }

  /** Every global and local secondary index by name, with its hash and range key. */
  public static Map<String, List<String>> indexes(Map<String, Object> table) {
    Map<String, List<String>> indexes = new LinkedHashMap<>();
    for (String kind : List.of("GlobalSecondaryIndexes", "LocalSecondaryIndexes")) {
      if (table.containsKey(kind)) {
        Values.list(table.get(kind), kind).stream().map(i -> Values.map(i, kind))
            .forEach(index -> indexes.put((String) index.get("IndexName"), keySchema(index.get("KeySchema"))));
      }
    }
    return indexes;
  }

  public static Optional<String> timeToLive(Map<String, Object> table) {
    return Optional.ofNullable(table.get("TimeToLiveSpecification"))
        .map(spec -> Values.map(spec, "TimeToLiveSpecification"))
        .map(spec -> (String) spec.get("AttributeName"));
  }
}
