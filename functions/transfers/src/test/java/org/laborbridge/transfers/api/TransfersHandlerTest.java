package org.laborbridge.transfers.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.laborbridge.localaws.LocalAws;
import org.laborbridge.localaws.junit.LocalAwsTest;
import org.laborbridge.localaws.provision.ProvisionedStack;
import org.laborbridge.platform.testing.ApiGatewayRequests;
import org.laborbridge.platform.testing.ApiGatewayResponse;
import org.laborbridge.shared.webhook.WebhookSecret;
import org.laborbridge.shared.webhook.WebhookSigner;
import org.laborbridge.transfers.Seeds;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A test class that drives the transfers handlers against a fresh local stack, at a time it chooses, with the
 * partners and workers the jobs function would have registered: Zhejiang's and Sichuan's HR departments, and workers
 * from Sichuan moving to Zhejiang.
 */
@LocalAwsTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TransfersHandlerTest {

  /** 10:00 in Shanghai on Friday 27 November 2026; tests move {@code function.clock} on from there. */
  static final Instant START = Instant.parse("2026-11-27T02:00:00Z");
  static final String ZJ_PARTNER = "zj-hrss";
  static final String SC_PARTNER = "sc-hrss";
  static final WebhookSecret ZJ_SECRET = Seeds.secret(1);
  static final WebhookSecret SC_SECRET = Seeds.secret(2);

  TransfersFunction function;
  LocalAws aws;
  ProvisionedStack stack;
  Seeds seeds;

  Instant startsAt() {
    return START;
  }

  Map<String, Object> settings() {
    return Map.of();
  }

  @BeforeAll
  void startFunction(LocalAws aws, ProvisionedStack stack) {
    this.aws = aws;
    this.stack = stack;
    function = new TransfersFunction(aws, stack, startsAt(), settings());
    seeds = new Seeds(aws.dynamoDb(), stack.tableName("WorkersTable"), stack.tableName("PartnersTable"));
    seeds.partner(ZJ_PARTNER, "330000", "hr-department", true, ZJ_SECRET);
    seeds.partner(SC_PARTNER, "510000", "hr-department", true, SC_SECRET);
  }

  @AfterAll
  void stopFunction() {
    function.close();
  }

  /** A Sichuan worker (home county Ziyang) who registered with their own account. */
  String worker(String account) {
    return seeds.worker("512000", account);
  }

  static String application(String workerId) {
    return "{\"workerId\": \"" + workerId + "\","
        + " \"transferOut\": {\"region\": \"51\", \"officeCode\": \"512000\", \"officeName\": \"Ziyang Social Insurance Agency\"},"
        + " \"transferIn\": {\"region\": \"33\", \"officeCode\": \"330100\", \"officeName\": \"Hangzhou Social Insurance Agency\"},"
        + " \"reason\": \"INSURED_NEW_JOB_ELSEWHERE\","
        + " \"contributionSummary\": {\"contributionMonths\": 38, \"unclaimedBenefitMonths\": 3}}";
  }

  /** The worker applies with their own account; returns the transfer. */
  JsonNode applyAsWorker(String workerId, String account) {
    ApiGatewayResponse response = function.send(ApiGatewayRequests.post("/v1/insurance-transfers", application(workerId))
        .asWorker(account).event());
    assertEquals(201, response.status(), response::toString);
    return response.json();
  }

  JsonNode read(String transferId) {
    ApiGatewayResponse response = function.send(ApiGatewayRequests.get("/v1/insurance-transfers/" + transferId)
        .asStaff("33").event());
    assertEquals(200, response.status(), response::toString);
    return response.json();
  }

  /** A step of a transfer over HTTP, e.g. {@code step(id, "decision", body).asStaff("33")}. */
  static ApiGatewayRequests step(String transferId, String step, String body) {
    return ApiGatewayRequests.post("/v1/insurance-transfers/" + transferId + "/" + step, body);
  }

  ApiGatewayResponse send(ApiGatewayRequests request) {
    return function.send(request.event());
  }

  /** A region's signed event about a transfer, delivered now. */
  ApiGatewayResponse webhook(String partnerId, WebhookSecret secret, String webhookId, String type, ObjectNode data) {
    String body = TransfersFunction.JSON.createObjectNode().put("type", type)
        .put("timestamp", function.clock.instant().toString()).set("data", data).toString();
    long timestamp = function.clock.instant().getEpochSecond();
    return function.send(ApiGatewayRequests.post("/v1/partners/" + partnerId + "/transfer-webhooks", body)
        .header("webhook-id", webhookId).header("webhook-timestamp", Long.toString(timestamp))
        .header("webhook-signature", WebhookSigner.sign(webhookId, timestamp, body.getBytes(StandardCharsets.UTF_8), secret))
        .event());
  }

  static ObjectNode data(String transferId) {
    return TransfersFunction.JSON.createObjectNode().put("transferId", transferId);
  }

  static ObjectNode outForm(String transferId, int months, String benefit, String medical, String training) {
    ObjectNode data = data(transferId).put("contributionMonths", months).put("unclaimedBenefitMonths", 3);
    data.putObject("amounts").put("unemploymentBenefit", new java.math.BigDecimal(benefit))
        .put("medicalSubsidy", new java.math.BigDecimal(medical)).put("trainingSubsidy", new java.math.BigDecimal(training));
    return data;
  }
}
