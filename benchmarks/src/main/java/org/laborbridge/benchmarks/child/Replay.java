package org.laborbridge.benchmarks.child;

import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.core.SdkRequest;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes the SDK calls an invocation made, one after another, with bare clients (URL-connection HTTP client, the
 * same endpoints): what the invocation would cost with no framework, no mapping and no domain code around them.
 * A call the service refuses (a conditional write that finds the item) counts as made.
 */
final class Replay {

  private static final Map<String, SdkClient> CLIENTS = new HashMap<>();
  private static final Map<Class<?>, Method> METHODS = new HashMap<>();

  private Replay() {}

  /** The nanoseconds the calls took. */
  static long run(List<CallRecorder.Call> calls) throws ReflectiveOperationException {
    // Clients and methods are found before the clock starts: building a client is not part of a warm call.
    Object[][] prepared = new Object[calls.size()][];
    for (int i = 0; i < calls.size(); i++) {
      CallRecorder.Call call = calls.get(i);
      SdkRequest request = call.request;
      SdkClient client = client(request);
      Method method = method(client, request);
      prepared[i] = method.getParameterCount() == 1 ? new Object[] {client, method, new Object[] {request}}
          : new Object[] {client, method, new Object[] {request,
              software.amazon.awssdk.core.sync.RequestBody.fromBytes(new byte[(int) Math.max(0, call.bodyLength)])}};
    }
    long started = System.nanoTime();
    for (Object[] call : prepared) {
      try {
        Object answer = ((Method) call[1]).invoke(call[0], (Object[]) call[2]);
        if (answer instanceof java.io.InputStream stream) {
          // A streamed download (S3 GetObject): read it all, as the function would.
          try (stream) {
            stream.transferTo(java.io.OutputStream.nullOutputStream());
          } catch (java.io.IOException e) {
            // counted as made
          }
        }
      } catch (InvocationTargetException refused) {
        // counted as made, like the original call
      }
    }
    return System.nanoTime() - started;
  }

  private static SdkClient client(SdkRequest request) {
    String name = request.getClass().getName();
    String service = name.substring("software.amazon.awssdk.services.".length(), name.indexOf(".model."));
    return CLIENTS.computeIfAbsent(service, s -> switch (s) {
      case "dynamodb" -> BareClients.dynamoDb();
      case "sqs" -> BareClients.sqs();
      case "s3" -> BareClients.s3();
      default -> throw new IllegalStateException("no bare client for " + s);
    });
  }

  private static Method method(SdkClient client, SdkRequest request) throws NoSuchMethodException {
    Method method = METHODS.get(request.getClass());
    if (method == null) {
      String simple = request.getClass().getSimpleName();
      String operation = Character.toLowerCase(simple.charAt(0)) + simple.substring(1, simple.length() - "Request".length());
      Class<?> api = client.getClass().getInterfaces()[0];
      try {
        method = api.getMethod(operation, request.getClass());
      } catch (NoSuchMethodException streamed) {
        // An upload takes its body beside the request (S3 PutObject).
        method = api.getMethod(operation, request.getClass(), software.amazon.awssdk.core.sync.RequestBody.class);
      }
      METHODS.put(request.getClass(), method);
    }
    return method;
  }
}
