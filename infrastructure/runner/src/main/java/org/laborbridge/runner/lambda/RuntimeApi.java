package org.laborbridge.runner.lambda;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The Lambda Runtime API (2018-06-01) for one function instance: the official runtime client in the function's
 * JVM asks here for its next event and posts back the response or error, exactly as inside AWS Lambda.
 * See https://docs.aws.amazon.com/lambda/latest/dg/runtimes-api.html.
 */
final class RuntimeApi implements AutoCloseable {

  private static final String PREFIX = "/2018-06-01/runtime/";

  private final HttpServer server;
  private final String functionArn;
  private final BlockingQueue<Invocation> pending = new LinkedBlockingQueue<>();
  private final ConcurrentHashMap<String, Invocation> inFlight = new ConcurrentHashMap<>();
  private volatile String initError;

  RuntimeApi(String functionArn) throws IOException {
    this.functionArn = functionArn;
    this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(PREFIX, this::handle);
    server.setExecutor(Executors.newCachedThreadPool(r -> {
      Thread thread = new Thread(r, "runtime-api");
      thread.setDaemon(true);
      return thread;
    }));
    server.start();
  }

  /** host:port, the value of AWS_LAMBDA_RUNTIME_API for the function's process. */
  String address() {
    return "127.0.0.1:" + server.getAddress().getPort();
  }

  void submit(Invocation invocation) {
    pending.add(invocation);
  }

  /** An error the runtime reported while initialising (the handler class could not be built). */
  String initError() {
    return initError;
  }

  /** Fails whatever was handed out or waiting, e.g. when the process died. */
  void failAll(InvocationResult.Outcome outcome, String message) {
    byte[] error = ("{\"errorMessage\":\"" + message.replace("\"", "'") + "\",\"errorType\":\"Runtime." + outcome + "\"}")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    inFlight.values().forEach(i -> i.result.complete(new InvocationResult(outcome, error, 0)));
    inFlight.clear();
    for (Invocation waiting = pending.poll(); waiting != null; waiting = pending.poll()) {
      waiting.result.complete(new InvocationResult(outcome, error, 0));
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath().substring(PREFIX.length());
      byte[] body = exchange.getRequestBody().readAllBytes();
      if (path.equals("invocation/next") && exchange.getRequestMethod().equals("GET")) {
        next(exchange);
      } else if (path.startsWith("invocation/") && path.endsWith("/response")) {
        complete(path, body, InvocationResult.Outcome.SUCCESS);
        respond(exchange, 202, "{\"status\":\"OK\"}".getBytes());
      } else if (path.startsWith("invocation/") && path.endsWith("/error")) {
        complete(path, body, InvocationResult.Outcome.HANDLER_ERROR);
        respond(exchange, 202, "{\"status\":\"OK\"}".getBytes());
      } else if (path.equals("init/error")) {
        initError = new String(body, java.nio.charset.StandardCharsets.UTF_8);
        respond(exchange, 202, "{\"status\":\"OK\"}".getBytes());
      } else {
        respond(exchange, 404, "{\"errorMessage\":\"unknown runtime API path\"}".getBytes());
      }
    }
  }

  /** Long-polls for the next event, as the runtime client expects (it calls again right after each answer). */
  private void next(HttpExchange exchange) throws IOException {
    Invocation invocation;
    try {
      do {
        invocation = pending.poll(1, TimeUnit.HOURS);
      } while (invocation == null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    inFlight.put(invocation.requestId, invocation);
    exchange.getResponseHeaders().add("Lambda-Runtime-Aws-Request-Id", invocation.requestId);
    exchange.getResponseHeaders().add("Lambda-Runtime-Deadline-Ms", Long.toString(invocation.deadlineMillis));
    exchange.getResponseHeaders().add("Lambda-Runtime-Invoked-Function-Arn", functionArn);
    exchange.getResponseHeaders().add("Lambda-Runtime-Trace-Id", "Root=1-" + invocation.requestId.replace("-", "").substring(0, 8)
        + "-" + invocation.requestId.replace("-", "").substring(8, 32) + ";Sampled=0");
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    respond(exchange, 200, invocation.event);
  }

  private void complete(String path, byte[] body, InvocationResult.Outcome outcome) {
    String requestId = path.substring("invocation/".length(), path.lastIndexOf('/'));
    Invocation invocation = inFlight.remove(requestId);
    if (invocation != null) {
      invocation.result.complete(new InvocationResult(outcome, body, 0));
    }
  }

  private static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }
}
