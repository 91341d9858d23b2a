package org.laborbridge.templatecheck;

import org.laborbridge.localaws.template.ServerlessFunction;
import org.laborbridge.localaws.template.CloudFormationTemplate;
import org.laborbridge.localaws.template.Values;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Every Ref, Fn::GetAtt, Fn::Sub variable and condition names something the template (or SAM) defines. */
final class ReferenceRule {

  static final String NAME = "reference";
  private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^}]*)}");
  private static final Set<String> PSEUDO = Set.of("AWS::Region", "AWS::AccountId", "AWS::StackName", "AWS::StackId",
      "AWS::Partition", "AWS::URLSuffix", "AWS::NoValue", "AWS::NotificationARNs");

  private final CloudFormationTemplate template;
  private final Set<String> names = new HashSet<>();
  private final List<Finding> findings = new ArrayList<>();

  ReferenceRule(CloudFormationTemplate template) {
    this.template = template;
    names.addAll(template.section("Parameters").keySet());
    names.addAll(PSEUDO);
    for (CloudFormationTemplate.Resource resource : template.resources()) {
      names.add(resource.logicalId());
      if (resource.type().equals(ServerlessFunction.TYPE)) {
        // Resources SAM generates for a function and lets templates refer to.
        names.add(resource.logicalId() + "Role");
        names.add(resource.logicalId() + ".Alias");
        names.add(resource.logicalId() + ".Version");
      }
    }
    names.add("ServerlessHttpApi");
  }

  List<Finding> check() {
    for (String section : List.of("Resources", "Outputs", "Conditions")) {
      template.section(section).forEach((id, body) -> {
        walk(body, section + "." + id, Map.of());
        if (section.equals("Resources")) {
          Object condition = Values.map(body, id).get("Condition");
          if (condition != null) {
            requireCondition(String.valueOf(condition), section + "." + id);
          }
        }
      });
    }
    return findings;
  }

  private void walk(Object value, String where, Map<String, Object> subVariables) {
    if (value instanceof Map<?, ?> map) {
      map.forEach((key, item) -> {
        String name = String.valueOf(key);
        switch (name) {
          case "Ref" -> require(String.valueOf(item), where);
          case "Condition" -> {
            if (item instanceof String condition && where.contains(".Fn::")) {
              requireCondition(condition, where);
            } else {
              walk(item, where, subVariables);
            }
          }
          case "Fn::GetAtt" -> require(String.valueOf(Values.list(item, where).get(0)), where);
          case "Fn::If" -> {
            List<Object> parts = Values.list(item, where);
            requireCondition(String.valueOf(parts.get(0)), where);
            walk(parts.subList(1, parts.size()), where + ".Fn::If", subVariables);
          }
          case "Fn::Sub" -> sub(item, where);
          default -> walk(item, where + "." + name, subVariables);
        }
      });
    } else if (value instanceof List<?> list) {
      list.forEach(item -> walk(item, where, subVariables));
    }
  }

  private void sub(Object argument, String where) {
    Object pattern = argument instanceof List<?> list ? list.get(0) : argument;
    Map<String, Object> variables = argument instanceof List<?> list && list.size() > 1 ? Values.map(list.get(1), where) : Map.of();
    variables.values().forEach(v -> walk(v, where, Map.of()));
    Matcher matcher = SUB_VARIABLE.matcher(String.valueOf(pattern));
    while (matcher.find()) {
      String variable = matcher.group(1);
      if (variable.startsWith("!") || variables.containsKey(variable)) {
        continue;
      }
      require(variable.contains(".") && !variable.startsWith("AWS::") && !names.contains(variable)
          ? variable.substring(0, variable.indexOf('.')) : variable, where);
    }
  }

  private void require(String name, String where) {
    if (!names.contains(name)) {
      findings.add(new Finding(NAME, where, "refers to " + name + ", which is no parameter, pseudo parameter or resource"));
    }
  }

  private void requireCondition(String name, String where) {
    if (!template.section("Conditions").containsKey(name)) {
      findings.add(new Finding(NAME, where, "uses condition " + name + ", which is not declared"));
    }
  }
}
