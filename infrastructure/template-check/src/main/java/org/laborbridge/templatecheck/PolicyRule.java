package org.laborbridge.templatecheck;

import org.laborbridge.localaws.template.ServerlessFunction;
import org.laborbridge.localaws.template.CloudFormationTemplate;
import org.laborbridge.localaws.template.References;

import java.util.ArrayList;
import java.util.List;
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
    Set<String> found = new TreeSet<>(References.in(value));
    found.removeIf(name -> !template.hasResource(name));
    return found;
  }
}
