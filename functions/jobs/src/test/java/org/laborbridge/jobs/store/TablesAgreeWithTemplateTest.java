package org.laborbridge.jobs.store;

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

/** template.yaml is the single source of each table's shape; the …Table classes must say the same. */
class TablesAgreeWithTemplateTest {

  private final CloudFormationTemplate template = TemplateLoader.load(RepositoryRoot.find().resolve("template.yaml"));

  @Test
  void the_jobs_table_has_the_keys_indexes_and_expiry_attribute_jobs_table_names() {
    Map<String, Object> table = template.resource("JobsTable").properties();

    assertEquals(List.of(JobsTable.PK, JobsTable.SK), TemplateTables.keySchema(table.get("KeySchema")));
    assertEquals(Map.of(
            JobsTable.BY_REGION_STATUS, List.of(JobsTable.GSI1PK, JobsTable.GSI1SK),
            JobsTable.CHANGES_FEED, List.of(JobsTable.GSI2PK, JobsTable.GSI2SK)),
        TemplateTables.indexes(table));
    assertEquals(Optional.of(JobsTable.EXPIRES_AT), TemplateTables.timeToLive(table));
  }

  @Test
  void the_workers_table_has_the_keys_and_index_workers_table_names_and_no_expiry() {
    Map<String, Object> table = template.resource("WorkersTable").properties();

    assertEquals(List.of(WorkersTable.PK, WorkersTable.SK), TemplateTables.keySchema(table.get("KeySchema")));
    assertEquals(Map.of(WorkersTable.BY_CONSENTED_REGION, List.of(WorkersTable.GSI1PK, WorkersTable.GSI1SK)),
        TemplateTables.indexes(table));
    assertEquals(Optional.empty(), TemplateTables.timeToLive(table));
  }

  @Test
  void the_consent_index_projects_exactly_the_audience_attributes_and_nothing_personal() {
    Map<String, Object> index = Values.map(Values.list(template.resource("WorkersTable").properties()
        .get("GlobalSecondaryIndexes"), "GlobalSecondaryIndexes").get(0), "index");
    Map<String, Object> projection = Values.map(index.get("Projection"), "Projection");

    assertEquals("INCLUDE", projection.get("ProjectionType"));
    List<Object> projected = Values.list(projection.get("NonKeyAttributes"), "NonKeyAttributes");
    assertEquals(WorkersTable.AUDIENCE, projected);
    assertFalse(projected.contains(WorkersTable.NAME) || projected.contains(WorkersTable.PHONE)
        || projected.contains(WorkersTable.IDENTITY_NUMBER));
  }

  @Test
  void the_partners_table_has_the_keys_and_expiry_attribute_partners_table_names_and_no_index() {
    Map<String, Object> table = template.resource("PartnersTable").properties();

    assertEquals(List.of(PartnersTable.PK, PartnersTable.SK), TemplateTables.keySchema(table.get("KeySchema")));
    assertEquals(Map.of(), TemplateTables.indexes(table));
    assertEquals(Optional.of(PartnersTable.EXPIRES_AT), TemplateTables.timeToLive(table));
  }

  @Test
  void every_key_attribute_the_classes_name_is_a_string_in_the_template() {
    for (String logicalId : List.of("JobsTable", "WorkersTable", "PartnersTable")) {
      Map<String, Object> table = template.resource(logicalId).properties();
      Values.list(table.get("AttributeDefinitions"), logicalId).forEach(definition ->
          assertEquals("S", Values.map(definition, logicalId).get("AttributeType"), logicalId + " " + definition));
    }
  }
}
