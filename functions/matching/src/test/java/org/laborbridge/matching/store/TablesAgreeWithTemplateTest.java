package org.laborbridge.matching.store;

import org.junit.jupiter.api.Test;
import org.laborbridge.localaws.RepositoryRoot;
import org.laborbridge.localaws.template.CloudFormationTemplate;
import org.laborbridge.localaws.template.TemplateLoader;
import org.laborbridge.localaws.template.Values;
import org.laborbridge.platform.testing.TemplateTables;

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

    assertEquals(List.of(CandidatesTable.PK, CandidatesTable.SK), TemplateTables.keySchema(table.get("KeySchema")));
    assertEquals(Map.of(), TemplateTables.indexes(table));
    assertEquals(Optional.empty(), TemplateTables.timeToLive(table));
  }

  @Test
  void the_matches_table_has_the_keys_index_and_expiry_attribute_matches_table_names() {
    Map<String, Object> table = template.resource("MatchesTable").properties();

    assertEquals(List.of(MatchesTable.PK, MatchesTable.SK), TemplateTables.keySchema(table.get("KeySchema")));
    assertEquals(Map.of(MatchesTable.BY_JOB, List.of(MatchesTable.GSI1PK, MatchesTable.GSI1SK)), TemplateTables.indexes(table));
    assertEquals(Optional.of(MatchesTable.EXPIRES_AT), TemplateTables.timeToLive(table));
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
}
