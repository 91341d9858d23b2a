package org.laborbridge.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.laborbridge.localaws.template.ServerlessFunction;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One function of template.yaml as the benchmarks see it: its handler and code, the type its handler takes (as the
 * Lambda runtime finds it, from the handler's RequestHandler type argument), and the sample event it starts with:
 * the first file of {@code events/<CodeUri folder>/} of that shape. When something is missing the function is
 * skipped with the reason, so the benchmark can be run again once it is there.
 */
record FunctionUnderTest(String logicalId, String handler, String codeUri, int memoryMb, Optional<Path> jar,
    Optional<String> inputType, Optional<Path> sample, Map<String, Object> properties, String skipped) {

  static final ObjectMapper JSON = new ObjectMapper();

  boolean runnable() {
    return skipped == null;
  }

  String folder() {
    return Path.of(codeUri).getFileName().toString();
  }

  static List<FunctionUnderTest> all(Workspace workspace, BenchStack stack) {
    List<FunctionUnderTest> functions = new ArrayList<>();
    for (ServerlessFunction function : stack.functions()) {
      functions.add(of(workspace, stack, function));
    }
    return functions;
  }

  private static FunctionUnderTest of(Workspace workspace, BenchStack stack, ServerlessFunction function) {
    String handler = function.handlerClass();
    int memory = Integer.parseInt(String.valueOf(stack.stack().resolver()
        .resolve(function.properties().getOrDefault("MemorySize", 128))));
    Workspace.Result<Path> jar = workspace.functionJar(function.codeUri());
    if (jar.value().isEmpty()) {
      return new FunctionUnderTest(function.logicalId(), handler, function.codeUri(), memory, Optional.empty(),
          Optional.empty(), Optional.empty(), function.properties(), jar.missing());
    }
    String input;
    try {
      input = inputType(jar.value().get(), workspace.runtimeJars(), handler);
    } catch (ReflectiveOperationException | LinkageError | IOException e) {
      return new FunctionUnderTest(function.logicalId(), handler, function.codeUri(), memory, jar.value(),
          Optional.empty(), Optional.empty(), function.properties(), "cannot load " + handler + " from its jar: " + e);
    }
    Path events = workspace.root.resolve("events").resolve(Path.of(function.codeUri()).getFileName().toString());
    Optional<Path> sample = firstSample(events, input, handler);
    String skipped = sample.isPresent() ? null
        : "no sample event for a " + simple(input) + " in " + workspace.root.relativize(events) + "/";
    return new FunctionUnderTest(function.logicalId(), handler, function.codeUri(), memory, jar.value(),
        Optional.of(input), sample, function.properties(), skipped);
  }

  /** The first type argument of RequestHandler, followed through the handler's superclasses. */
  static String inputType(Path jar, List<Path> runtime, String handler) throws ReflectiveOperationException, IOException {
    List<URL> urls = new ArrayList<>();
    urls.add(jar.toUri().toURL());
    for (Path path : runtime) {
      urls.add(path.toUri().toURL());
    }
    try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
      Class<?> type = Class.forName(handler, false, loader);
      Type found = find(type, new HashMap<>());
      if (found == null) {
        throw new ClassNotFoundException(handler + " does not implement RequestHandler");
      }
      Class<?> raw = found instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) found;
      return raw.getName();
    }
  }

  private static Type find(Type type, Map<TypeVariable<?>, Type> bound) {
    Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    if (type instanceof ParameterizedType p) {
      TypeVariable<?>[] variables = raw.getTypeParameters();
      for (int i = 0; i < variables.length; i++) {
        Type argument = p.getActualTypeArguments()[i];
        bound.put(variables[i], argument instanceof TypeVariable<?> v ? bound.getOrDefault(v, v) : argument);
      }
    }
    if (raw.getName().equals("com.amazonaws.services.lambda.runtime.RequestHandler") && type instanceof ParameterizedType p) {
      Type input = p.getActualTypeArguments()[0];
      return input instanceof TypeVariable<?> v ? bound.get(v) : input;
    }
    List<Type> supers = new ArrayList<>(List.of(raw.getGenericInterfaces()));
    if (raw.getGenericSuperclass() != null) {
      supers.add(raw.getGenericSuperclass());
    }
    for (Type parent : supers) {
      Type found = find(parent, bound);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /**
   * API Gateway events have a requestContext, SQS events Records: the first of the folder of the handler's shape.
   * Any other input (a schedule's, a direct invocation's) is a {@code .schedule.json} or {@code .invoke.json} file;
   * of those, the one whose name shares the most words with the handler's class name (WeeklyReportScheduleHandler:
   * {@code 06-weekly-report.schedule.json}), the first on a tie.
   */
  static Optional<Path> firstSample(Path folder, String inputType, String handler) {
    if (!Files.isDirectory(folder)) {
      return Optional.empty();
    }
    List<String> words = List.of(simple(handler).replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT).split(" "));
    Path best = null;
    long bestScore = -1;
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        JsonNode event = JSON.readTree(file.toFile());
        String name = file.getFileName().toString();
        switch (simple(inputType)) {
          case "APIGatewayV2HTTPEvent" -> {
            if (event.has("requestContext") && event.has("routeKey")) {
              return Optional.of(file);
            }
          }
          case "SQSEvent" -> {
            if (event.has("Records")) {
              return Optional.of(file);
            }
          }
          default -> {
            if (name.endsWith(".schedule.json") || name.endsWith(".invoke.json")) {
              long score = words.stream().filter(w -> !w.equals("handler") && name.contains(w)).count();
              if (score > bestScore) {
                best = file;
                bestScore = score;
              }
            }
          }
        }
      }
    } catch (IOException e) {
      return Optional.empty();
    }
    return Optional.ofNullable(best);
  }

  static String simple(String type) {
    return type.substring(type.lastIndexOf('.') + 1);
  }
}
