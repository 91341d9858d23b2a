package org.laborbridge.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A fresh {@code java} process: a function's JVM (or the baseline's, or a bare one), and what it reported. */
final class ChildJvm {

  private static final Pattern CAPACITY = Pattern.compile("rcu=([0-9.]+) wcu=([0-9.]+) failed=(\\d+) ops=(.*)");

  private ChildJvm() {}

  /** How to start it. */
  record Spec(String name, List<Path> classpath, List<String> jvmOptions, String mainClass, List<String> args,
      Map<String, String> environment, int memoryMb, long timeoutSeconds) {}

  /** One invocation as the launcher reported it. */
  record Step(String label, double deserialiseMs, double handleMs, Double replayMs, String outcome, double rcu,
      double wcu, int failedCalls, String ops) {

    double firstInvokeMs() {
      return deserialiseMs + handleMs;
    }

    int calls() {
      return ops.isBlank() ? 0 : java.util.Arrays.stream(ops.split(",")).mapToInt(o -> Integer.parseInt(o.substring(o.indexOf(':') + 1))).sum();
    }
  }

  /** What came back: when main was entered (relative to the spawn), init, the steps; or why it failed. */
  record Outcome(String name, long spawnEpochMs, Long mainEpochMs, Double initMs, List<Step> steps, long wallMs,
      String error) {

    boolean ok() {
      return error == null;
    }

    /** From {@code java} being started to the launcher's main. */
    double jvmToMainMs() {
      return mainEpochMs == null ? Double.NaN : mainEpochMs - spawnEpochMs;
    }

    /** JVM start, handler construction and the first event handled: a cold start. */
    double coldStartMs() {
      return jvmToMainMs() + (initMs == null ? 0 : initMs) + (steps.isEmpty() ? 0 : steps.get(0).firstInvokeMs());
    }
  }

  static Outcome run(Spec spec, Path results, Path log) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-XX:MaxRAM=" + spec.memoryMb() + "m");
    command.addAll(spec.jvmOptions());
    command.add("-cp");
    command.add(spec.classpath().stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator)));
    command.add(spec.mainClass());
    command.addAll(spec.args());
    try {
      Files.deleteIfExists(results);
      Files.deleteIfExists(Path.of(results + ".error"));
      Files.createDirectories(log.getParent());
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
      builder.environment().clear();
      builder.environment().putAll(spec.environment());
      long spawnEpoch = System.currentTimeMillis();
      long started = System.nanoTime();
      Process process = builder.start();
      boolean finished = process.waitFor(spec.timeoutSeconds(), TimeUnit.SECONDS);
      long wall = (System.nanoTime() - started) / 1_000_000;
      if (!finished) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
      Outcome outcome = read(spec.name(), spawnEpoch, wall, results);
      if (!finished) {
        return new Outcome(spec.name(), spawnEpoch, outcome.mainEpochMs(), outcome.initMs(), outcome.steps(), wall,
            "timed out after " + spec.timeoutSeconds() + " s (log: " + log + ")");
      }
      Path error = Path.of(results + ".error");
      if (Files.exists(error)) {
        String first = Files.readAllLines(error, StandardCharsets.UTF_8).stream().findFirst().orElse("failed");
        return new Outcome(spec.name(), spawnEpoch, outcome.mainEpochMs(), outcome.initMs(), outcome.steps(), wall,
            first + " (log: " + log + ")");
      }
      if (process.exitValue() != 0 || outcome.mainEpochMs() == null) {
        return new Outcome(spec.name(), spawnEpoch, outcome.mainEpochMs(), outcome.initMs(), outcome.steps(), wall,
            "exit " + process.exitValue() + " (log: " + log + ")");
      }
      return outcome;
    } catch (IOException e) {
      throw new IllegalStateException("cannot start " + spec.name() + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Outcome read(String name, long spawnEpoch, long wall, Path results) throws IOException {
    Long main = null;
    Double init = null;
    List<Step> steps = new ArrayList<>();
    if (Files.exists(results)) {
      for (String line : Files.readAllLines(results, StandardCharsets.UTF_8)) {
        String[] f = line.split("\t", -1);
        switch (f[0]) {
          case "main" -> main = Long.parseLong(f[1]);
          case "init" -> init = Double.parseDouble(f[1]);
          case "invoke" -> {
            Matcher capacity = CAPACITY.matcher(f.length > 6 ? f[6] : "");
            boolean seen = capacity.matches();
            steps.add(new Step(f[1], Double.parseDouble(f[2]), Double.parseDouble(f[3]),
                f[4].isEmpty() ? null : Double.parseDouble(f[4]), f[5],
                seen ? Double.parseDouble(capacity.group(1)) : 0, seen ? Double.parseDouble(capacity.group(2)) : 0,
                seen ? Integer.parseInt(capacity.group(3)) : 0, seen ? capacity.group(4) : ""));
          }
          default -> { }
        }
      }
    }
    return new Outcome(name, spawnEpoch, main, init, steps, wall, null);
  }

  static String ms(double value) {
    return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.0f", value);
  }
}
