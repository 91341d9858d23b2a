package org.laborbridge.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/** The deployable jar of each function (what sam deploy uploads) and what fills it, by library. */
final class JarSizes {

  static final double GOAL_MB = 25;

  /** Package prefixes named after the library they come from, most specific first. */
  private static final Map<String, String> LIBRARIES = new LinkedHashMap<>();

  static {
    LIBRARIES.put("software/amazon/awssdk/services/dynamodb/", "AWS SDK: DynamoDB");
    LIBRARIES.put("software/amazon/awssdk/services/sqs/", "AWS SDK: SQS");
    LIBRARIES.put("software/amazon/awssdk/services/s3/", "AWS SDK: S3");
    LIBRARIES.put("software/amazon/awssdk/services/", "AWS SDK: other services");
    LIBRARIES.put("software/amazon/awssdk/regions/", "AWS SDK: regions (endpoint metadata)");
    LIBRARIES.put("software/amazon/awssdk/", "AWS SDK: core, auth, HTTP, protocols");
    LIBRARIES.put("software/amazon/", "AWS SDK: other");
    LIBRARIES.put("com/fasterxml/jackson/", "Jackson");
    LIBRARIES.put("reactor/", "Reactor");
    LIBRARIES.put("io/netty/", "Netty");
    LIBRARIES.put("io/micronaut/http/", "Micronaut HTTP");
    LIBRARIES.put("io/micronaut/", "Micronaut core, inject, function");
    LIBRARIES.put("ch/qos/logback/", "Logback");
    LIBRARIES.put("org/joda/", "Joda-Time (from aws-lambda-java-events)");
    LIBRARIES.put("com/amazonaws/", "AWS Lambda events and core");
    LIBRARIES.put("org/laborbridge/", "LaborBridge code");
  }

  private JarSizes() {}

  static String run(List<FunctionUnderTest> functions) {
    Map<String, Path> jars = new LinkedHashMap<>();
    for (FunctionUnderTest f : functions) {
      f.jar().ifPresent(jar -> jars.putIfAbsent(f.codeUri(), jar));
    }
    StringBuilder md = new StringBuilder();
    md.append("| code (functions) | jar MB | goal ≤ 25 MB | classes | largest parts (compressed MB) |\n|---|---|---|---|---|\n");
    for (Map.Entry<String, Path> jar : jars.entrySet()) {
      try {
        double mb = Files.size(jar.getValue()) / 1024.0 / 1024.0;
        Map<String, Long> parts = new TreeMap<>();
        int classes = 0;
        try (JarFile file = new JarFile(jar.getValue().toFile())) {
          for (JarEntry entry : Collections.list(file.entries())) {
            if (entry.isDirectory()) {
              continue;
            }
            classes += entry.getName().endsWith(".class") ? 1 : 0;
            parts.merge(library(entry.getName()), Math.max(0, entry.getCompressedSize()), Long::sum);
          }
        }
        String users = String.join(", ", functions.stream().filter(f -> f.codeUri().equals(jar.getKey()))
            .map(FunctionUnderTest::logicalId).toList());
        StringBuilder top = new StringBuilder();
        parts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(6)
            .forEach(p -> top.append(String.format(Locale.ROOT, "%s %.1f; ", p.getKey(), p.getValue() / 1024.0 / 1024.0)));
        md.append(String.format(Locale.ROOT, "| `%s` (%s) | %.1f | %s | %,d | %s |%n", jar.getKey(), users, mb,
            mb <= GOAL_MB ? "met" : "not met", classes, top.toString().replaceAll("; $", "")));
      } catch (IOException e) {
        md.append("| `").append(jar.getKey()).append("` | cannot read: ").append(e.getMessage()).append(" | | | |\n");
      }
    }
    functions.stream().filter(f -> f.jar().isEmpty()).map(FunctionUnderTest::codeUri).distinct()
        .forEach(codeUri -> md.append("| `").append(codeUri).append("` | not built yet | | | |\n"));
    return md.toString();
  }

  private static String library(String entry) {
    for (Map.Entry<String, String> library : LIBRARIES.entrySet()) {
      if (entry.startsWith(library.getKey())) {
        return library.getValue();
      }
    }
    return entry.startsWith("META-INF/") ? "META-INF (metadata, service files)" : "other";
  }
}
