package org.laborbridge.localaws.emulator;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The Node.js that runs dynalite: checks its version and installs the pinned npm packages when missing. */
public final class NodeRuntime {

  static final int MINIMUM_MAJOR = 20;
  private static final Pattern VERSION = Pattern.compile("v(\\d+)\\.");

  private final Path moduleDir;
  private final String nodeCommand;

  public NodeRuntime(Path moduleDir) {
    this(moduleDir, "node");
  }

  NodeRuntime(Path moduleDir, String nodeCommand) {
    this.moduleDir = moduleDir;
    this.nodeCommand = nodeCommand;
  }

  /** Fails with the fix in the message when node is missing or too old. */
  public void requireSupportedVersion() {
    String printed;
    try {
      printed = run(List.of(nodeCommand, "--version"), moduleDir, 30).trim();
    } catch (IOException e) {
      throw new EmulatorException("Node.js " + MINIMUM_MAJOR + " or newer is needed to run dynalite (the local DynamoDB) "
          + "but `node` was not found on the PATH. Install Node.js " + MINIMUM_MAJOR + "+ (https://nodejs.org or your "
          + "package manager, e.g. `apt-get install nodejs`) and run again.");
    }
    int major = majorVersion(printed);
    if (major < MINIMUM_MAJOR) {
      throw new EmulatorException("Node.js " + MINIMUM_MAJOR + " or newer is needed to run dynalite, but `node --version` "
          + "printed " + printed + ". Upgrade Node.js to " + MINIMUM_MAJOR + "+ and run again.");
    }
  }

  static int majorVersion(String printed) {
    Matcher matcher = VERSION.matcher(printed);
    if (!matcher.find()) {
      throw new EmulatorException("cannot read the Node.js version from `node --version`: " + printed);
    }
    return Integer.parseInt(matcher.group(1));
  }

  /** Runs `npm ci` once when node_modules is missing; a file lock keeps parallel builds from racing. */
  public void installPackagesIfMissing(String requiredPackage) {
    if (Files.isDirectory(moduleDir.resolve("node_modules").resolve(requiredPackage))) {
      return;
    }
    Path lockFile = moduleDir.resolve(".npm-install.lock");
    try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
         FileLock ignored = channel.lock()) {
      if (!Files.isDirectory(moduleDir.resolve("node_modules").resolve(requiredPackage))) {
        String output = run(List.of("npm", "ci", "--no-audit", "--no-fund"), moduleDir, 600);
        if (!Files.isDirectory(moduleDir.resolve("node_modules").resolve(requiredPackage))) {
          throw new EmulatorException("`npm ci` in " + moduleDir + " did not install " + requiredPackage + ":\n" + output);
        }
      }
    } catch (IOException e) {
      throw new EmulatorException("cannot install the npm packages in " + moduleDir + " (`npm ci`): " + e.getMessage());
    } finally {
      try {
        Files.deleteIfExists(lockFile);
      } catch (IOException ignored) {
        // Another JVM may hold it; it is only a lock.
      }
    }
  }

  private static String run(List<String> command, Path dir, int timeoutSeconds) throws IOException {
    Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    try {
      process.getOutputStream().close();
      byte[] output = process.getInputStream().readAllBytes();
      if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IOException(String.join(" ", command) + " did not finish in " + timeoutSeconds + " s");
      }
      String text = new String(output, StandardCharsets.UTF_8);
      if (process.exitValue() != 0) {
        throw new IOException(String.join(" ", command) + " exited with " + process.exitValue() + ":\n" + text);
      }
      return text;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
      throw new IOException("interrupted while running " + String.join(" ", command));
    }
  }
}
