package org.laborbridge.benchmarks;

import org.laborbridge.localaws.LocalAws;
import org.laborbridge.localaws.provision.ProvisionedStack;
import org.laborbridge.localaws.template.CloudFormationTemplate;
import org.laborbridge.localaws.template.ServerlessFunction;
import org.laborbridge.localaws.template.StackSettings;
import org.laborbridge.localaws.template.TemplateLoader;
import org.laborbridge.runner.LocalPlatform;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Local AWS with the template's stack, and the environment a function's JVM gets, as the local runner gives it. */
final class BenchStack implements AutoCloseable {

  final LocalAws aws;
  final CloudFormationTemplate template;
  final StackSettings settings;
  private ProvisionedStack stack;

  BenchStack(Path root) {
    aws = LocalAws.start();
    template = TemplateLoader.load(root.resolve("template.yaml"));
    settings = StackSettings.local("bench").withRegion(aws.backend().region());
    stack = aws.provision(template, settings);
  }

  ProvisionedStack stack() {
    return stack;
  }

  /** Every table, queue and bucket deleted and created again: each round starts from the same empty state. */
  void reset() {
    stack = aws.reset(template, settings);
  }

  List<ServerlessFunction> functions() {
    return ServerlessFunction.all(template);
  }

  /** The function's variables from the template (Globals merged, references resolved against this stack). */
  Map<String, String> templateEnvironment(ServerlessFunction function) {
    Map<String, String> env = new LinkedHashMap<>();
    stack.resolver().resolveMap(function.environmentVariables()).forEach((k, v) -> env.put(k, String.valueOf(v)));
    return env;
  }

  /**
   * What the runner's LambdaFunction gives every function's JVM besides the template's variables: region,
   * credentials, local endpoints (ours as {@code AWS_ENDPOINTS_*}, the SDK's as {@code AWS_ENDPOINT_URL_*}) and
   * the variables Lambda sets.
   */
  Map<String, String> platformEnvironment(String functionName, int memoryMb, String handler) {
    Map<String, String> env = new LinkedHashMap<>();
    for (String inherited : List.of("PATH", "HOME", "LANG")) {
      String value = System.getenv(inherited);
      if (value != null) {
        env.put(inherited, value);
      }
    }
    env.putAll(LocalPlatform.localAwsEnvironment(aws.backend()));
    env.put("_HANDLER", handler);
    env.put("AWS_LAMBDA_FUNCTION_NAME", settings.stackName() + "-" + functionName);
    env.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
    env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(memoryMb));
    env.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/" + settings.stackName() + "-" + functionName);
    env.put("AWS_EXECUTION_ENV", "AWS_Lambda_java17");
    env.put("TZ", ":UTC");
    return env;
  }

  String tableName(String logicalId) {
    return stack.tableName(logicalId);
  }

  @Override
  public void close() {
    aws.close();
  }
}
