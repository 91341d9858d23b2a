package org.laborbridge.runner.http;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The routes of the HTTP API and how a request finds its route, most specific first, {@code $default} last. */
public final class HttpRoutes {

  private final List<HttpRoute> routes;

  public HttpRoutes(List<HttpRoute> routes) {
    this.routes = routes.stream().sorted(Comparator.comparingInt(HttpRoute::specificity).reversed()).toList();
  }

  public record Match(HttpRoute route, Map<String, String> pathParameters) {}

  public Optional<Match> find(String method, String path) {
    for (HttpRoute route : routes) {
      Optional<Map<String, String>> parameters = route.match(method, path);
      if (parameters.isPresent()) {
        return Optional.of(new Match(route, parameters.get()));
      }
    }
    return Optional.empty();
  }

  public List<HttpRoute> all() {
    return routes;
  }
}
