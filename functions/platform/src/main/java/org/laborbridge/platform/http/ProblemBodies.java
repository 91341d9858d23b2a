package org.laborbridge.platform.http;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;
import org.laborbridge.shared.problem.Problem;
import org.laborbridge.shared.problem.Problems;

import java.util.List;
import java.util.Map;

/**
 * problem+json for the errors the framework raises itself: no such route (404), method not allowed (405),
 * unsupported media type (415), body too large (413). Replaces Micronaut's plain JSON error body.
 */
@Singleton
class ProblemBodies implements JsonErrorResponseBodyProvider<Map<String, Object>> {

  @Override
  public Map<String, Object> body(ErrorContext context, HttpResponse<?> response) {
    int status = response.code();
    String detail = context.getErrors().stream().findFirst().map(e -> e.getMessage()).orElse(response.reason());
    Problem problem = new Problem("https://laborbridge.org/problems/http-" + status, response.reason(), status,
        detail, null, List.of(), Problems.newErrorRef(), Map.of());
    return ProblemResponses.body(problem, context.getRequest().getPath());
  }

  @Override
  public String contentType() {
    return Problems.MEDIA_TYPE;
  }
}
