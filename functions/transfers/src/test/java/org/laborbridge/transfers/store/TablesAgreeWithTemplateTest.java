package org.laborbridge.transfers.store;

import org.junit.jupiter.api.Test;
import org.laborbridge.localaws.RepositoryRoot;
import org.laborbridge.localaws.template.CloudFormationTemplate;
import org.laborbridge.localaws.template.TemplateLoader;
import org.laborbridge.localaws.template.Values;
import org.laborbridge.platform.testing.TemplateTables;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * template.yaml is the single source of the tables' shape; TransfersTable must say the same. The jobs function's
 * WorkersTable and PartnersTable, which transfers reads, must have the keys the directories read by.
 */
class TablesAgreeWithTemplateTest {

  private final CloudFormationTemplate template = TemplateLoader.load(RepositoryRoot.find().resolve("template.yaml"));

  @Test
  void the_transfers_table_has_the_keys_indexes_and_expiry_attribute_transfers_table_names() {
    Map<String, Object> table = template.resource("TransfersTable").properties();

    assertEquals(List.of(TransfersTable.PK, TransfersTable.SK), TemplateTables.keySchema(table.get("KeySchema")));
    assertEquals(Map.of(
        TransfersTable.TRANSFER_OUT_DUE_INDEX, List.of(TransfersTable.GSI1PK, TransfersTable.GSI1SK),
        TransfersTable.OVERALL_DUE_INDEX, List.of(TransfersTable.GSI2PK, TransfersTable.GSI2SK),
        TransfersTable.TRANSFER_IN_INDEX, List.of(TransfersTable.GSI3PK, TransfersTable.GSI3SK),
        TransfersTable.TRANSFER_OUT_INDEX, List.of(TransfersTable.GSI4PK, TransfersTable.GSI4SK),
        TransfersTable.WORKER_INDEX, List.of(TransfersTable.GSI5PK, TransfersTable.GSI5SK)),
        TemplateTables.indexes(table));
    for (TransfersTable.ListIndex list : List.of(TransfersTable.BY_TRANSFER_IN, TransfersTable.BY_TRANSFER_OUT,
        TransfersTable.BY_WORKER)) {
      assertEquals(List.of(list.pk(), list.sk()), TemplateTables.indexes(table).get(list.name()), list.name());
    }
    assertEquals(Optional.of(TransfersTable.EXPIRES_AT), TemplateTables.timeToLive(table));
    Values.list(table.get("AttributeDefinitions"), "AttributeDefinitions").forEach(definition ->
        assertEquals("S", Values.map(definition, "AttributeDefinitions").get("AttributeType")));
    Map<String, Map<String, Object>> projections = new HashMap<>();
    Values.list(table.get("GlobalSecondaryIndexes"), "GlobalSecondaryIndexes").forEach(index -> projections.put(
        (String) Values.map(index, "index").get("IndexName"),
        Values.map(Values.map(index, "index").get("Projection"), "Projection")));
    // The daily check needs only the transfer's key from a deadline index.
    for (String deadlines : List.of(TransfersTable.TRANSFER_OUT_DUE_INDEX, TransfersTable.OVERALL_DUE_INDEX)) {
      assertEquals("KEYS_ONLY", projections.get(deadlines).get("ProjectionType"), deadlines);
    }
    // A list shows a line per transfer, read from the index alone: exactly what the line needs is projected.
    for (String list : List.of(TransfersTable.TRANSFER_IN_INDEX, TransfersTable.TRANSFER_OUT_INDEX, TransfersTable.WORKER_INDEX)) {
      assertEquals("INCLUDE", projections.get(list).get("ProjectionType"), list);
      assertEquals(new HashSet<>(TransfersTable.LIST_ATTRIBUTES),
          new HashSet<>(Values.list(projections.get(list).get("NonKeyAttributes"), "NonKeyAttributes")), list);
    }
  }

  @Test
  void the_jobs_tables_transfers_reads_have_the_keys_its_directories_use() {
    assertEquals(List.of(org.laborbridge.platform.dynamo.JobsWorkerRecords.PK, org.laborbridge.platform.dynamo.JobsWorkerRecords.SK),
        TemplateTables.keySchema(template.resource("WorkersTable").properties().get("KeySchema")));
    assertEquals(List.of(DynamoPartnerDirectory.PK, DynamoPartnerDirectory.SK),
        TemplateTables.keySchema(template.resource("PartnersTable").properties().get("KeySchema")));
  }
}
