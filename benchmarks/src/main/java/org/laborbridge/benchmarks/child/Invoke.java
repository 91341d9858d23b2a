package org.laborbridge.benchmarks.child;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.amazonaws.services.lambda.runtime.serialization.factories.JacksonFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The launcher inside a function's own JVM (its deployable jar on the classpath, as Lambda's Java runtime loads it):
 * constructs the handler named in template.yaml, then feeds it the events of a script, each deserialised as the
 * Lambda runtime deserialises it, and writes one tab-separated line per step to a result file.
 *
 * <pre>
 *   args: handlerClass inputType scriptFile resultFile
 *   script: one line per invocation: label TAB eventFile
 *   result: main TAB epochMillis          (when main was entered)
 *           init TAB ms                    (handler class loaded and constructed: the Lambda init phase)
 *           invoke TAB label TAB deserialiseMs TAB handleMs TAB replayMs TAB outcome TAB calls
 * </pre>
 *
 * A label starting with {@code warm} also replays the SDK calls the handler made, with bare SDK clients, and times
 * them ({@link Replay}); calls are only seen when {@link CallRecorder} is registered (capacity and warm runs).
 */
public final class Invoke {

  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]{1,100})\"");

  private Invoke() {}

  public static void main(String[] args) throws Exception {
    long mainEpoch = System.currentTimeMillis();
    String handlerName = args[0];
    String inputType = args[1];
    List<String> script = Files.readAllLines(Path.of(args[2]), StandardCharsets.UTF_8);
    ClassLoader loader = Invoke.class.getClassLoader();
    int exit = 0;
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[3]), StandardCharsets.UTF_8))) {
      out.println("main\t" + mainEpoch);
      out.flush();
      long started = System.nanoTime();
      @SuppressWarnings("unchecked")
      RequestHandler<Object, Object> handler = (RequestHandler<Object, Object>) Class.forName(handlerName, true, loader)
          .getDeclaredConstructor().newInstance();
      out.println("init\t" + millis(System.nanoTime() - started));
      out.flush();
      PojoSerializer<Object> serializer = serializer(inputType, loader);
      int count = 0;
      for (String line : script) {
        if (line.isBlank()) {
          continue;
        }
        String[] parts = line.split("\t", 2);
        String label = parts[0];
        byte[] event = Files.readAllBytes(Path.of(parts[1]));
        CallRecorder.start();
        long before = System.nanoTime();
        Object input = serializer.fromJson(new ByteArrayInputStream(event));
        long deserialised = System.nanoTime();
        String outcome;
        try {
          outcome = outcome(handler.handleRequest(input, new LocalContext(++count)));
        } catch (RuntimeException e) {
          outcome = "threw " + e.getClass().getSimpleName();
        }
        long handled = System.nanoTime();
        List<CallRecorder.Call> calls = CallRecorder.stop();
        String replay = label.startsWith("warm") ? millis(Replay.run(calls)) : "";
        out.println(String.join("\t", "invoke", label, millis(deserialised - before), millis(handled - deserialised), replay,
            outcome, CallRecorder.summary(calls)));
        out.flush();
      }
    } catch (Throwable e) {
      exit = 3;
      try (PrintWriter err = new PrintWriter(Files.newBufferedWriter(Path.of(args[3] + ".error"), StandardCharsets.UTF_8))) {
        e.printStackTrace(err);
      } catch (IOException ignored) {
        // nothing left to report with
      }
    }
    System.out.flush();
    System.err.flush();
    if (Boolean.getBoolean("benchmark.exitNormally")) {
      // A class-data-sharing training run dumps its archive at a normal exit.
      System.exit(exit);
    }
    // Functions' contexts keep non-daemon threads; Lambda freezes them, we stop without running their shutdown.
    Runtime.getRuntime().halt(exit);
  }

  @SuppressWarnings("unchecked")
  private static PojoSerializer<Object> serializer(String inputType, ClassLoader loader) throws ClassNotFoundException {
    Class<Object> type = (Class<Object>) Class.forName(inputType, false, loader);
    if (LambdaEventSerializers.isLambdaSupportedEvent(inputType)) {
      return LambdaEventSerializers.serializerFor(type, loader);
    }
    return JacksonFactory.getInstance().getSerializer(type);
  }

  /** What the handler answered, in a word: an HTTP status, the failed records of a batch, or a short text. */
  private static String outcome(Object output) {
    if (output == null) {
      return "null";
    }
    try {
      Method status = output.getClass().getMethod("getStatusCode");
      Object code = status.invoke(output);
      Object body = output.getClass().getMethod("getBody").invoke(output);
      Matcher id = ID.matcher(body == null ? "" : body.toString());
      return "HTTP " + code + (id.find() ? " id=" + id.group(1) : "");
    } catch (ReflectiveOperationException notHttp) {
      // try the next shape
    }
    try {
      Object failures = output.getClass().getMethod("getBatchItemFailures").invoke(output);
      return "failed=" + (failures == null ? 0 : ((List<?>) failures).size());
    } catch (ReflectiveOperationException notBatch) {
      String text = String.valueOf(output).replaceAll("\\s+", " ");
      return text.length() > 60 ? text.substring(0, 60) : text;
    }
  }

  static String millis(long nanos) {
    return String.format(java.util.Locale.ROOT, "%.3f", nanos / 1_000_000.0);
  }
}
