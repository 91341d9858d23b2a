package org.laborbridge.localaws.template;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A parsed template: its parameters, conditions, mappings and resources in declaration order. */
public final class CloudFormationTemplate {

  private final Map<String, Object> document;

  CloudFormationTemplate(Map<String, Object> document) {
    this.document = document;
  }

  public String formatVersion() {
    return String.valueOf(document.get("AWSTemplateFormatVersion"));
  }

  public Map<String, Object> section(String name) {
    return Values.map(document.getOrDefault(name, Map.of()), name);
  }

  public Map<String, Object> globals(String kind) {
    return Values.map(section("Globals").getOrDefault(kind, Map.of()), "Globals." + kind);
  }

  /** Every resource, in declaration order. */
  public List<Resource> resources() {
    Map<String, Resource> resources = new LinkedHashMap<>();
    section("Resources").forEach((id, body) -> {
      Map<String, Object> definition = Values.map(body, "Resources." + id);
      String type = String.valueOf(definition.get("Type"));
      Map<String, Object> properties = Values.map(definition.getOrDefault("Properties", Map.of()), id + ".Properties");
      resources.put(id, new Resource(id, type, properties, definition));
    });
    return List.copyOf(resources.values());
  }

  public List<Resource> resourcesOfType(String type) {
    return resources().stream().filter(r -> r.type().equals(type)).toList();
  }

  public Resource resource(String logicalId) {
    return resources().stream().filter(r -> r.logicalId().equals(logicalId)).findFirst()
        .orElseThrow(() -> new TemplateException("no resource " + logicalId + " in the template"));
  }

  public boolean hasResource(String logicalId) {
    return section("Resources").containsKey(logicalId);
  }

  /** One resource: its logical id, type, properties (unresolved) and whole definition. */
  public record Resource(String logicalId, String type, Map<String, Object> properties, Map<String, Object> definition) {}
}
