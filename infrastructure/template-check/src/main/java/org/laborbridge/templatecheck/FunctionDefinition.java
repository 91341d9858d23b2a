package org.laborbridge.templatecheck;

import org.laborbridge.localaws.template.CloudFormationTemplate;
import org.laborbridge.localaws.template.Values;

import java.util.LinkedHashMap;
import java.util.Map;

/** An AWS::Serverless::Function with the Globals merged in, as SAM does. */
record FunctionDefinition(String logicalId, Map<String, Object> properties) {

  static final String TYPE = "AWS::Serverless::Function";

  static java.util.List<FunctionDefinition> all(CloudFormationTemplate template) {
    Map<String, Object> globals = template.globals("Function");
    return template.resourcesOfType(TYPE).stream().map(r -> {
      Map<String, Object> merged = new LinkedHashMap<>(globals);
      merged.putAll(r.properties());
      return new FunctionDefinition(r.logicalId(), merged);
    }).toList();
  }

  String handler() {
    return String.valueOf(properties.get("Handler"));
  }

  String handlerClass() {
    String handler = handler();
    int method = handler.indexOf("::");
    return method < 0 ? handler : handler.substring(0, method);
  }

  String codeUri() {
    return String.valueOf(properties.get("CodeUri"));
  }

  Map<String, Object> events() {
    return Values.map(properties.getOrDefault("Events", Map.of()), logicalId + ".Events");
  }
}
