package org.laborbridge.benchmarks;

import org.laborbridge.localaws.RepositoryRoot;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The benchmarks of docs/benchmarks.md, run on demand (never by the build's tests):
 * <pre>
 *   ./benchmarks/run [cold|warm|capacity|jars|e2e|all] [--rounds 5] [--warm 200] [--cds JobsFunction,...]
 *                    [--workers 100000] [--holders 1000] [--posts 1000] [--only JobsFunction,...]
 * </pre>
 * Each part writes its table to {@code benchmarks/target/results/<part>.md} and prints it.
 */
public final class Bench {

  private Bench() {}

  public static void main(String[] args) throws Exception {
    List<String> parts = new ArrayList<>();
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].startsWith("--")) {
        options.put(args[i].substring(2), i + 1 < args.length ? args[++i] : "");
      } else {
        parts.add(args[i]);
      }
    }
    if (parts.isEmpty() || parts.contains("all")) {
      parts = List.of("jars", "cold", "warm", "capacity", "e2e");
    }
    Workspace workspace = new Workspace(RepositoryRoot.find());
    // A fresh copy of every jar per run: other builds may be replacing them.
    try (var files = java.nio.file.Files.list(workspace.jars)) {
      for (var file : files.toList()) {
        java.nio.file.Files.delete(file);
      }
    }
    int status = 0;
    try (BenchStack stack = new BenchStack(workspace.root)) {
      List<FunctionUnderTest> functions = FunctionUnderTest.all(workspace, stack);
      Set<String> only = set(options.get("only"));
      if (!only.isEmpty()) {
        functions = functions.stream().filter(f -> only.contains(f.logicalId())).toList();
      }
      for (String part : parts) {
        long started = System.nanoTime();
        System.out.println("== " + part + " (" + Instant.now() + ")");
        String table = switch (part) {
          case "jars" -> JarSizes.run(functions);
          case "cold" -> new ColdStart(workspace, stack, functions, integer(options, "rounds", 5),
              set(options.get("cds")), set(options.get("logback-in-code"))).run();
          case "warm" -> new WarmOverhead(workspace, stack, functions, integer(options, "warm", 200)).run();
          case "capacity" -> new Capacity(workspace, stack, functions, integer(options, "workers", 100_000),
              integer(options, "holders", 1000), integer(options, "records", 10_000)).run();
          case "e2e" -> EndToEnd.run(workspace, integer(options, "posts", 1000));
          default -> throw new IllegalArgumentException("unknown part " + part + "; parts: cold warm capacity jars e2e all");
        };
        String text = "Measured " + Instant.now() + " in " + (System.nanoTime() - started) / 1_000_000_000 + " s with `"
            + "./benchmarks/run " + String.join(" ", args) + "`.\n\n" + table;
        workspace.write(workspace.results.resolve(part + ".md"), text);
        System.out.println(text);
      }
    } catch (RuntimeException e) {
      e.printStackTrace();
      status = 1;
    }
    System.exit(status);
  }

  private static int integer(Map<String, String> options, String name, int fallback) {
    return options.containsKey(name) ? Integer.parseInt(options.get(name)) : fallback;
  }

  private static Set<String> set(String list) {
    return list == null || list.isBlank() ? Set.of() : new HashSet<>(Arrays.asList(list.split(",")));
  }
}
