package org.laborbridge.runner.http;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Requests find their route as API Gateway's HTTP API finds it. */
class HttpRoutesTest {

  private final HttpRoutes routes = new HttpRoutes(List.of(
      HttpRoute.of("GET", "/v1/jobs/{id}", "Jobs", true),
      HttpRoute.of("GET", "/v1/jobs/changes", "Jobs", true),
      HttpRoute.of(null, "/files/{proxy+}", "Files", true),
      HttpRoute.of("POST", "/v1/partners/{partnerId}/webhooks", "Jobs", false),
      HttpRoute.of(null, null, "Fallback", false)));

  @Test
  void a_literal_path_wins_over_a_path_variable() {
    assertEquals("GET /v1/jobs/changes", routes.find("GET", "/v1/jobs/changes").orElseThrow().route().routeKey());
    HttpRoutes.Match job = routes.find("GET", "/v1/jobs/42").orElseThrow();
    assertEquals("GET /v1/jobs/{id}", job.route().routeKey());
    assertEquals(Map.of("id", "42"), job.pathParameters());
  }

  @Test
  void a_greedy_variable_takes_the_rest_of_the_path_for_any_method() {
    HttpRoutes.Match file = routes.find("DELETE", "/files/reports/2026/11/a.csv").orElseThrow();
    assertEquals(Map.of("proxy", "reports/2026/11/a.csv"), file.pathParameters());
  }

  @Test
  void what_matches_nothing_else_goes_to_default_and_a_wrong_method_is_no_match() {
    assertEquals("$default", routes.find("PUT", "/v1/jobs/42").orElseThrow().route().routeKey());
    assertEquals("$default", routes.find("GET", "/elsewhere").orElseThrow().route().routeKey());
    assertFalse(routes.find("GET", "/v1/partners/p/webhooks").orElseThrow().route().routeKey().startsWith("POST"));
  }

  @Test
  void text_bodies_stay_text_and_others_are_base64_and_query_values_join_with_commas() {
    assertTrue(HttpApiServer.isText("application/json; charset=utf-8"));
    assertTrue(HttpApiServer.isText("text/csv"));
    assertFalse(HttpApiServer.isText("application/pdf"));
    assertFalse(HttpApiServer.isText("image/png"));
    assertEquals(Map.of("region", "51,33", "q", "a b"), HttpApiServer.query("region=51&region=33&q=a+b"));
  }
}
