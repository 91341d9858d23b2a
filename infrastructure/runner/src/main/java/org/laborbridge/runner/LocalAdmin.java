package org.laborbridge.runner;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import org.laborbridge.runner.jwt.LocalIssuer;
import org.laborbridge.runner.schedule.Scheduler;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;

/**
 * The runner's own routes under {@code /_local/}: tokens for trying the API, the issuer's public keys, and the
 * schedules (list, fire now). They exist only locally; the deployed API has nothing under this path.
 */
final class LocalAdmin implements HttpHandler {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final LocalIssuer issuer;
  private final Scheduler scheduler;

  LocalAdmin(LocalIssuer issuer, Scheduler scheduler) {
    this.issuer = issuer;
    this.scheduler = scheduler;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      String method = exchange.getRequestMethod();
      if (path.equals("/_local/token") && method.equals("GET")) {
        token(exchange);
      } else if (path.equals("/_local/.well-known/jwks.json")) {
        send(exchange, 200, "application/json", JSON.writeValueAsBytes(issuer.jwks()));
      } else if (path.equals("/_local/schedules") && method.equals("GET")) {
        ArrayNode list = JSON.createArrayNode();
        for (String name : scheduler.names()) {
          list.addObject().put("name", name)
              .put("nextFire", scheduler.nextFireTime(name).map(Object::toString).orElse(null));
        }
        send(exchange, 200, "application/json", JSON.writeValueAsBytes(list));
      } else if (path.startsWith("/_local/schedules/") && path.endsWith("/fire") && method.equals("POST")) {
        String name = path.substring("/_local/schedules/".length(), path.length() - "/fire".length());
        if (!scheduler.names().contains(name)) {
          send(exchange, 404, "application/json", JSON.writeValueAsBytes(Map.of("message",
              "no schedule named " + name + "; known: " + String.join(", ", scheduler.names()))));
          return;
        }
        try {
          scheduler.fireNow(name);
          send(exchange, 202, "application/json", JSON.writeValueAsBytes(Map.of("fired", name)));
        } catch (RuntimeException failed) {
          send(exchange, 500, "application/json", JSON.writeValueAsBytes(Map.of("message", name + " failed: " + failed)));
        }
      } else if (path.equals("/_local/health")) {
        send(exchange, 200, "application/json", "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8));
      } else {
        send(exchange, 404, "application/json", "{\"message\":\"Not Found\"}".getBytes(StandardCharsets.UTF_8));
      }
    }
  }

  /** {@code GET /_local/token?role=staff&region=51&sub=...}: a signed token for trying the API with curl. */
  private void token(HttpExchange exchange) throws IOException {
    Map<String, String> query = query(Optional.ofNullable(exchange.getRequestURI().getRawQuery()).orElse(""));
    String roles = query.getOrDefault("role", "staff");
    String subject = query.getOrDefault("sub", "local-" + roles.replace(',', '-'));
    try {
      String token = issuer.token(subject, new LinkedHashSet<>(Arrays.asList(roles.split(","))),
          Optional.ofNullable(query.get("region")), Duration.ofHours(12));
      send(exchange, 200, "text/plain", (token + "\n").getBytes(StandardCharsets.UTF_8));
    } catch (IllegalArgumentException bad) {
      send(exchange, 400, "application/json", JSON.writeValueAsBytes(Map.of("message", bad.getMessage())));
    }
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String pair : raw.split("&")) {
      int equals = pair.indexOf('=');
      if (equals > 0) {
        values.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
      }
    }
    return values;
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
