package org.laborbridge.runner.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import org.laborbridge.runner.InvocationLog;
import org.laborbridge.runner.lambda.InvocationResult;
import org.laborbridge.runner.jwt.Authorization;
import org.laborbridge.runner.jwt.JwtAuthorizer;
import org.laborbridge.runner.jwt.UnauthorizedResponse;
import org.laborbridge.runner.lambda.LambdaFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The HTTP API on localhost: routes each request as API Gateway's HTTP API does, checks the JWT authorizer,
 * hands the function an API Gateway payload 2.0 event and turns its answer back into an HTTP response.
 * Paths under {@code /_local/} belong to the runner itself.
 */
public final class HttpApiServer implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Logger LOG = LoggerFactory.getLogger("invoke");
  private static final DateTimeFormatter REQUEST_TIME =
      DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  private final HttpServer server;
  private final ExecutorService executor;
  private final HttpRoutes routes;
  private final Map<String, LambdaFunction> functions;
  private final JwtAuthorizer authorizer;

  public HttpApiServer(int port, HttpRoutes routes, Map<String, LambdaFunction> functions, JwtAuthorizer authorizer,
      HttpHandler localAdmin) throws IOException {
    this.routes = routes;
    this.functions = functions;
    this.authorizer = authorizer;
    this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
    this.executor = Executors.newFixedThreadPool(8, r -> {
      Thread thread = new Thread(r, "http-api");
      thread.setDaemon(true);
      return thread;
    });
    server.setExecutor(executor);
    server.createContext("/_local/", localAdmin);
    server.createContext("/", this::serve);
    server.start();
  }

  public int port() {
    return server.getAddress().getPort();
  }

  private void serve(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      String path = exchange.getRequestURI().getRawPath();
      Optional<HttpRoutes.Match> match = routes.find(method, path);
      if (match.isEmpty()) {
        send(exchange, 404, Map.of("content-type", "application/json"), "{\"message\":\"Not Found\"}".getBytes());
        return;
      }
      HttpRoute route = match.get().route();
      Authorization.Granted authorization = null;
      if (route.authorized()) {
        Authorization decision = authorizer.authorize(exchange.getRequestHeaders().getFirst("Authorization"));
        if (decision instanceof Authorization.Refused refused) {
          // What API Gateway's JWT authorizer answers; the function is never called.
          UnauthorizedResponse response = UnauthorizedResponse.to(refused);
          send(exchange, response.statusCode(), response.headers(), response.body().getBytes(StandardCharsets.UTF_8));
          LOG.info("function={} trigger=http:{} outcome=UNAUTHORIZED reason={}", route.functionId(), route.routeKey(),
              refused.reason());
          return;
        }
        authorization = (Authorization.Granted) decision;
      }
      byte[] event = JSON.writeValueAsBytes(event(exchange, match.get(), authorization));
      LambdaFunction function = functions.get(route.functionId());
      InvocationResult result = function.invoke(event);
      int status = respond(exchange, result);
      InvocationLog.record(route.functionId(), "http:" + route.routeKey(), result, "status=" + status);
    } catch (RuntimeException e) {
      send(exchange, 500, Map.of("content-type", "application/json"), "{\"message\":\"Internal Server Error\"}".getBytes());
      throw e;
    }
  }

  /** The API Gateway HTTP API payload format 2.0. */
  private ObjectNode event(HttpExchange exchange, HttpRoutes.Match match, Authorization.Granted authorization)
      throws IOException {
    String method = exchange.getRequestMethod();
    String rawPath = exchange.getRequestURI().getRawPath();
    String rawQuery = Optional.ofNullable(exchange.getRequestURI().getRawQuery()).orElse("");
    Instant now = Instant.now();
    String requestId = UUID.randomUUID().toString();

    ObjectNode event = JSON.createObjectNode();
    event.put("version", "2.0");
    event.put("routeKey", match.route().routeKey());
    event.put("rawPath", rawPath);
    event.put("rawQueryString", rawQuery);
    ObjectNode headers = event.putObject("headers");
    List<String> cookies = new ArrayList<>();
    exchange.getRequestHeaders().forEach((name, values) -> {
      if (name.equalsIgnoreCase("cookie")) {
        values.forEach(v -> List.of(v.split(";\\s*")).forEach(cookies::add));
      } else {
        headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values));
      }
    });
    if (!cookies.isEmpty()) {
      ArrayNode list = event.putArray("cookies");
      cookies.forEach(list::add);
    }
    Map<String, String> query = query(rawQuery);
    if (!query.isEmpty()) {
      ObjectNode parameters = event.putObject("queryStringParameters");
      query.forEach(parameters::put);
    }
    if (!match.pathParameters().isEmpty()) {
      ObjectNode parameters = event.putObject("pathParameters");
      match.pathParameters().forEach(parameters::put);
    }
    ObjectNode context = event.putObject("requestContext");
    context.put("accountId", "000000000000");
    context.put("apiId", "local");
    context.put("domainName", "localhost");
    context.put("domainPrefix", "localhost");
    ObjectNode http = context.putObject("http");
    http.put("method", method);
    http.put("path", rawPath);
    http.put("protocol", exchange.getProtocol());
    http.put("sourceIp", exchange.getRemoteAddress().getAddress().getHostAddress());
    http.put("userAgent", Optional.ofNullable(exchange.getRequestHeaders().getFirst("User-Agent")).orElse(""));
    context.put("requestId", requestId);
    context.put("routeKey", match.route().routeKey());
    context.put("stage", "$default");
    context.put("time", REQUEST_TIME.format(now));
    context.put("timeEpoch", now.toEpochMilli());
    if (authorization != null) {
      context.putObject("authorizer").set("jwt", JSON.valueToTree(authorization.requestContextJwt()));
    }
    byte[] body = exchange.getRequestBody().readAllBytes();
    if (body.length > 0) {
      boolean text = isText(exchange.getRequestHeaders().getFirst("Content-Type"));
      event.put("body", text ? new String(body, StandardCharsets.UTF_8) : Base64.getEncoder().encodeToString(body));
      event.put("isBase64Encoded", !text);
    } else {
      event.put("isBase64Encoded", false);
    }
    return event;
  }

  /** Multi-valued query parameters arrive joined by commas, as API Gateway passes them. */
  static Map<String, String> query(String rawQuery) {
    Map<String, String> parameters = new LinkedHashMap<>();
    if (rawQuery.isEmpty()) {
      return parameters;
    }
    for (String pair : rawQuery.split("&")) {
      int equals = pair.indexOf('=');
      String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
      String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
      parameters.merge(name, value, (a, b) -> a + "," + b);
    }
    return parameters;
  }

  static boolean isText(String contentType) {
    if (contentType == null) {
      return true;
    }
    String type = contentType.toLowerCase(Locale.ROOT);
    return type.startsWith("text/") || type.contains("json") || type.contains("xml") || type.contains("javascript")
        || type.startsWith("application/x-www-form-urlencoded");
  }

  /** Turns the function's payload 2.0 answer into the HTTP response; a failed invocation is API Gateway's 500 or 503. */
  private int respond(HttpExchange exchange, InvocationResult result) throws IOException {
    if (result.outcome() == InvocationResult.Outcome.TIMEOUT) {
      send(exchange, 503, Map.of("content-type", "application/json"), "{\"message\":\"Service Unavailable\"}".getBytes());
      return 503;
    }
    if (!result.succeeded()) {
      send(exchange, 500, Map.of("content-type", "application/json"), "{\"message\":\"Internal Server Error\"}".getBytes());
      return 500;
    }
    JsonNode answer = JSON.readTree(result.payload());
    if (answer == null || !answer.isObject() || !answer.has("statusCode")) {
      // API Gateway's rule for answers that are not a response object: 200 with the answer as JSON body.
      send(exchange, 200, Map.of("content-type", "application/json"), result.payload());
      return 200;
    }
    int status = answer.path("statusCode").asInt(200);
    Map<String, String> headers = new LinkedHashMap<>();
    answer.path("headers").fields().forEachRemaining(h -> headers.put(h.getKey(), h.getValue().asText()));
    answer.path("multiValueHeaders").fields().forEachRemaining(h -> {
      List<String> values = new ArrayList<>();
      h.getValue().forEach(v -> values.add(v.asText()));
      headers.put(h.getKey(), String.join(",", values));
    });
    answer.path("cookies").forEach(cookie -> exchange.getResponseHeaders().add("Set-Cookie", cookie.asText()));
    JsonNode body = answer.path("body");
    byte[] bytes = body.isMissingNode() || body.isNull() ? new byte[0]
        : answer.path("isBase64Encoded").asBoolean(false) ? Base64.getDecoder().decode(body.asText())
        : body.asText().getBytes(StandardCharsets.UTF_8);
    send(exchange, status, headers, bytes);
    return status;
  }

  static void send(HttpExchange exchange, int status, Map<String, String> headers, byte[] body) throws IOException {
    headers.forEach((name, value) -> {
      if (!name.equalsIgnoreCase("content-length") && !name.equalsIgnoreCase("transfer-encoding")) {
        exchange.getResponseHeaders().set(name, value);
      }
    });
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
