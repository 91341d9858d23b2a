package org.laborbridge.fairs.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.laborbridge.platform.testing.ApiGatewayRequests;
import org.laborbridge.platform.testing.ApiGatewayResponse;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.laborbridge.platform.testing.ProblemAssertions.assertProblem;

/** "My fairs": a worker sees their registrations at every fair, the latest first, with each fair; nobody else does. */
class OwnRegistrationsTest extends FairsHandlerTest {

  @Test
  void a_worker_sees_their_registrations_at_every_fair_latest_first_in_pages_with_the_fair() {
    function.workerRegistered("w-mine", "513400", "acc-mine");
    List<String> fairs = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      ObjectNode body = fairBody(10, 0).put("name", "Fair " + i);
      fairs.add(function.send(ApiGatewayRequests.post("/v1/fairs", body.toString()).asStaff("51")).json().path("id").asText());
      registerWorker(fairs.get(i), "w-mine", "acc-mine");
      function.clock.advance(Duration.ofMinutes(1));
    }
    function.workerRegistered("w-other", "513400", "acc-other");
    registerWorker(fairs.get(0), "w-other", "acc-other");

    List<String> listed = new ArrayList<>();
    String cursor = null;
    do {
      ApiGatewayRequests request = ApiGatewayRequests.get("/v1/fair-registrations").query("workerId", "w-mine")
          .query("limit", "2").asWorker("acc-mine");
      if (cursor != null) {
        request.query("cursor", cursor);
      }
      JsonNode page = function.send(request).json();
      page.path("items").forEach(item -> listed.add(item.path("fair").path("id").asText()));
      cursor = page.path("nextCursor").isTextual() ? page.path("nextCursor").asText() : null;
    } while (cursor != null);

    assertEquals(List.of(fairs.get(2), fairs.get(1), fairs.get(0)), listed);
    JsonNode first = function.send(ApiGatewayRequests.get("/v1/fair-registrations").query("workerId", "w-mine")
        .asStaff("51")).json().path("items").get(0);
    assertEquals("Fair 2", first.path("fair").path("name").asText());
    assertEquals("CONFIRMED", first.path("registration").path("status").asText());
  }

  @Test
  void only_the_worker_and_their_home_regions_staff_see_the_list_and_an_employer_sees_its_booths() {
    function.workerRegistered("w-private", "330106", "acc-private");
    String fairId = planFair(5, 2);
    registerWorker(fairId, "w-private", "acc-private");
    function.jobPosted("job-own-booth", "employer-own", "ACTIVE", "2027-03-31");
    function.send(ApiGatewayRequests.post("/v1/fairs/" + fairId + "/registrations", "{\"jobIds\":[\"job-own-booth\"]}")
        .asEmployer("employer-own"));

    assertProblem(function.send(ApiGatewayRequests.get("/v1/fair-registrations").query("workerId", "w-private")
        .asWorker("acc-someone")), 403, null);
    assertProblem(function.send(ApiGatewayRequests.get("/v1/fair-registrations").query("workerId", "w-private")
        .asStaff("51")), 403, null);
    assertEquals(200, function.send(ApiGatewayRequests.get("/v1/fair-registrations").query("workerId", "w-private")
        .asStaff("33")).status());
    assertProblem(function.send(ApiGatewayRequests.get("/v1/fair-registrations").query("workerId", "w-nobody")
        .asStaff("33")), 404, null);
    assertProblem(function.send(ApiGatewayRequests.get("/v1/fair-registrations").asWorker("acc-private")), 400, "workerId");
    assertProblem(function.send(ApiGatewayRequests.get("/v1/fair-registrations").query("workerId", "w-private")
        .query("cursor", "eyJ4IjoxfQ").asWorker("acc-private")), 400, "cursor");
    ApiGatewayResponse booths = function.send(ApiGatewayRequests.get("/v1/fair-registrations").asEmployer("employer-own"));
    assertEquals("BOOTH", booths.json().path("items").get(0).path("registration").path("place").asText());
    assertEquals(1, booths.json().path("items").size());
  }
}
