package org.laborbridge.templatecheck;

import org.laborbridge.localaws.template.ServerlessFunction;
import org.laborbridge.localaws.template.CloudFormationTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Least privilege: a function's Policies name only resources the function itself references through its
 * environment or its triggers. A policy on a table the code is never told about is a grant nobody needs.
 */
final class PolicyRule {

  static final String NAME = "policy";

  private final CloudFormationTemplate template;

  PolicyRule(CloudFormationTemplate template) {
    this.template = template;
  }

  List<Finding> check(List<ServerlessFunction> functions) {
    List<Finding> findings = new ArrayList<>();
    for (ServerlessFunction function : functions) {
      Set<String> granted = resourceReferences(function.properties().get("Policies"));
      Set<String> used = resourceReferences(function.properties().get("Environment"));
      used.addAll(resourceReferences(function.properties().get("Events")));
      granted.removeAll(used);
      for (String extra : granted) {
        findings.add(new Finding(NAME, function.logicalId(), "Policies grant access to " + extra
            + ", which the function does not reference in its Environment or Events"));
      }
    }
    return findings;
  }

  private Set<String> resourceReferences(Object value) {
    Set<String> found = new TreeSet<>();
    collect(value, found);
    found.removeIf(name -> !template.hasResource(name));
    return found;
  }

  private static void collect(Object value, Set<String> found) {
    if (value instanceof Map<?, ?> map) {
      map.forEach((key, item) -> {
        switch (String.valueOf(key)) {
          case "Ref" -> found.add(String.valueOf(item));
          case "Fn::GetAtt" -> found.add(String.valueOf(((List<?>) item).get(0)));
          case "Fn::Sub" -> {
            String pattern = String.valueOf(item instanceof List<?> list ? list.get(0) : item);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\$\\{([A-Za-z0-9]+)").matcher(pattern);
            while (m.find()) {
              found.add(m.group(1));
            }
          }
          default -> collect(item, found);
        }
      });
    } else if (value instanceof List<?> list) {
      list.forEach(item -> collect(item, found));
    }
  }
}
