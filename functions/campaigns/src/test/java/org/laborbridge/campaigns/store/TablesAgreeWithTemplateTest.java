package org.laborbridge.campaigns.store;

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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * template.yaml is the single source of each table's shape: CampaignsTable must be what CampaignsTable says, and the
 * other functions' tables campaigns reads must have the indexes (and projected attributes) it reads.
 */
class TablesAgreeWithTemplateTest {

  private final CloudFormationTemplate template = TemplateLoader.load(RepositoryRoot.find().resolve("template.yaml"));

  @Test
  void the_campaigns_table_has_the_keys_year_index_and_expiry_attribute_campaigns_table_names() {
    Map<String, Object> table = template.resource("CampaignsTable").properties();

    assertEquals(List.of(CampaignsTable.PK, CampaignsTable.SK), TemplateTables.keySchema(table.get("KeySchema")));
    assertEquals(Map.of(CampaignsTable.BY_YEAR, List.of(CampaignsTable.GSI1PK, CampaignsTable.GSI1SK)),
        TemplateTables.indexes(table));
    assertEquals(Optional.of(CampaignsTable.EXPIRES_AT), TemplateTables.timeToLive(table));
  }

  @Test
  void the_workers_table_has_the_consent_index_campaigns_reads_projecting_what_it_reads_and_nothing_personal() {
    Map<String, Object> table = template.resource("WorkersTable").properties();
    assertEquals(List.of(WorkersAudienceIndex.GSI1PK, WorkersAudienceIndex.GSI1SK),
        TemplateTables.indexes(table).get(WorkersAudienceIndex.INDEX));

    List<Object> projected = projection(table, WorkersAudienceIndex.INDEX);
    assertEquals(WorkersAudienceIndex.PROJECTED, projected);
    assertFalse(projected.contains("name") || projected.contains("phone") || projected.contains("identityNumber"));
  }

  @Test
  void the_fairs_and_jobs_tables_have_the_region_indexes_campaigns_reads_with_what_it_reads() {
    Map<String, Object> fairs = template.resource("FairsTable").properties();
    assertEquals(List.of(DynamoFairDirectory.GSI1PK, DynamoFairDirectory.GSI1SK),
        TemplateTables.indexes(fairs).get(DynamoFairDirectory.INDEX));
    assertTrue(projection(fairs, DynamoFairDirectory.INDEX).containsAll(DynamoFairDirectory.READ));

    Map<String, Object> jobs = template.resource("JobsTable").properties();
    assertEquals(DynamoJobDirectory.GSI1PK, TemplateTables.indexes(jobs).get(DynamoJobDirectory.INDEX).get(0));
    assertEquals("ALL", projectionType(jobs, DynamoJobDirectory.INDEX));
  }

  private static List<Object> projection(Map<String, Object> table, String indexName) {
    return Values.list(projectionOf(table, indexName).get("NonKeyAttributes"), "NonKeyAttributes");
  }

  private static Object projectionType(Map<String, Object> table, String indexName) {
    return projectionOf(table, indexName).get("ProjectionType");
  }

  private static Map<String, Object> projectionOf(Map<String, Object> table, String indexName) {
    return Values.list(table.get("GlobalSecondaryIndexes"), "GlobalSecondaryIndexes").stream()
        .map(i -> Values.map(i, "index")).filter(i -> indexName.equals(i.get("IndexName"))).findFirst()
        .map(i -> Values.map(i.get("Projection"), "Projection")).orElseThrow();
  }
}
