package org.laborbridge.templatecheck;

import org.laborbridge.localaws.template.ServerlessFunction;
import org.laborbridge.localaws.template.Values;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Every function's Handler names a class whose source lives in its CodeUri module and which implements the
 * Lambda interface its triggers need (HTTP API → API Gateway v2 events, SQS → SQS events with a batch
 * response when partial failures are reported). Also the checks cfn-lint misses: runtime and event types.
 */
final class HandlerRule {

  static final String NAME = "handler";
  private static final String EVENTS = "com.amazonaws.services.lambda.runtime.events.";
  private static final Set<String> RUNTIMES = Set.of("java17", "java21");
  private static final Set<String> EVENT_TYPES = Set.of("Api", "HttpApi", "SQS", "Schedule", "ScheduleV2",
      "EventBridgeRule", "CloudWatchEvent", "S3", "SNS", "DynamoDB", "Kinesis", "MQ", "MSK", "SelfManagedKafka",
      "CloudWatchLogs", "IoTRule", "Cognito", "DocumentDB");

  private final Path root;
  private final Function<Path, List<Path>> sourceRoots;
  private final ClassLoader classLoader;

  HandlerRule(Path root, Function<Path, List<Path>> sourceRoots, ClassLoader classLoader) {
    this.root = root;
    this.sourceRoots = sourceRoots;
    this.classLoader = classLoader;
  }

  List<Finding> check(List<ServerlessFunction> functions) {
    List<Finding> findings = new ArrayList<>();
    for (ServerlessFunction function : functions) {
      String where = function.logicalId();
      String runtime = String.valueOf(function.properties().get("Runtime"));
      if (!RUNTIMES.contains(runtime)) {
        findings.add(new Finding(NAME, where, "Runtime " + runtime + " is not one of " + RUNTIMES));
      }
      Path module = root.resolve(function.codeUri());
      if (!Files.isDirectory(module)) {
        findings.add(new Finding(NAME, where, "CodeUri " + function.codeUri() + " is not a folder of the repository"));
        continue;
      }
      String className = function.handlerClass();
      String source = className.replace('.', '/') + ".java";
      if (sourceRoots.apply(module).stream().noneMatch(dir -> Files.isRegularFile(dir.resolve(source)))) {
        findings.add(new Finding(NAME, where, "Handler class " + className + " has no source " + source + " in " + function.codeUri()));
        continue;
      }
      Class<?> handler;
      try {
        handler = Class.forName(className, false, classLoader);
      } catch (ClassNotFoundException | LinkageError e) {
        findings.add(new Finding(NAME, where, "Handler class " + className + " cannot be loaded: " + e));
        continue;
      }
      findings.addAll(checkEvents(function, handler));
    }
    return findings;
  }

  private List<Finding> checkEvents(ServerlessFunction function, Class<?> handler) {
    List<Finding> findings = new ArrayList<>();
    Set<String> kinds = new LinkedHashSet<>();
    boolean batchResponse = false;
    for (Map.Entry<String, Object> event : function.events().entrySet()) {
      Map<String, Object> definition = Values.map(event.getValue(), function.logicalId() + ".Events." + event.getKey());
      String type = String.valueOf(definition.get("Type"));
      if (!EVENT_TYPES.contains(type)) {
        findings.add(new Finding(NAME, function.logicalId() + ".Events." + event.getKey(), "unknown event type " + type));
        continue;
      }
      kinds.add(type);
      Object responseTypes = Values.map(definition.getOrDefault("Properties", Map.of()), "Properties").get("FunctionResponseTypes");
      batchResponse |= responseTypes != null && String.valueOf(responseTypes).contains("ReportBatchItemFailures");
    }
    if (LambdaTypes.isStreamHandler(handler)) {
      return findings;
    }
    Optional<List<String>> types = LambdaTypes.requestHandlerTypes(handler);
    if (types.isEmpty()) {
      findings.add(new Finding(NAME, function.logicalId(), handler.getName() + " implements neither RequestHandler nor RequestStreamHandler"));
      return findings;
    }
    String input = types.get().get(0);
    String output = types.get().get(1);
    for (String kind : kinds) {
      expectedInput(kind).filter(expected -> !expected.equals(input)).ifPresent(expected -> findings.add(new Finding(NAME,
          function.logicalId(), kind + " events need a handler of " + simple(expected) + " but " + handler.getName()
          + " takes " + simple(input))));
    }
    if (batchResponse && !output.equals(EVENTS + "SQSBatchResponse")) {
      findings.add(new Finding(NAME, function.logicalId(), "ReportBatchItemFailures needs the handler to return SQSBatchResponse but "
          + handler.getName() + " returns " + simple(output)));
    }
    return findings;
  }

  private static Optional<String> expectedInput(String kind) {
    return switch (kind) {
      case "HttpApi" -> Optional.of(EVENTS + "APIGatewayV2HTTPEvent");
      case "Api" -> Optional.of(EVENTS + "APIGatewayProxyRequestEvent");
      case "SQS" -> Optional.of(EVENTS + "SQSEvent");
      case "Schedule", "EventBridgeRule", "CloudWatchEvent" -> Optional.of(EVENTS + "ScheduledEvent");
      default -> Optional.empty(); // ScheduleV2 delivers the schedule's Input as it is: any type fits.
    };
  }

  private static String simple(String className) {
    return className.substring(className.lastIndexOf('.') + 1);
  }
}
