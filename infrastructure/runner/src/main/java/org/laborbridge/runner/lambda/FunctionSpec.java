package org.laborbridge.runner.lambda;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One function as the runner starts it: handler, code, the environment the template gives it, and its limits. */
public record FunctionSpec(
    String logicalId,
    String functionName,
    String handler,
    List<Path> classpath,
    Map<String, String> environment,
    Duration timeout,
    int memoryMb,
    Optional<ClassDataArchive> classData) {

  public FunctionSpec {
    classpath = List.copyOf(classpath);
    environment = Map.copyOf(environment);
    classData = classData == null ? Optional.empty() : classData;
  }

  public FunctionSpec(String logicalId, String functionName, String handler, List<Path> classpath,
      Map<String, String> environment, Duration timeout, int memoryMb) {
    this(logicalId, functionName, handler, classpath, environment, timeout, memoryMb, Optional.empty());
  }
}
