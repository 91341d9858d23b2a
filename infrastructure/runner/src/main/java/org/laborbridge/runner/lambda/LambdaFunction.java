package org.laborbridge.runner.lambda;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * One function instance: its own JVM, started with the environment the template gives it and AWS's runtime
 * interface client as main loop, fed through the Lambda Runtime API. Like a Lambda execution environment it
 * handles one event at a time, is killed on timeout, and starts afresh (a cold start) after a crash or a kill.
 */
public final class LambdaFunction implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(LambdaFunction.class);
  /** Lambda gives initialisation its own allowance; locally several JVMs may start at once on few cores. */
  static final Duration INIT_ALLOWANCE = Duration.ofSeconds(60);

  private final FunctionSpec spec;
  private final Map<String, String> platformEnvironment;
  private Process process;
  private RuntimeApi runtimeApi;
  private boolean cold = true;

  /**
   * @param platformEnvironment what every function gets besides its own variables: region, credentials,
   *                            endpoints of local AWS
   */
  public LambdaFunction(FunctionSpec spec, Map<String, String> platformEnvironment) {
    this.spec = spec;
    this.platformEnvironment = Map.copyOf(platformEnvironment);
  }

  public FunctionSpec spec() {
    return spec;
  }

  /** Starts the instance ahead of the first event, so that the first request does not wait for a cold start. */
  public synchronized void start() {
    if (process != null && process.isAlive()) {
      return;
    }
    try {
      runtimeApi = new RuntimeApi("arn:aws:lambda:" + platformEnvironment.getOrDefault("AWS_REGION", "us-east-1")
          + ":000000000000:function:" + spec.functionName());
      ProcessBuilder builder = new ProcessBuilder(command()).redirectErrorStream(true);
      builder.environment().clear();
      builder.environment().putAll(environment());
      process = builder.start();
      cold = true;
      copyOutput(process.getInputStream());
      Process started = process;
      RuntimeApi api = runtimeApi;
      started.onExit().thenRun(() -> api.failAll(InvocationResult.Outcome.CRASHED,
          spec.logicalId() + " exited with code " + started.exitValue()
              + (api.initError() == null ? "" : " during initialisation: " + api.initError())));
    } catch (IOException e) {
      throw new IllegalStateException("cannot start function " + spec.logicalId() + ": " + e.getMessage(), e);
    }
  }

  /** Hands one event to the function and waits for its answer, at most the function's timeout. */
  public synchronized InvocationResult invoke(byte[] event) {
    start();
    long started = System.nanoTime();
    Duration limit = cold ? spec.timeout().plus(INIT_ALLOWANCE) : spec.timeout();
    Invocation invocation = new Invocation(UUID.randomUUID().toString(), event,
        System.currentTimeMillis() + limit.toMillis());
    runtimeApi.submit(invocation);
    InvocationResult result;
    try {
      result = invocation.result.get(limit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      // As Lambda does: the execution environment is discarded, the next event starts a new one.
      LOG.warn("{} timed out after {} s; stopping its instance", spec.logicalId(), limit.toSeconds());
      stopProcess();
      result = new InvocationResult(InvocationResult.Outcome.TIMEOUT,
          ("{\"errorMessage\":\"Task timed out after " + limit.toSeconds() + " seconds\",\"errorType\":\"Sandbox.Timedout\"}")
              .getBytes(StandardCharsets.UTF_8), 0);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while invoking " + spec.logicalId(), e);
    }
    cold = false;
    if (result.outcome() == InvocationResult.Outcome.CRASHED) {
      stopProcess();
    }
    return new InvocationResult(result.outcome(), result.payload(), (System.nanoTime() - started) / 1_000_000);
  }

  private List<String> command() {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // Lambda sizes the heap from the memory setting; so do we, roughly.
    command.add("-XX:MaxRAM=" + spec.memoryMb() + "m");
    spec.classData().ifPresent(archive -> command.addAll(archive.options(spec.logicalId(), spec.classpath())));
    org.laborbridge.runner.FunctionCode.nativeClientLibrary().ifPresent(library ->
        command.add("-Dcom.amazonaws.services.lambda.runtime.api.client.runtimeapi.NativeClient.JNI=" + library));
    command.add("-cp");
    command.add(spec.classpath().stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator)));
    command.add(ChildBootstrap.class.getName());
    command.add(spec.handler());
    return command;
  }

  private Map<String, String> environment() {
    Map<String, String> env = new java.util.HashMap<>();
    for (String inherited : List.of("PATH", "HOME", "LANG")) {
      String value = System.getenv(inherited);
      if (value != null) {
        env.put(inherited, value);
      }
    }
    env.putAll(platformEnvironment);
    env.put("AWS_LAMBDA_RUNTIME_API", runtimeApi.address());
    env.put("_HANDLER", spec.handler());
    env.put("AWS_LAMBDA_FUNCTION_NAME", spec.functionName());
    env.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
    env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(spec.memoryMb()));
    env.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/" + spec.functionName());
    env.put("AWS_EXECUTION_ENV", "AWS_Lambda_java17");
    env.put("TZ", ":UTC");
    env.putAll(spec.environment());
    return env;
  }

  /** The function's stdout and stderr, as Lambda would send them to CloudWatch Logs, prefixed with its name. */
  private void copyOutput(InputStream output) {
    Thread copier = new Thread(() -> {
      try (BufferedReader lines = new BufferedReader(new InputStreamReader(output, StandardCharsets.UTF_8))) {
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          System.out.println("[" + spec.logicalId() + "] " + FunctionLogLine.readable(line));
        }
      } catch (IOException ignored) {
        // The process ended.
      }
    }, "output-" + spec.logicalId());
    copier.setDaemon(true);
    copier.start();
  }

  private void stopProcess() {
    if (process != null) {
      process.destroyForcibly();
      try {
        process.waitFor(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      process = null;
    }
    if (runtimeApi != null) {
      runtimeApi.close();
      runtimeApi = null;
    }
  }

  public synchronized boolean running() {
    return process != null && process.isAlive();
  }

  @Override
  public synchronized void close() {
    if (process != null) {
      try {
        process.getOutputStream().close();
      } catch (IOException ignored) {
        // Closing stdin is how we ask it to stop; destroying it below is the fallback.
      }
      try {
        // Ending at once, unless it writes its class-data archive first (a few seconds, once per jar).
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    stopProcess();
  }
}
