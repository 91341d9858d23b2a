package org.laborbridge.push.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.laborbridge.platform.testing.ApiGatewayRequests;
import org.laborbridge.platform.testing.ApiGatewayResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The push API: inboxes in pages, newest first; marking read; whom a job reached; channel endpoints. */
class PushApiTest extends PushHandlerTest {

  @BeforeAll
  void pushSomeJobs() {
    // Five jobs to one worker over two days (three a day), and job-1 to a second worker too.
    for (int job = 1; job <= 5; job++) {
      if (job == 4) {
        function.clock.advance(Duration.ofDays(1));
      }
      function.handle(pushRequested("job-" + job, "w-li", "51", "INBOX"));
      function.clock.advance(Duration.ofMinutes(5));
    }
    function.handle(pushRequested("job-1", "w-wang", "52", "INBOX"));
  }

  @Test
  void the_inbox_comes_newest_first_in_pages_with_what_the_worker_needs_to_decide() {
    List<String> jobs = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      ApiGatewayRequests request = ApiGatewayRequests.get("/v1/workers/w-li/matches").query("limit", "2").asWorker("account-w-li");
      if (cursor != null) {
        request.query("cursor", cursor);
      }
      JsonNode page = ok(request);
      page.path("items").forEach(item -> jobs.add(item.path("jobId").asText()));
      cursor = page.path("nextCursor").isTextual() ? page.path("nextCursor").asText() : null;
      pages++;
    } while (cursor != null);

    assertEquals(List.of("job-5", "job-4", "job-3", "job-2", "job-1"), jobs);
    assertEquals(3, pages);
    JsonNode first = ok(ApiGatewayRequests.get("/v1/workers/w-li/matches").asWorker("account-w-li")).path("items").get(0);
    assertEquals("Welder, shipyard", first.path("job").path("title").asText());
    assertEquals("6500.5", first.path("job").path("salary").path("monthlyMinimum").asText());
    assertEquals("same occupation", first.path("reasons").get(0).asText());
    assertFalse(first.path("read").asBoolean());
  }

  @Test
  void the_worker_marks_a_job_read_once_and_the_unread_list_and_the_reach_follow() {
    JsonNode read = ok(ApiGatewayRequests.post("/v1/workers/w-li/matches/job-2/read", null).asWorker("account-w-li"));
    function.clock.advance(Duration.ofMinutes(1));
    JsonNode again = ok(ApiGatewayRequests.post("/v1/workers/w-li/matches/job-2/read", null).asWorker("account-w-li"));

    assertTrue(read.path("read").asBoolean());
    assertEquals(read.path("readAt").asText(), again.path("readAt").asText());
    List<String> unread = new ArrayList<>();
    ok(ApiGatewayRequests.get("/v1/workers/w-li/matches").query("unread", "true").asWorker("account-w-li")).path("items")
        .forEach(item -> unread.add(item.path("jobId").asText()));
    assertFalse(unread.contains("job-2"));
    assertEquals(4, unread.size());
    JsonNode reach = ok(ApiGatewayRequests.get("/v1/jobs/job-2/matches").asEmployer("employer-ningbo"));
    assertTrue(reach.path("workers").get(0).path("read").asBoolean());
  }

  @Test
  void only_the_worker_may_mark_read_and_only_what_was_pushed() {
    assertEquals(403, status(ApiGatewayRequests.post("/v1/workers/w-li/matches/job-1/read", null).asStaff("51")));
    assertEquals(403, status(ApiGatewayRequests.post("/v1/workers/w-li/matches/job-1/read", null).asWorker("account-w-wang")));
    assertEquals(404, status(ApiGatewayRequests.post("/v1/workers/w-li/matches/job-99/read", null).asWorker("account-w-li")));
  }

  @Test
  void staff_of_the_home_region_read_an_inbox_and_nobody_else_does() {
    assertEquals(200, status(ApiGatewayRequests.get("/v1/workers/w-li/matches").asStaff("51")));
    assertEquals(403, status(ApiGatewayRequests.get("/v1/workers/w-li/matches").asStaff("33")));
    assertEquals(403, status(ApiGatewayRequests.get("/v1/workers/w-li/matches").asWorker("account-w-wang")));
    assertEquals(403, status(ApiGatewayRequests.get("/v1/workers/w-li/matches").asEmployer("employer-ningbo")));
  }

  @Test
  void the_poster_and_staff_of_the_job_region_see_counts_and_the_workers_reached_without_personal_data() {
    JsonNode reach = ok(ApiGatewayRequests.get("/v1/jobs/job-1/matches").asEmployer("employer-ningbo"));

    assertEquals(2, reach.path("counts").path("total").asInt());
    assertEquals(2, reach.path("counts").path("pushed").asInt());
    assertEquals(0, reach.path("counts").path("deferred").asInt());
    JsonNode worker = reach.path("workers").get(0);
    assertEquals("w-li", worker.path("workerId").asText());
    assertEquals("51", worker.path("homeRegion").asText());
    assertEquals("PUSHED", worker.path("status").asText());
    assertTrue(worker.path("pushedAt").isTextual());
    Set<String> fields = new TreeSet<>();
    worker.fieldNames().forEachRemaining(fields::add);
    assertEquals(Set.of("homeRegion", "pushedAt", "read", "status", "workerId"), fields, "nothing but id, region, status, time, read");
    assertEquals(200, status(ApiGatewayRequests.get("/v1/jobs/job-1/matches").asStaff("33")));
    assertEquals(403, status(ApiGatewayRequests.get("/v1/jobs/job-1/matches").asStaff("51")));
    assertEquals(403, status(ApiGatewayRequests.get("/v1/jobs/job-1/matches").asEmployer("employer-other")));
  }

  @Test
  void an_endpoint_secret_is_shown_at_registration_and_never_again() {
    ApiGatewayResponse created = function.send(ApiGatewayRequests.post("/v1/channel-endpoints",
        "{\"id\": \"nx-sms\", \"regionCode\": \"64\", \"channel\": \"sms\", \"url\": \"https://sms.nx.example/in\"}")
        .asStaff("64").event());
    assertEquals(201, created.status(), created::toString);
    String secret = created.json().path("secret").asText();
    assertTrue(secret.startsWith("whsec_"));
    assertEquals("/v1/channel-endpoints/nx-sms", created.header("Location"));
    assertEquals("ACTIVE", created.json().path("status").asText());

    ApiGatewayResponse fetched = function.send(ApiGatewayRequests.get("/v1/channel-endpoints/nx-sms").asStaff("64").event());
    ApiGatewayResponse listed = function.send(ApiGatewayRequests.get("/v1/channel-endpoints").asStaff("64").event());
    ApiGatewayResponse again = function.send(ApiGatewayRequests.post("/v1/channel-endpoints",
        "{\"id\": \"nx-sms\", \"regionCode\": \"64\", \"channel\": \"SMS\", \"url\": \"https://sms.nx.example/in\"}")
        .asStaff("64").event());

    assertEquals("SMS", fetched.json().path("channel").asText());
    assertEquals("nx-sms", listed.json().path("items").get(0).path("id").asText());
    assertEquals(409, again.status());
    for (ApiGatewayResponse response : List.of(fetched, listed, again)) {
      assertFalse(response.body().contains(secret.substring(6)), "the secret leaks in " + response);
      assertFalse(response.body().contains("whsec_"), "a secret leaks in " + response);
    }
    String other = registerEndpoint("nx-app", "64", "APP", URI.create("https://app.nx.example/in"));
    assertNotEquals(secret, other);
  }

  private JsonNode ok(ApiGatewayRequests request) {
    ApiGatewayResponse response = function.send(request.event());
    assertEquals(200, response.status(), response::toString);
    return response.json();
  }

  private int status(ApiGatewayRequests request) {
    ApiGatewayResponse response = function.send(request.event());
    if (response.status() >= 400) {
      assertTrue(response.header("Content-Type").startsWith("application/problem+json"), response::toString);
    }
    return response.status();
  }
}
