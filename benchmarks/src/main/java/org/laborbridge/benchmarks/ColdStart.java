package org.laborbridge.benchmarks;

import org.laborbridge.benchmarks.child.BareJvm;
import org.laborbridge.benchmarks.child.Invoke;
import org.laborbridge.benchmarks.child.PlainPutItemHandler;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Cold start per function: a fresh JVM on the function's deployable jar, the handler constructed (Lambda's init
 * phase), the first sample event handled against local AWS. In the same rounds, interleaved: the no-framework
 * handler (one PutItem with the bare SDK) and a bare JVM. Every round starts from an empty stack; medians are
 * reported, and ratios of medians to the no-framework handler.
 */
final class ColdStart {

  static final double GOAL = 1.5;

  private final Workspace workspace;
  private final BenchStack stack;
  private final List<FunctionUnderTest> functions;
  private final int rounds;
  private final Set<String> withClassDataSharing;
  private final Set<String> withLogbackInCode;

  ColdStart(Workspace workspace, BenchStack stack, List<FunctionUnderTest> functions, int rounds,
      Set<String> withClassDataSharing, Set<String> withLogbackInCode) {
    this.workspace = workspace;
    this.stack = stack;
    this.functions = functions;
    this.rounds = rounds;
    this.withClassDataSharing = withClassDataSharing;
    this.withLogbackInCode = withLogbackInCode;
  }

  /** One row of the table: a subject and how to start it. */
  private record Subject(String name, ChildJvm.Spec spec, Path script, boolean bare) {}

  String run() {
    List<FunctionUnderTest> runnable = functions.stream().filter(FunctionUnderTest::runnable).toList();
    FunctionUnderTest httpSample = runnable.stream()
        .filter(f -> f.inputType().map(t -> t.endsWith("APIGatewayV2HTTPEvent")).orElse(false)).findFirst()
        .orElseThrow(() -> new IllegalStateException("no HTTP function with a sample to give the baseline"));
    List<Subject> subjects = new ArrayList<>();
    subjects.add(bareJvm());
    Subject baseline = baseline(httpSample);
    subjects.add(baseline);
    if (!withClassDataSharing.isEmpty()) {
      subjects.add(withArchive(baseline, "NoFrameworkBaseline"));
    }
    for (FunctionUnderTest function : runnable) {
      subjects.add(function(function, List.of(), "", List.of()));
      if (withLogbackInCode.contains(function.logicalId()) || withLogbackInCode.contains("all")) {
        subjects.add(function(function, List.of(), " + logging configured in code", List.of(workspace.logbackInCode())));
      }
      if (withClassDataSharing.contains(function.logicalId()) || withClassDataSharing.contains("all")) {
        subjects.add(withArchive(function(function, List.of(), "", List.of()), function.logicalId()));
      }
    }
    Map<String, List<ChildJvm.Outcome>> outcomes = new LinkedHashMap<>();
    subjects.forEach(s -> outcomes.put(s.name(), new ArrayList<>()));
    for (int round = 0; round < rounds; round++) {
      for (int i = 0; i < subjects.size(); i++) {
        // Rotate the order each round, so no subject always runs right after another's burst of work.
        Subject subject = subjects.get((i + round) % subjects.size());
        // Every subject meets the same empty stack: its first event takes the same path each time.
        stack.reset();
        ChildJvm.Outcome outcome = ChildJvm.run(subject.spec(),
            workspace.dir.resolve("cold-" + slug(subject.name()) + ".result"),
            workspace.logs.resolve("cold-" + slug(subject.name()) + "-" + round + ".log"));
        outcomes.get(subject.name()).add(outcome);
        System.out.printf(Locale.ROOT, "  round %d %-44s %s%n", round + 1, subject.name(),
            outcome.ok() ? ChildJvm.ms(subject.bare() ? outcome.jvmToMainMs() : outcome.coldStartMs()) + " ms"
                : "FAILED " + outcome.error());
      }
    }
    return table(subjects, outcomes, runnable.size() < functions.size());
  }

  private Subject bareJvm() {
    Path result = workspace.dir.resolve("cold-" + slug("bare JVM (main returns at once)") + ".result");
    ChildJvm.Spec spec = new ChildJvm.Spec("bare JVM", List.of(workspace.launcherJar()), List.of(),
        BareJvm.class.getName(), List.of(result.toString()), baselineEnvironment(), 1536, 60);
    return new Subject("bare JVM (main returns at once)", spec, null, true);
  }

  private Map<String, String> baselineEnvironment() {
    Map<String, String> env = new LinkedHashMap<>(stack.platformEnvironment("NoFrameworkBaseline", 1536,
        PlainPutItemHandler.class.getName()));
    Map<String, Object> globals = stack.template.globals("Function");
    Object environment = globals.get("Environment");
    if (environment instanceof Map<?, ?> e && e.get("Variables") instanceof Map<?, ?> variables) {
      @SuppressWarnings("unchecked")
      Map<String, Object> vars = (Map<String, Object>) variables;
      stack.stack().resolver().resolveMap(vars).forEach((k, v) -> env.put(k, String.valueOf(v)));
    }
    env.put("BENCHMARK_TABLE", stack.tableName(stack.stack().resourcesOfType("AWS::DynamoDB::Table").get(0).logicalId()));
    return env;
  }

  private Subject baseline(FunctionUnderTest httpSample) {
    Path script = workspace.write(workspace.scripts.resolve("cold-baseline.script"), "first\t" + httpSample.sample().get() + "\n");
    Path result = workspace.dir.resolve("cold-" + slug("no-framework handler (SDK PutItem)") + ".result");
    ChildJvm.Spec spec = new ChildJvm.Spec("no-framework handler", workspace.baselineClasspath(), List.of(),
        Invoke.class.getName(), List.of(PlainPutItemHandler.class.getName(),
        "com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent", script.toString(), result.toString()),
        baselineEnvironment(), 1536, 120);
    return new Subject("no-framework handler (SDK PutItem)", spec, script, false);
  }

  private Subject function(FunctionUnderTest function, List<String> jvmOptions, String suffix, List<Path> extra) {
    String name = function.logicalId() + suffix;
    Path script = workspace.write(workspace.scripts.resolve("cold-" + slug(name) + ".script"),
        "first\t" + function.sample().get() + "\n");
    ChildJvm.Spec spec = spec(workspace, stack, function, name, jvmOptions, script, "cold-" + slug(name), false);
    List<Path> classpath = new ArrayList<>(spec.classpath());
    classpath.addAll(extra);
    return new Subject(name, new ChildJvm.Spec(spec.name(), classpath, spec.jvmOptions(), spec.mainClass(), spec.args(),
        spec.environment(), spec.memoryMb(), spec.timeoutSeconds()), script, false);
  }

  /** The JVM of one function, as the runner starts it, with the launcher in place of the runtime client. */
  static ChildJvm.Spec spec(Workspace workspace, BenchStack stack, FunctionUnderTest function, String name,
      List<String> jvmOptions, Path script, String resultName, boolean recordCalls) {
    List<Path> classpath = new ArrayList<>();
    classpath.add(function.jar().get());
    classpath.addAll(workspace.runtimeJars());
    classpath.add(workspace.launcherJar());
    if (recordCalls) {
      classpath.add(workspace.interceptorRegistration());
    }
    Map<String, String> env = new LinkedHashMap<>(stack.platformEnvironment(function.logicalId(), function.memoryMb(),
        function.handler()));
    stack.functions().stream().filter(f -> f.logicalId().equals(function.logicalId())).findFirst()
        .ifPresent(f -> env.putAll(stack.templateEnvironment(f)));
    return new ChildJvm.Spec(name, classpath, jvmOptions, Invoke.class.getName(),
        List.of(function.handler(), function.inputType().get(), script.toString(),
            workspace.dir.resolve(resultName + ".result").toString()), env, function.memoryMb(), 600);
  }

  /**
   * The subject again with a class-data-sharing archive (AppCDS) of what it loads up to its first event, written
   * by one training run of the same command ({@code -XX:ArchiveClassesAtExit}).
   */
  private Subject withArchive(Subject subject, String archiveName) {
    Path archive = workspace.dir.resolve("cds").resolve(archiveName + ".jsa");
    workspace.write(archive.getParent().resolve(".keep"), "");
    ChildJvm.Spec spec = subject.spec();
    List<String> training = new ArrayList<>(spec.jvmOptions());
    training.add("-XX:ArchiveClassesAtExit=" + archive);
    training.add("-Dbenchmark.exitNormally=true");
    stack.reset();
    ChildJvm.Outcome outcome = ChildJvm.run(new ChildJvm.Spec(spec.name() + " CDS training", spec.classpath(), training,
        spec.mainClass(), spec.args(), spec.environment(), spec.memoryMb(), spec.timeoutSeconds()),
        Path.of(spec.args().get(spec.args().size() - 1)), workspace.logs.resolve("cds-training-" + slug(archiveName) + ".log"));
    if (!outcome.ok()) {
      throw new IllegalStateException("class-data-sharing training of " + archiveName + " failed: " + outcome.error());
    }
    List<String> options = new ArrayList<>(spec.jvmOptions());
    options.add("-XX:SharedArchiveFile=" + archive);
    String name = subject.name() + " + AppCDS archive";
    List<String> args = new ArrayList<>(spec.args());
    args.set(args.size() - 1, workspace.dir.resolve("cold-" + slug(name) + ".result").toString());
    return new Subject(name, new ChildJvm.Spec(name, spec.classpath(), options, spec.mainClass(), args,
        spec.environment(), spec.memoryMb(), spec.timeoutSeconds()), subject.script(), subject.bare());
  }

  private String table(List<Subject> subjects, Map<String, List<ChildJvm.Outcome>> outcomes, boolean someSkipped) {
    List<ChildJvm.Outcome> baselineRuns = outcomes.get(subjects.get(1).name());
    double baseline = Stats.median(baselineRuns.stream().filter(ChildJvm.Outcome::ok).map(ChildJvm.Outcome::coldStartMs).toList());
    double baselineInit = Stats.median(baselineRuns.stream().filter(ChildJvm.Outcome::ok).map(o -> o.initMs()).toList());
    double baselineFirst = Stats.median(baselineRuns.stream().filter(ChildJvm.Outcome::ok)
        .map(o -> o.steps().get(0).firstInvokeMs()).toList());
    StringBuilder md = new StringBuilder();
    md.append(String.format(Locale.ROOT, "Medians of %d interleaved rounds, each from an empty stack.%n%n", rounds));
    md.append("| subject | first event (answer) | JVM start → main ms | init ms | first invoke ms | cold start ms | ratio to no-framework | init ratio | first-invoke ratio | goal ≤ 1.5× |\n");
    md.append("|---|---|---|---|---|---|---|---|---|---|\n");
    for (Subject subject : subjects) {
      List<ChildJvm.Outcome> ok = outcomes.get(subject.name()).stream().filter(ChildJvm.Outcome::ok).toList();
      List<ChildJvm.Outcome> failed = outcomes.get(subject.name()).stream().filter(o -> !o.ok()).toList();
      if (ok.isEmpty()) {
        md.append("| ").append(subject.name()).append(" | failed: ").append(failed.isEmpty() ? "-" : failed.get(0).error())
            .append(" | | | | | | | | |\n");
        continue;
      }
      double jvm = Stats.median(ok.stream().map(ChildJvm.Outcome::jvmToMainMs).toList());
      if (subject.bare()) {
        md.append(String.format(Locale.ROOT, "| %s | - | %s | - | - | %s | %s | - | - | - |%n", subject.name(),
            ChildJvm.ms(jvm), ChildJvm.ms(jvm), Stats.ratio(jvm / baseline)));
        continue;
      }
      double init = Stats.median(ok.stream().map(ChildJvm.Outcome::initMs).toList());
      double first = Stats.median(ok.stream().map(o -> o.steps().isEmpty() ? Double.NaN : o.steps().get(0).firstInvokeMs()).toList());
      double total = Stats.median(ok.stream().map(ChildJvm.Outcome::coldStartMs).toList());
      String answer = ok.get(0).steps().isEmpty() ? "-" : ok.get(0).steps().get(0).outcome().replaceAll(" id=.*", "");
      String sample = subject.script() == null ? "-" : sampleName(subject.script());
      boolean isBaseline = subject == subjects.get(1);
      md.append(String.format(Locale.ROOT, "| %s | %s (%s) | %s | %s | %s | %s | %s | %s | %s | %s |%n", subject.name(), sample,
          answer, ChildJvm.ms(jvm), ChildJvm.ms(init), ChildJvm.ms(first), ChildJvm.ms(total),
          isBaseline ? "1.00×" : Stats.ratio(total / baseline), isBaseline ? "1.00×" : Stats.ratio(init / baselineInit),
          isBaseline ? "1.00×" : Stats.ratio(first / baselineFirst),
          isBaseline ? "-" : (Stats.meets(total / baseline, GOAL) ? "met" : "not met") + (failed.isEmpty() ? "" : " (" + failed.size() + " runs failed)")));
    }
    if (someSkipped) {
      md.append("\nSkipped (run again once they are built):\n\n");
      functions.stream().filter(f -> !f.runnable()).forEach(f -> md.append("- ").append(f.logicalId()).append(": ")
          .append(f.skipped()).append('\n'));
    }
    return md.toString();
  }

  private static String sampleName(Path script) {
    try {
      String line = java.nio.file.Files.readAllLines(script).get(0);
      Path sample = Path.of(line.substring(line.indexOf('\t') + 1));
      return "`" + sample.getParent().getFileName() + "/" + sample.getFileName() + "`";
    } catch (java.io.IOException e) {
      return "-";
    }
  }

  static String slug(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
  }

  static Optional<FunctionUnderTest> named(List<FunctionUnderTest> functions, String logicalId) {
    return functions.stream().filter(f -> f.logicalId().equals(logicalId)).findFirst();
  }
}
