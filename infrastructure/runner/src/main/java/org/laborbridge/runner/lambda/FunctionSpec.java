package org.laborbridge.runner.lambda;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** One function as the runner starts it: handler, code, the environment the template gives it, and its limits. */
public record FunctionSpec(
    String logicalId,
    String functionName,
    String handler,
    List<Path> classpath,
    Map<String, String> environment,
    Duration timeout,
    int memoryMb) {

  public FunctionSpec {
    classpath = List.copyOf(classpath);
    environment = Map.copyOf(environment);
  }
}
