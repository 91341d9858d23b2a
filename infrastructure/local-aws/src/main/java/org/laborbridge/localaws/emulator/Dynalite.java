package org.laborbridge.localaws.emulator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * dynalite, the DynamoDB emulator, as a child Node.js process on a free loopback port.
 * Its life is tied to ours three ways: {@link #close()}, a shutdown hook, and its stdin pipe,
 * which the operating system closes when this JVM dies for any reason (the script then exits).
 */
public final class Dynalite implements AutoCloseable {

  private static final Pattern LISTENING = Pattern.compile("dynalite listening on ([\\d.]+):(\\d+)");

  private final Process process;
  private final URI endpoint;
  private final Thread shutdownHook;

  private Dynalite(Process process, URI endpoint) {
    this.process = process;
    this.endpoint = endpoint;
    this.shutdownHook = new Thread(this::stopProcess, "dynalite-stop");
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  /** Starts dynalite; with a data folder its tables survive restarts, without one they live in memory. */
  public static Dynalite start(Path localAwsModule, Path dataDir) {
    NodeRuntime node = new NodeRuntime(localAwsModule);
    node.requireSupportedVersion();
    node.installPackagesIfMissing("dynalite");
    List<String> command = new ArrayList<>(List.of("node",
        localAwsModule.resolve("src/main/node/start-dynalite.js").toString(), "--host", "127.0.0.1", "--port", "0"));
    if (dataDir != null) {
      command.addAll(List.of("--path", dataDir.toAbsolutePath().toString()));
    }
    Process process;
    try {
      process = new ProcessBuilder(command).directory(localAwsModule.toFile())
          .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    } catch (IOException e) {
      throw new EmulatorException("cannot start dynalite: " + e.getMessage(), e);
    }
    try {
      return new Dynalite(process, awaitPort(process));
    } catch (RuntimeException e) {
      process.destroyForcibly();
      throw e;
    }
  }

  private static URI awaitPort(Process process) {
    CompletableFuture<URI> endpoint = CompletableFuture.supplyAsync(() -> {
      try {
        BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          Matcher matcher = LISTENING.matcher(line);
          if (matcher.find()) {
            return URI.create("http://" + matcher.group(1) + ":" + matcher.group(2));
          }
        }
        throw new EmulatorException("dynalite exited before it listened (exit code " + process.waitFor() + ")");
      } catch (IOException e) {
        throw new EmulatorException("cannot read dynalite's output: " + e.getMessage(), e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new EmulatorException("interrupted while starting dynalite", e);
      }
    });
    try {
      return endpoint.get(60, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new EmulatorException("dynalite failed to start", e);
    } catch (TimeoutException e) {
      throw new EmulatorException("dynalite did not start within 60 s");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EmulatorException("interrupted while starting dynalite", e);
    }
  }

  public URI endpoint() {
    return endpoint;
  }

  public long pid() {
    return process.pid();
  }

  @Override
  public void close() {
    stopProcess();
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException alreadyShuttingDown) {
      // The hook is running or has run; nothing left to do.
    }
  }

  private void stopProcess() {
    if (!process.isAlive()) {
      return;
    }
    try {
      process.getOutputStream().close();
      if (!process.waitFor(3, TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (IOException e) {
      process.destroyForcibly();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }
}
