package org.laborbridge.push.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.laborbridge.platform.testing.ApiGatewayRequests;
import org.laborbridge.platform.testing.ApiGatewayResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** At most three pushes a worker a day; the rest wait for the next morning and are then released, not dropped. */
class DailyLimitTest extends PushHandlerTest {

  private static final Instant NEXT_MORNING = Instant.parse("2026-11-28T00:00:00Z");

  @Test
  void the_fourth_push_of_a_day_is_deferred_to_eight_the_next_morning_and_released_by_the_schedule() {
    for (int job = 1; job <= 4; job++) {
      assertEquals(0, function.handle(pushRequested("job-" + job, "w-daily", "51", "INBOX")).size());
      function.clock.advance(Duration.ofMinutes(1));
    }

    assertEquals(List.of("job-3", "job-2", "job-1"), inbox());
    JsonNode reach = function.send(ApiGatewayRequests.get("/v1/jobs/job-4/matches").asEmployer("employer-ningbo").event()).json();
    assertEquals(1, reach.path("counts").path("deferred").asInt());
    assertEquals("DEFERRED", reach.path("workers").get(0).path("status").asText());
    assertEquals(NEXT_MORNING.toString(), reach.path("workers").get(0).path("deferredUntil").asText());

    function.releaseDeferred();
    assertEquals(0, function.drainQueue(), "nothing is due in the day");
    function.clock.set(NEXT_MORNING.minusSeconds(1));
    function.releaseDeferred();
    assertEquals(0, function.drainQueue(), "nor a second before eight");

    function.clock.set(NEXT_MORNING.plusSeconds(20));
    function.releaseDeferred();
    assertEquals(1, function.drainQueue());

    assertEquals(List.of("job-4", "job-3", "job-2", "job-1"), inbox());
    JsonNode after = function.send(ApiGatewayRequests.get("/v1/jobs/job-4/matches").asEmployer("employer-ningbo").event()).json();
    assertEquals("PUSHED", after.path("workers").get(0).path("status").asText());
    assertEquals(1, after.path("counts").path("pushed").asInt());
    function.releaseDeferred();
    assertEquals(0, function.drainQueue(), "a second run releases nothing more");
  }

  private List<String> inbox() {
    ApiGatewayResponse response = function.send(ApiGatewayRequests.get("/v1/workers/w-daily/matches").asWorker("account-w-daily").event());
    assertEquals(200, response.status(), response::toString);
    List<String> jobs = new ArrayList<>();
    response.json().path("items").forEach(item -> jobs.add(item.path("jobId").asText()));
    return jobs;
  }
}
