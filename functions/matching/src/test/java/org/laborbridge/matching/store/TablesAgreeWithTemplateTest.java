package org.laborbridge.matching.store;

import org.junit.jupiter.api.Test;
import org.laborbridge.localaws.RepositoryRoot;
import org.laborbridge.localaws.template.CloudFormationTemplate;
import org.laborbridge.localaws.template.TemplateLoader;
import org.laborbridge.localaws.template.Values;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** template.yaml is the single source of each table's shape; the …Table classes must say the same. */
class TablesAgreeWithTemplateTest {

  private final CloudFormationTemplate template = TemplateLoader.load(RepositoryRoot.find().resolve("template.yaml"));

  @Test
  void the_candidates_table_has_the_keys_candidates_table_names_and_no_index_and_no_expiry() {
    Map<String, Object> table = template.resource("CandidatesTable").properties();

    assertEquals(List.of(CandidatesTable.PK, CandidatesTable.SK), keySchema(table.get("KeySchema")));
    assertEquals(Map.of(), indexes(table));
    assertEquals(Optional.empty(), timeToLive(table));
  }

  @Test
  void the_matches_table_has_the_keys_index_and_expiry_attribute_matches_table_names() {
    Map<String, Object> table = template.resource("MatchesTable").properties();

    assertEquals(List.of(MatchesTable.PK, MatchesTable.SK), keySchema(table.get("KeySchema")));
    assertEquals(Map.of(MatchesTable.BY_JOB, List.of(MatchesTable.GSI1PK, MatchesTable.GSI1SK)), indexes(table));
    assertEquals(Optional.of(MatchesTable.EXPIRES_AT), timeToLive(table));
  }

  @Test
  void every_key_attribute_is_a_string_in_the_template() {
    for (String logicalId : List.of("CandidatesTable", "MatchesTable")) {
      Map<String, Object> table = template.resource(logicalId).properties();
      Values.list(table.get("AttributeDefinitions"), logicalId).forEach(definition ->
          assertEquals("S", Values.map(definition, logicalId).get("AttributeType"), logicalId + " " + definition));
    }
  }

  @Test
  void the_matching_function_is_given_the_tables_and_queue_its_configuration_reads() {
    Map<String, Object> function = template.resource("MatchingFunction").properties();
    Map<String, Object> variables = Values.map(Values.map(function.get("Environment"), "Environment").get("Variables"),
        "Variables");

    assertEquals(List.of("MATCHING_CANDIDATES_TABLE", "MATCHING_MATCHES_TABLE", "MATCHING_PUSH_QUEUE_URL"),
        variables.keySet().stream().sorted().toList());
    assertEquals("org.laborbridge.matching.api.MatchingQueueHandler", function.get("Handler"));
  }

  /** Hash key then range key. */
  private static List<String> keySchema(Object schema) {
    List<Map<String, Object>> elements = Values.list(schema, "KeySchema").stream().map(e -> Values.map(e, "KeySchema")).toList();
    String hash = elements.stream().filter(e -> "HASH".equals(e.get("KeyType"))).map(e -> (String) e.get("AttributeName"))
        .findFirst().orElseThrow();
    String range = elements.stream().filter(e -> "RANGE".equals(e.get("KeyType"))).map(e -> (String) e.get("AttributeName"))
        .findFirst().orElseThrow();
    return List.of(hash, range);
  }

  private static Map<String, List<String>> indexes(Map<String, Object> table) {
    Map<String, List<String>> indexes = new LinkedHashMap<>();
    for (String kind : List.of("GlobalSecondaryIndexes", "LocalSecondaryIndexes")) {
      if (table.containsKey(kind)) {
        Values.list(table.get(kind), kind).stream().map(i -> Values.map(i, kind))
            .forEach(index -> indexes.put((String) index.get("IndexName"), keySchema(index.get("KeySchema"))));
      }
    }
    return indexes;
  }

  private static Optional<String> timeToLive(Map<String, Object> table) {
    return Optional.ofNullable(table.get("TimeToLiveSpecification"))
        .map(spec -> Values.map(spec, "TimeToLiveSpecification"))
        .map(spec -> (String) spec.get("AttributeName"));
  }
}
