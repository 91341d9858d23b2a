package org.laborbridge.matching.store;

import org.junit.jupiter.api.Test;
import org.laborbridge.matching.domain.CandidatePool;
import org.laborbridge.matching.domain.JobFair;
import org.laborbridge.matching.domain.JobPool;
import org.laborbridge.localaws.RepositoryRoot;
import org.laborbridge.localaws.template.CloudFormationTemplate;
import org.laborbridge.localaws.template.TemplateLoader;
import org.laborbridge.localaws.template.Values;
import org.laborbridge.platform.testing.TemplateTables;
import org.laborbridge.shared.region.Region;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
  void every_item_of_the_candidates_table_fair_rosters_included_is_keyed_by_the_template_key_attributes_as_strings() {
    List<String> keys = TemplateTables.keySchema(template.resource("CandidatesTable").properties().get("KeySchema"));
    JobFair fair = new JobFair("fair-1", Region.SICHUAN, Instant.parse("2026-12-05T01:00:00Z"),
        Instant.parse("2026-12-05T09:00:00Z"));
    List<Map<String, AttributeValue>> items = List.of(
        CandidatesTable.entryItem(Fixtures.worker("w-1", 1, Set.of(Region.ZHEJIANG), "6-18-02-04"),
            CandidatePool.in(Region.ZHEJIANG, "6-18-02")),
        CandidatesTable.listingItem(Fixtures.job("job-1"), new JobPool(Region.ZHEJIANG, "6-18-02")),
        CandidatesTable.seatItem(fair, "reg-1", "w-1"),
        CandidatesTable.seatNoteItem(fair, "reg-1", "w-1"),
        CandidatesTable.boothItem(fair, "reg-2", "job-1"),
        CandidatesTable.boothNoteItem(fair, "reg-2", "job-1"));

    for (Map<String, AttributeValue> item : items) {
      for (String key : keys) {
        assertEquals(AttributeValue.Type.S, item.get(key).type(), key + " of " + item.get(CandidatesTable.SK).s());
      }
    }
    // The roster lives in the partitions its reads name: the fair's, and the worker's or job's own.
    assertEquals(List.of("FAIR#fair-1/SEAT#w-1", "WORKER#w-1/FAIR#fair-1", "FAIR#fair-1/BOOTH#job-1", "JOB#job-1/FAIR#fair-1"),
        items.subList(2, 6).stream()
            .map(item -> item.get(CandidatesTable.PK).s() + "/" + item.get(CandidatesTable.SK).s()).toList());
    assertEquals(fair, CandidatesTable.toFair(CandidatesTable.boothNoteItem(fair, "reg-2", "job-1")));
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
