package org.laborbridge.push.store;

import org.junit.jupiter.api.Test;
import org.laborbridge.localaws.RepositoryRoot;
import org.laborbridge.localaws.template.CloudFormationTemplate;
import org.laborbridge.localaws.template.TemplateLoader;
import org.laborbridge.localaws.template.Values;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** template.yaml is the single source of the table's shape; DeliveriesTable must say the same. */
class TablesAgreeWithTemplateTest {

  private final CloudFormationTemplate template = TemplateLoader.load(RepositoryRoot.find().resolve("template.yaml"));

  @Test
  void the_deliveries_table_has_the_keys_and_expiry_attribute_deliveries_table_names_and_no_index() {
    Map<String, Object> table = template.resource("DeliveriesTable").properties();

    List<Map<String, Object>> keys = Values.list(table.get("KeySchema"), "KeySchema").stream()
        .map(k -> Values.map(k, "KeySchema")).toList();
    assertEquals(List.of(DeliveriesTable.PK, DeliveriesTable.SK), List.of(
        keys.stream().filter(k -> "HASH".equals(k.get("KeyType"))).findFirst().orElseThrow().get("AttributeName"),
        keys.stream().filter(k -> "RANGE".equals(k.get("KeyType"))).findFirst().orElseThrow().get("AttributeName")));
    Values.list(table.get("AttributeDefinitions"), "AttributeDefinitions").forEach(definition ->
        assertEquals("S", Values.map(definition, "AttributeDefinitions").get("AttributeType")));
    assertFalse(table.containsKey("GlobalSecondaryIndexes"));
    assertFalse(table.containsKey("LocalSecondaryIndexes"));
    assertEquals(DeliveriesTable.EXPIRES_AT,
        Values.map(table.get("TimeToLiveSpecification"), "TimeToLiveSpecification").get("AttributeName"));
  }
}
