package org.laborbridge.runner.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One route of the HTTP API ({@code POST /v1/jobs/{id}/close}, {@code ANY /files/{proxy+}} or {@code $default}),
 * the function behind it, and whether the JWT authorizer guards it.
 */
public record HttpRoute(String method, String path, String functionId, boolean authorized) {

  public static final String DEFAULT = "$default";

  public String routeKey() {
    return path.equals(DEFAULT) ? DEFAULT : method + " " + path;
  }

  /** The path parameters when this route matches, empty when it does not. */
  Optional<Map<String, String>> match(String requestMethod, String requestPath) {
    if (path.equals(DEFAULT)) {
      return Optional.of(Map.of());
    }
    if (!method.equals("ANY") && !method.equalsIgnoreCase(requestMethod)) {
      return Optional.empty();
    }
    List<String> pattern = segments(path);
    List<String> actual = segments(requestPath);
    Map<String, String> parameters = new LinkedHashMap<>();
    for (int i = 0; i < pattern.size(); i++) {
      String part = pattern.get(i);
      if (part.startsWith("{") && part.endsWith("+}")) {
        if (i >= actual.size()) {
          return Optional.empty();
        }
        parameters.put(part.substring(1, part.length() - 2), String.join("/", actual.subList(i, actual.size())));
        return Optional.of(parameters);
      }
      if (i >= actual.size()) {
        return Optional.empty();
      }
      if (part.startsWith("{") && part.endsWith("}")) {
        parameters.put(part.substring(1, part.length() - 1), actual.get(i));
      } else if (!part.equals(actual.get(i))) {
        return Optional.empty();
      }
    }
    return pattern.size() == actual.size() ? Optional.of(parameters) : Optional.empty();
  }

  /** API Gateway prefers the most specific route: more literal segments, then no greedy variable, then a named method. */
  int specificity() {
    if (path.equals(DEFAULT)) {
      return Integer.MIN_VALUE;
    }
    int score = 0;
    for (String part : segments(path)) {
      score += part.endsWith("+}") ? 0 : part.startsWith("{") ? 100 : 10_000;
    }
    return score * 2 + (method.equals("ANY") ? 0 : 1);
  }

  static List<String> segments(String path) {
    List<String> parts = new ArrayList<>();
    for (String part : path.split("/")) {
      if (!part.isEmpty()) {
        parts.add(part);
      }
    }
    return parts;
  }

  public static HttpRoute of(String method, String path, String functionId, boolean authorized) {
    return new HttpRoute(method == null ? "ANY" : method.toUpperCase(Locale.ROOT), path == null ? DEFAULT : path,
        functionId, authorized);
  }
}
