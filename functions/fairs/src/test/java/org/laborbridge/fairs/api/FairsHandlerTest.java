package org.laborbridge.fairs.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.laborbridge.localaws.LocalAws;
import org.laborbridge.localaws.provision.ProvisionedStack;
import org.laborbridge.platform.testing.FunctionTest;
import org.laborbridge.platform.testing.ApiGatewayRequests;
import org.laborbridge.platform.testing.ApiGatewayResponse;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A test class that drives the fairs handler against a fresh local stack, at a time it chooses. */
abstract class FairsHandlerTest extends FunctionTest<FairsFunction> {

  /** 10:00 in Shanghai on Friday 27 November 2026; the sample fair is on Saturday 5 December. */
  static final Instant START = Instant.parse("2026-11-27T02:00:00Z");
  static final Instant FAIR_DAY = Instant.parse("2026-12-05T02:00:00Z");

  @Override
  protected FairsFunction start(LocalAws aws, ProvisionedStack stack) {
    return new FairsFunction(aws, stack, START);
  }

  /** A Spring Breeze special fair in Chengdu (Sichuan), registration open now until the morning of the fair. */
  static ObjectNode fairBody(int seats, int booths) {
    ObjectNode body = FairsFunction.JSON.createObjectNode();
    body.put("name", "Spring Breeze special fair for migrant workers, Chengdu");
    body.put("campaignId", "spring-breeze-2027");
    body.put("kind", "MIGRANT_WORKER_SPECIAL");
    body.put("regionCode", "51");
    body.put("venue", "Chengdu Human Resources Market, Hall 2");
    body.put("startsAt", "2026-12-05T09:00:00+08:00");
    body.put("endsAt", "2026-12-05T17:00:00+08:00");
    body.put("seats", seats);
    body.put("booths", booths);
    body.put("registrationOpensAt", "2026-11-20T00:00:00+08:00");
    body.put("registrationClosesAt", "2026-12-05T08:00:00+08:00");
    return body;
  }

  String planFair(int seats, int booths) {
    ApiGatewayResponse response = function.send(ApiGatewayRequests.post("/v1/fairs", fairBody(seats, booths).toString())
        .asStaff("51"));
    assertEquals(201, response.status(), response::toString);
    return response.json().path("id").asText();
  }

  JsonNode fair(String id) {
    ApiGatewayResponse response = function.send(ApiGatewayRequests.get("/v1/fairs/" + id).asWorker("anyone"));
    assertEquals(200, response.status(), response::toString);
    return response.json();
  }

  ApiGatewayResponse registerWorker(String fairId, String workerId, String account) {
    return function.send(ApiGatewayRequests.post("/v1/fairs/" + fairId + "/registrations",
        FairsFunction.JSON.createObjectNode().put("workerId", workerId).toString()).asWorker(account));
  }
}
