package org.laborbridge.campaigns.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.laborbridge.localaws.LocalAws;
import org.laborbridge.localaws.junit.LocalAwsTest;
import org.laborbridge.localaws.provision.ProvisionedStack;
import org.laborbridge.platform.testing.ApiGatewayRequests;
import org.laborbridge.platform.testing.ApiGatewayResponse;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A test class that drives the campaigns handlers against a fresh local stack, at times it chooses. */
@LocalAwsTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CampaignsHandlerTest {

  /** 09:00 in Shanghai on Wednesday 20 January 2027, when the daily schedule fires. */
  static final Instant START = nineOClock(LocalDate.of(2027, 1, 20));

  CampaignsLambdas lambdas;
  LocalAws aws;
  ProvisionedStack stack;

  @BeforeAll
  void startLambdas(LocalAws aws, ProvisionedStack stack) {
    this.aws = aws;
    this.stack = stack;
    lambdas = new CampaignsLambdas(aws, stack, START, pageSize());
  }

  @AfterAll
  void stopLambdas() {
    lambdas.close();
  }

  int pageSize() {
    return 100;
  }

  static Instant nineOClock(LocalDate day) {
    return day.atTime(9, 0).atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant();
  }

  /** Sets the clock to 09:00 of {@code day}, runs the day, and returns every push message it queued. */
  List<JsonNode> runDay(LocalDate day) {
    lambdas.clock.set(nineOClock(day));
    return lambdas.runDay();
  }

  JsonNode campaign(String id) {
    ApiGatewayResponse response = lambdas.send(ApiGatewayRequests.get("/v1/campaigns/" + id).asWorker("anyone"));
    assertEquals(200, response.status(), response::toString);
    return response.json();
  }

  /** A campaign as staff write it, for a PUT: the body of what was read, with the version read. */
  static com.fasterxml.jackson.databind.node.ObjectNode bodyOf(JsonNode campaign) {
    com.fasterxml.jackson.databind.node.ObjectNode body = campaign.deepCopy();
    body.remove(List.of("year", "createdAt", "modifiedAt"));
    return body;
  }

  static List<String> workerIds(List<JsonNode> messages) {
    return messages.stream().filter(m -> m.path("type").asText().equals("campaign.message.requested"))
        .map(m -> m.path("data").path("workerId").asText()).sorted().toList();
  }

  static List<String> noticeRegions(List<JsonNode> messages) {
    return messages.stream().filter(m -> m.path("type").asText().equals("notice.requested"))
        .map(m -> m.path("data").path("region").asText()).sorted().toList();
  }
}
