package org.laborbridge.benchmarks;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Warm overhead per function: in one JVM, after the first event and a warm-up, N invocations of the sample (with a
 * fresh Idempotency-Key where it has one); right after each, the very SDK calls it made are made again with bare SDK
 * clients. Ratio = time in the handler / time of its SDK calls alone, summed over the N invocations.
 */
final class WarmOverhead {

  static final double GOAL = 1.2;
  private static final int WARM_UP = 30;

  private final Workspace workspace;
  private final BenchStack stack;
  private final List<FunctionUnderTest> functions;
  private final int invocations;

  WarmOverhead(Workspace workspace, BenchStack stack, List<FunctionUnderTest> functions, int invocations) {
    this.workspace = workspace;
    this.stack = stack;
    this.functions = functions;
    this.invocations = invocations;
  }

  String run() {
    StringBuilder md = new StringBuilder();
    md.append(String.format(Locale.ROOT, "N = %d warm invocations per function after %d to warm up; each followed by "
        + "its own SDK calls made again with bare clients.%n%n", invocations, WARM_UP));
    md.append("| function | event (answers) | SDK calls per invocation | handler ms (median) | its SDK calls alone ms (median) | overhead ms (median) | ratio (sums) | goal ≤ 1.2× |\n");
    md.append("|---|---|---|---|---|---|---|---|\n");
    for (FunctionUnderTest function : functions) {
      if (!function.runnable()) {
        md.append("| ").append(function.logicalId()).append(" | skipped: ").append(function.skipped()).append(" | | | | | | |\n");
        continue;
      }
      stack.reset();
      Path folder = workspace.scripts.resolve("warm-" + ColdStart.slug(function.logicalId()));
      Path samplePath = repeatable(function);
      StringBuilder script = new StringBuilder("first\t" + samplePath + "\n");
      ObjectNode sample = Events.read(samplePath);
      for (int i = 0; i < WARM_UP + invocations; i++) {
        Path event = workspace.write(folder.resolve(i + ".json"), Events.text(Events.withIdempotencyKey(sample, "w" + i)));
        script.append(i < WARM_UP ? "warmup" : "warm").append('\t').append(event).append('\n');
      }
      Path scriptFile = workspace.write(folder.resolve("script"), script.toString());
      String name = "warm-" + ColdStart.slug(function.logicalId());
      ChildJvm.Outcome outcome = ChildJvm.run(ColdStart.spec(workspace, stack, function, function.logicalId(), List.of(),
          scriptFile, name, true), workspace.dir.resolve(name + ".result"), workspace.logs.resolve(name + ".log"));
      List<ChildJvm.Step> warm = outcome.steps().stream().filter(s -> s.label().equals("warm")).toList();
      if (!outcome.ok() || warm.isEmpty()) {
        md.append("| ").append(function.logicalId()).append(" | failed: ").append(outcome.error()).append(" | | | | | | |\n");
        continue;
      }
      double handler = warm.stream().mapToDouble(ChildJvm.Step::handleMs).sum();
      double replay = warm.stream().mapToDouble(ChildJvm.Step::replayMs).sum();
      double ratio = handler / replay;
      Map<String, Long> answers = warm.stream().collect(Collectors.groupingBy(s -> s.outcome().replaceAll(" id=.*", ""),
          LinkedHashMap::new, Collectors.counting()));
      String sampleName = "`" + function.folder() + "/" + samplePath.getFileName() + "`";
      md.append(String.format(Locale.ROOT, "| %s | %s (%s) | %s | %s | %s | %s | %s | %s |%n", function.logicalId(), sampleName,
          answers.entrySet().stream().map(e -> e.getKey() + " ×" + e.getValue()).collect(Collectors.joining(", ")),
          Stats.num(Stats.median(warm.stream().map(s -> (double) s.calls()).toList()), 0) + " (" + warm.get(0).ops() + ")",
          Stats.num(Stats.median(warm.stream().map(ChildJvm.Step::handleMs).toList()), 2),
          Stats.num(Stats.median(warm.stream().map(ChildJvm.Step::replayMs).toList()), 2),
          Stats.num(Stats.median(warm.stream().map(s -> s.handleMs() - s.replayMs()).toList()), 2),
          replay == 0 ? "- (no SDK calls)" : Stats.ratio(ratio), replay == 0 ? "-" : Stats.meets(ratio, GOAL) ? "met" : "not met"));
      System.out.printf(Locale.ROOT, "  %-30s ratio %.2f%n", function.logicalId(), ratio);
    }
    return md.toString();
  }

  /**
   * The first HTTP sample of the function that carries an Idempotency-Key (a fresh key makes every repeat a new
   * write), else its cold-start sample.
   */
  static Path repeatable(FunctionUnderTest function) {
    if (function.inputType().map(t -> t.endsWith("APIGatewayV2HTTPEvent")).orElse(false)) {
      Path folder = function.sample().get().getParent();
      try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(folder)) {
        for (Path file : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
          ObjectNode event = Events.read(file);
          boolean keyed = event.path("headers").properties().stream().anyMatch(e -> e.getKey().equalsIgnoreCase("idempotency-key"));
          if (keyed && event.has("routeKey")) {
            return file;
          }
        }
      } catch (java.io.IOException e) {
        return function.sample().get();
      }
    }
    return function.sample().get();
  }
}
