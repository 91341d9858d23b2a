package org.laborbridge.fairs.store;

import org.junit.jupiter.api.Test;
import org.laborbridge.localaws.RepositoryRoot;
import org.laborbridge.localaws.template.CloudFormationTemplate;
import org.laborbridge.localaws.template.TemplateLoader;
import org.laborbridge.localaws.template.Values;
import org.laborbridge.platform.testing.TemplateTables;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** template.yaml is the single source of FairsTable's shape; FairsTable must say the same. */
class TablesAgreeWithTemplateTest {

  private final CloudFormationTemplate template = TemplateLoader.load(RepositoryRoot.find().resolve("template.yaml"));

  @Test
  void the_fairs_table_has_the_keys_and_the_region_index_fairs_table_names() {
    Map<String, Object> table = template.resource("FairsTable").properties();

    assertEquals(List.of(FairsTable.PK, FairsTable.SK), TemplateTables.keySchema(table.get("KeySchema")));
    assertEquals(Map.of(FairsTable.BY_REGION_START, List.of(FairsTable.GSI1PK, FairsTable.GSI1SK),
        FairsTable.BY_PERSON, List.of(FairsTable.GSI2PK, FairsTable.GSI2SK)), TemplateTables.indexes(table));
  }

  @Test
  void the_region_index_projects_exactly_what_a_list_of_fairs_shows() {
    Map<String, Object> index = Values.map(Values.list(template.resource("FairsTable").properties()
        .get("GlobalSecondaryIndexes"), "GlobalSecondaryIndexes").stream().map(i -> Values.map(i, "index"))
        .filter(i -> FairsTable.BY_REGION_START.equals(i.get("IndexName"))).findFirst().orElseThrow(), "index");
    Map<String, Object> projection = Values.map(index.get("Projection"), "Projection");
    assertEquals("INCLUDE", projection.get("ProjectionType"));
    assertEquals(FairsTable.LISTED, Values.list(projection.get("NonKeyAttributes"), "NonKeyAttributes"));
  }
}
