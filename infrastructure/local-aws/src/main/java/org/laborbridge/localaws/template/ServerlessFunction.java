package org.laborbridge.localaws.template;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An AWS::Serverless::Function as SAM sees it: its own properties over the template's Globals (unresolved). */
public record ServerlessFunction(String logicalId, Map<String, Object> properties) {

  public static final String TYPE = "AWS::Serverless::Function";

  public static List<ServerlessFunction> all(CloudFormationTemplate template) {
    Map<String, Object> globals = template.globals("Function");
    return template.resourcesOfType(TYPE).stream().map(r -> {
      Map<String, Object> merged = new LinkedHashMap<>(globals);
      merged.putAll(r.properties());
      // SAM merges environment variables key by key rather than replacing the whole map.
      merged.put("Environment", Map.of("Variables", environment(globals, r.properties())));
      return new ServerlessFunction(r.logicalId(), merged);
    }).toList();
  }

  private static Map<String, Object> environment(Map<String, Object> globals, Map<String, Object> own) {
    Map<String, Object> variables = new LinkedHashMap<>(variables(globals));
    variables.putAll(variables(own));
    return variables;
  }

  private static Map<String, Object> variables(Map<String, Object> properties) {
    Object environment = properties.get("Environment");
    if (environment == null) {
      return Map.of();
    }
    return Values.map(Values.map(environment, "Environment").getOrDefault("Variables", Map.of()), "Environment.Variables");
  }

  public String handler() {
    return String.valueOf(properties.get("Handler"));
  }

  public String handlerClass() {
    String handler = handler();
    int method = handler.indexOf("::");
    return method < 0 ? handler : handler.substring(0, method);
  }

  public String codeUri() {
    return String.valueOf(properties.get("CodeUri"));
  }

  public Map<String, Object> events() {
    return Values.map(properties.getOrDefault("Events", Map.of()), logicalId + ".Events");
  }

  public Map<String, Object> environmentVariables() {
    return variables(properties);
  }
}
