package org.laborbridge.localaws.template;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Evaluates CloudFormation intrinsic functions (Ref, Fn::GetAtt, Fn::Sub, Fn::If, Fn::Join,
 * Fn::Select, Fn::Split, Fn::FindInMap, Fn::Base64, conditions) against parameters, pseudo
 * parameters and the attributes of resources that already exist.
 */
public final class IntrinsicResolver {

  /** Marker for AWS::NoValue: the property is dropped. */
  private static final Object NO_VALUE = new Object();
  private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^}]*)}");
  private static final Set<String> FUNCTIONS = Set.of("Ref", "Condition", "Fn::GetAtt", "Fn::Sub", "Fn::If",
      "Fn::Join", "Fn::Select", "Fn::Split", "Fn::Equals", "Fn::Not", "Fn::And", "Fn::Or",
      "Fn::FindInMap", "Fn::Base64", "Fn::GetAZs", "Fn::ImportValue");

  private final CloudFormationTemplate template;
  private final StackSettings settings;
  private final ResourceAttributes attributes;

  public IntrinsicResolver(CloudFormationTemplate template, StackSettings settings, ResourceAttributes attributes) {
    this.template = template;
    this.settings = settings;
    this.attributes = attributes;
  }

  /** Resolves a value deeply; maps and lists come back as new, fully evaluated copies. */
  public Object resolve(Object value) {
    Object resolved = evaluate(value);
    return resolved == NO_VALUE ? null : resolved;
  }

  @SuppressWarnings("unchecked")
  public Map<String, Object> resolveMap(Map<String, Object> value) {
    Object resolved = resolve(value);
    return resolved == null ? Map.of() : (Map<String, Object>) resolved;
  }

  public String resolveText(Object value, String where) {
    return Values.text(resolve(value), where);
  }

  public boolean condition(String name) {
    Object definition = template.section("Conditions").get(name);
    if (definition == null) {
      throw new TemplateException("unknown condition " + name);
    }
    return truth(evaluate(definition), "condition " + name);
  }

  private Object evaluate(Object value) {
    if (value instanceof Map<?, ?> map) {
      if (map.size() == 1) {
        String key = String.valueOf(map.keySet().iterator().next());
        if (FUNCTIONS.contains(key)) {
          return function(key, map.get(key));
        }
      }
      Map<String, Object> copy = new LinkedHashMap<>();
      map.forEach((k, v) -> {
        Object resolved = evaluate(v);
        if (resolved != NO_VALUE) {
          copy.put(String.valueOf(k), resolved);
        }
      });
      return copy;
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>();
      for (Object item : list) {
        Object resolved = evaluate(item);
        if (resolved != NO_VALUE) {
          copy.add(resolved);
        }
      }
      return copy;
    }
    return value;
  }

  private Object function(String name, Object argument) {
    return switch (name) {
      case "Ref" -> ref(Values.text(argument, "Ref"));
      case "Condition" -> condition(Values.text(argument, "Condition"));
      case "Fn::GetAtt" -> getAtt(argument);
      case "Fn::Sub" -> sub(argument);
      case "Fn::If" -> ifThen(argument);
      case "Fn::Join" -> join(argument);
      case "Fn::Select" -> select(argument);
      case "Fn::Split" -> split(argument);
      case "Fn::Equals" -> equalsCondition(argument);
      case "Fn::Not" -> !truth(evaluate(Values.list(argument, "Fn::Not").get(0)), "Fn::Not");
      case "Fn::And" -> Values.list(argument, "Fn::And").stream().allMatch(c -> truth(evaluate(c), "Fn::And"));
      case "Fn::Or" -> Values.list(argument, "Fn::Or").stream().anyMatch(c -> truth(evaluate(c), "Fn::Or"));
      case "Fn::FindInMap" -> findInMap(argument);
      case "Fn::Base64" -> Base64.getEncoder().encodeToString(
          text(evaluate(argument), "Fn::Base64").getBytes(StandardCharsets.UTF_8));
      case "Fn::GetAZs" -> List.of(settings.region() + "a", settings.region() + "b");
      case "Fn::ImportValue" -> throw new TemplateException("Fn::ImportValue needs another stack; not available locally");
      default -> throw new TemplateException("unsupported intrinsic " + name);
    };
  }

  private Object ref(String name) {
    switch (name) {
      case "AWS::Region": return settings.region();
      case "AWS::AccountId": return settings.accountId();
      case "AWS::StackName": return settings.stackName();
      case "AWS::StackId":
        return "arn:aws:cloudformation:" + settings.region() + ":" + settings.accountId() + ":stack/" + settings.stackName() + "/local";
      case "AWS::Partition": return "aws";
      case "AWS::URLSuffix": return "amazonaws.com";
      case "AWS::NoValue": return NO_VALUE;
      case "AWS::NotificationARNs": return List.of();
      default: break;
    }
    Map<String, Object> parameters = template.section("Parameters");
    if (parameters.containsKey(name)) {
      return parameter(name, Values.map(parameters.get(name), "Parameters." + name));
    }
    if (template.hasResource(name)) {
      return attributes.ref(name).orElseThrow(() -> new TemplateException("!Ref " + name + ": the resource does not exist yet"));
    }
    throw new TemplateException("!Ref " + name + ": no such parameter or resource");
  }

  private Object parameter(String name, Map<String, Object> declaration) {
    String value = settings.parameters().get(name);
    if (value == null && declaration.containsKey("Default")) {
      value = String.valueOf(declaration.get("Default"));
    }
    if (value == null) {
      throw new TemplateException("parameter " + name + " has no value and no Default");
    }
    String type = String.valueOf(declaration.getOrDefault("Type", "String"));
    if (type.startsWith("List<") || type.equals("CommaDelimitedList")) {
      return List.of(value.split(",", -1));
    }
    return value;
  }

  private Object getAtt(Object argument) {
    List<Object> parts = Values.list(argument, "Fn::GetAtt");
    String logicalId = text(evaluate(parts.get(0)), "Fn::GetAtt");
    String attribute = text(evaluate(parts.get(1)), "Fn::GetAtt");
    if (!template.hasResource(logicalId)) {
      throw new TemplateException("!GetAtt " + logicalId + "." + attribute + ": no such resource");
    }
    return attributes.attribute(logicalId, attribute).orElseThrow(() -> new TemplateException(
        "!GetAtt " + logicalId + "." + attribute + ": not available (the resource does not exist yet or lacks it)"));
  }

  private Object sub(Object argument) {
    String pattern;
    Map<String, Object> variables = Map.of();
    if (argument instanceof List<?> list) {
      pattern = text(list.get(0), "Fn::Sub");
      variables = Values.map(evaluate(list.get(1)), "Fn::Sub variables");
    } else {
      pattern = text(argument, "Fn::Sub");
    }
    Matcher matcher = SUB_VARIABLE.matcher(pattern);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String variable = matcher.group(1);
      String replacement;
      if (variable.startsWith("!")) {
        replacement = "${" + variable.substring(1) + "}";
      } else if (variables.containsKey(variable)) {
        replacement = String.valueOf(variables.get(variable));
      } else if (variable.contains(".") && !variable.startsWith("AWS::")) {
        String[] parts = variable.split("\\.", 2);
        replacement = String.valueOf(getAtt(List.of(parts[0], parts[1])));
      } else {
        replacement = String.valueOf(ref(variable));
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  private Object ifThen(Object argument) {
    List<Object> parts = Values.list(argument, "Fn::If");
    boolean holds = condition(text(parts.get(0), "Fn::If"));
    return evaluate(parts.get(holds ? 1 : 2));
  }

  private Object join(Object argument) {
    List<Object> parts = Values.list(argument, "Fn::Join");
    String delimiter = text(parts.get(0), "Fn::Join");
    List<Object> items = Values.list(evaluate(parts.get(1)), "Fn::Join items");
    return String.join(delimiter, items.stream().map(i -> text(i, "Fn::Join item")).toList());
  }

  private Object select(Object argument) {
    List<Object> parts = Values.list(argument, "Fn::Select");
    int index = Integer.parseInt(text(evaluate(parts.get(0)), "Fn::Select index"));
    List<Object> items = Values.list(evaluate(parts.get(1)), "Fn::Select items");
    if (index < 0 || index >= items.size()) {
      throw new TemplateException("Fn::Select index " + index + " is outside a list of " + items.size());
    }
    return items.get(index);
  }

  private Object split(Object argument) {
    List<Object> parts = Values.list(argument, "Fn::Split");
    String delimiter = text(parts.get(0), "Fn::Split");
    String source = text(evaluate(parts.get(1)), "Fn::Split source");
    return List.of(source.split(Pattern.quote(delimiter), -1));
  }

  private Object equalsCondition(Object argument) {
    List<Object> parts = Values.list(argument, "Fn::Equals");
    return String.valueOf(evaluate(parts.get(0))).equals(String.valueOf(evaluate(parts.get(1))));
  }

  private Object findInMap(Object argument) {
    List<Object> parts = Values.list(argument, "Fn::FindInMap");
    String map = text(evaluate(parts.get(0)), "Fn::FindInMap");
    String top = text(evaluate(parts.get(1)), "Fn::FindInMap");
    String second = text(evaluate(parts.get(2)), "Fn::FindInMap");
    Object value = Values.map(Values.map(Values.map(template.section("Mappings").get(map), "Mappings." + map)
        .get(top), "Mappings." + map + "." + top), map).get(second);
    if (value == null) {
      throw new TemplateException("Fn::FindInMap " + map + "." + top + "." + second + " is not in Mappings");
    }
    return value;
  }

  private static boolean truth(Object value, String where) {
    if (value instanceof Boolean b) {
      return b;
    }
    throw new TemplateException(where + " should be a condition (true or false) but is " + value);
  }

  private static String text(Object value, String where) {
    return Values.text(value, where);
  }
}
