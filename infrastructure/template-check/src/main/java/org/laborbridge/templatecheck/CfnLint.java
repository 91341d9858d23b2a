package org.laborbridge.templatecheck;

import org.laborbridge.localaws.emulator.NodeRuntime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/** Runs the npm cfn-lint on a template and keeps the findings that are not on the documented allow-list. */
public final class CfnLint {

  private static final Pattern ANSI = Pattern.compile("\u001B\\[[;\\d]*m");

  private final Path moduleDir;
  private final List<Pattern> allowList;

  public CfnLint(Path moduleDir) {
    this.moduleDir = moduleDir;
    this.allowList = readAllowList(moduleDir.resolve("cfn-lint-allowlist.txt"));
  }

  public List<Finding> check(Path template) {
    NodeRuntime node = new NodeRuntime(moduleDir);
    node.requireSupportedVersion();
    node.installPackagesIfMissing("cfn-lint");
    String output = run(template);
    List<Finding> findings = new ArrayList<>();
    String resource = null;
    for (String line : ANSI.matcher(output).replaceAll("").split("\n")) {
      if (line.startsWith("Resource: ")) {
        resource = line.substring("Resource: ".length()).trim();
      } else if (line.startsWith("Message: ") && resource != null) {
        String message = line.substring("Message: ".length()).trim();
        String text = resource + ": " + message;
        if (allowList.stream().noneMatch(p -> p.matcher(text).find())) {
          findings.add(new Finding("cfn-lint", resource, message));
        }
        resource = null;
      }
    }
    if (findings.isEmpty() && output.contains("Template invalid") && !output.contains("Message: ")) {
      findings.add(new Finding("cfn-lint", template.toString(), "cfn-lint failed without findings:\n" + output));
    }
    return findings;
  }

  private String run(Path template) {
    try {
      Process process = new ProcessBuilder("node", moduleDir.resolve("node_modules/cfn-lint/lib/index.js").toString(),
          "validate", template.toAbsolutePath().toString())
          .directory(moduleDir.toFile()).redirectErrorStream(true).start();
      process.getOutputStream().close();
      byte[] output = process.getInputStream().readAllBytes();
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException("cfn-lint did not finish within 120 s");
      }
      return new String(output, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot run cfn-lint: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running cfn-lint", e);
    }
  }

  private static List<Pattern> readAllowList(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(Pattern::compile).toList();
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the cfn-lint allow-list " + file + ": " + e.getMessage(), e);
    }
  }
}
