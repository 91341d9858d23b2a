package org.laborbridge.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What every refused request must look like: the status, RFC 9457 problem+json, and the field named when there is one. */
public final class ProblemAssertions {
  private ProblemAssertions() {}

  public static void assertProblem(ApiGatewayResponse response, int status, String field) {
    assertEquals(status, response.status(), response::toString);
    assertTrue(response.header("Content-Type").startsWith("application/problem+json"), response::toString);
    JsonNode problem = response.json();
    assertEquals(status, problem.path("status").asInt());
    assertTrue(problem.path("type").asText().startsWith("https://laborbridge.org/problems/"));
    if (field != null) {
      List<String> fields = problem.path("errors").findValuesAsText("field");
      assertTrue(fields.contains(field), () -> "expected an error for " + field + " in " + response.body());
    }
  }
}
