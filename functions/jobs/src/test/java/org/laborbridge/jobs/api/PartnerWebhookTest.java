package org.laborbridge.jobs.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.laborbridge.platform.testing.ApiGatewayRequests;
import org.laborbridge.platform.testing.ApiGatewayResponse;
import org.laborbridge.shared.webhook.WebhookSecret;
import org.laborbridge.shared.webhook.WebhookSigner;
import software.amazon.awssdk.services.sqs.model.Message;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Partners' signed webhooks: what is accepted, what is refused with 401 and nothing written, and replays. */
class PartnerWebhookTest extends JobsHandlerTest {

  private static final WebhookSecret FIRST = WebhookSecret.generate();
  private static final WebhookSecret SECOND = WebhookSecret.generate();


  @BeforeAll
  void registerPartners() {
    register("zj-hr", FIRST);
    register("gz-agency", FIRST);
    assertEquals(200, function.send(ApiGatewayRequests.post("/v1/partners/gz-agency/disable", null).asStaff("51").event()).status());
  }

  private void register(String id, WebhookSecret secret) {
    ApiGatewayResponse response = function.send(ApiGatewayRequests.post("/v1/partners", Bodies.partner(id, secret.encoded()).toString())
        .asStaff("51").event());
    assertEquals(201, response.status(), response::toString);
  }

  private static String jobEvent(String externalId, String title) {
    ObjectNode payload = JobsFunction.JSON.createObjectNode().put("type", "job.posted").put("timestamp", "2026-11-27T02:00:00Z");
    payload.set("data", Bodies.job().put("externalId", externalId).put("title", title));
    return payload.toString();
  }

  private APIGatewayV2HTTPEvent delivery(String partner, String webhookId, String body, Instant signedAt, String signature) {
    APIGatewayV2HTTPEvent event = ApiGatewayRequests.post("/v1/partners/" + partner + "/webhooks", body).event();
    // A header the sender left out is absent, as API Gateway delivers it.
    if (webhookId != null) {
      event.getHeaders().put("webhook-id", webhookId);
    }
    event.getHeaders().put("webhook-timestamp", Long.toString(signedAt.getEpochSecond()));
    if (signature != null) {
      event.getHeaders().put("webhook-signature", signature);
    }
    return event;
  }

  private APIGatewayV2HTTPEvent signed(String partner, String webhookId, String body, WebhookSecret... secrets) {
    Instant now = function.clock.instant();
    List<String> signatures = new ArrayList<>();
    for (WebhookSecret secret : secrets) {
      signatures.add(WebhookSigner.sign(webhookId, now.getEpochSecond(), body.getBytes(StandardCharsets.UTF_8), secret));
    }
    return delivery(partner, webhookId, body, now, String.join(" ", signatures));
  }

  @Test
  void a_signed_job_posted_creates_the_job_once_and_a_replay_gets_the_first_answer() {
    long before = jobs();
    ApiGatewayResponse first = function.send(signed("zj-hr", "msg_001", jobEvent("ZJ-1", "Assembler"), FIRST));
    assertEquals(200, first.status(), first::toString);
    assertEquals("POSTED", first.json().path("outcome").asText());
    String jobId = first.json().path("jobId").asText();

    function.clock.advance(Duration.ofMinutes(30)); // the sender retries later, re-signing the same id
    ApiGatewayResponse replay = function.send(signed("zj-hr", "msg_001", jobEvent("ZJ-1", "Assembler"), FIRST));
    assertEquals(200, replay.status());
    assertEquals(first.body(), replay.body());
    assertEquals(before + 1, jobs());

    JsonNode job = function.send(ApiGatewayRequests.get("/v1/jobs/" + jobId).asStaff("33").event()).json();
    assertEquals("PARTNER", job.path("postedBy").path("kind").asText());
    assertEquals("zj-hr", job.path("postedBy").path("id").asText());
  }

  @Test
  void updates_and_closes_from_the_partner_reach_its_job() {
    String jobId = function.send(signed("zj-hr", "msg_010", jobEvent("ZJ-10", "Packer"), FIRST)).json().path("jobId").asText();
    ObjectNode update = JobsFunction.JSON.createObjectNode().put("type", "job.updated");
    update.set("data", Bodies.job().put("externalId", "ZJ-10").put("title", "Packer, night shift"));
    ApiGatewayResponse updated = function.send(signed("zj-hr", "msg_011", update.toString(), FIRST));
    assertEquals(200, updated.status(), updated::toString);
    assertEquals(jobId, updated.json().path("jobId").asText());
    String close = "{\"type\":\"job.closed\",\"data\":{\"externalId\":\"ZJ-10\"}}";
    assertEquals("CLOSED", function.send(signed("zj-hr", "msg_012", close, FIRST)).json().path("status").asText());
    assertEquals("Packer, night shift", function.send(ApiGatewayRequests.get("/v1/jobs/" + jobId).asStaff("33").event()).json().path("title").asText());
  }

  @Test
  void a_signed_worker_registration_creates_the_worker_and_queues_worker_registered() {
    drain();
    ObjectNode payload = JobsFunction.JSON.createObjectNode().put("type", "worker.registered");
    payload.set("data", Bodies.worker().put("identityNumber", "330100198506154567").put("phone", "13712345678"));
    ApiGatewayResponse response = function.send(signed("zj-hr", "msg_w_1", payload.toString(), FIRST));
    assertEquals(200, response.status(), response::toString);
    assertEquals("REGISTERED", response.json().path("outcome").asText());
    List<Message> messages = drain();
    assertEquals(1, messages.size());
    String body = messages.get(0).body();
    assertTrue(body.contains("\"worker.registered\""));
    assertFalse(body.contains("330100198506154567"), "no identity number on the queue");
    assertFalse(body.contains("13712345678"), "no phone number on the queue");
  }

  @Test
  void both_secrets_verify_during_a_rotation_and_the_retired_one_stops_working() {
    ApiGatewayResponse rotated = function.send(ApiGatewayRequests.put("/v1/partners/zj-hr/secrets",
        "{\"secrets\":[\"" + FIRST.encoded() + "\",\"" + SECOND.encoded() + "\"]}").asStaff("51").event());
    assertEquals(200, rotated.status(), rotated::toString);
    assertEquals(2, rotated.json().path("validSecrets").asInt());
    assertFalse(rotated.body().contains(FIRST.encoded().substring(6)), "secrets are never returned");

    assertEquals(200, function.send(signed("zj-hr", "msg_r1", jobEvent("ZJ-R1", "Driver"), FIRST)).status());
    assertEquals(200, function.send(signed("zj-hr", "msg_r2", jobEvent("ZJ-R2", "Driver"), SECOND)).status());
    assertEquals(200, function.send(signed("zj-hr", "msg_r3", jobEvent("ZJ-R3", "Driver"), WebhookSecret.generate(), SECOND)).status());

    function.send(ApiGatewayRequests.put("/v1/partners/zj-hr/secrets", "{\"secrets\":[\"" + SECOND.encoded() + "\"]}").asStaff("51").event());
    assertEquals(401, function.send(signed("zj-hr", "msg_r4", jobEvent("ZJ-R4", "Driver"), FIRST)).status());
    function.send(ApiGatewayRequests.put("/v1/partners/zj-hr/secrets", "{\"secrets\":[\"" + FIRST.encoded() + "\"]}").asStaff("51").event());
  }

  @Test
  void unknown_disabled_unsigned_tampered_and_stale_deliveries_get_401_and_write_nothing() {
    String body = jobEvent("ZJ-X", "Never stored");
    Instant now = function.clock.instant();
    long before = jobs();
    Map<String, APIGatewayV2HTTPEvent> refused = Map.of(
        "unknown partner", signed("no-such-partner", "msg_x1", body, FIRST),
        "disabled partner", signed("gz-agency", "msg_x2", body, FIRST),
        "no signature", delivery("zj-hr", "msg_x3", body, now, null),
        "tampered body", tamper(signed("zj-hr", "msg_x4", body, FIRST)),
        "wrong secret", signed("zj-hr", "msg_x5", body, SECOND),
        "stale timestamp", delivery("zj-hr", "msg_x6", body, now.minusSeconds(301),
            WebhookSigner.sign("msg_x6", now.minusSeconds(301).getEpochSecond(), body.getBytes(StandardCharsets.UTF_8), FIRST)),
        "future timestamp", delivery("zj-hr", "msg_x7", body, now.plusSeconds(301),
            WebhookSigner.sign("msg_x7", now.plusSeconds(301).getEpochSecond(), body.getBytes(StandardCharsets.UTF_8), FIRST)),
        "missing id", delivery("zj-hr", null, body, now,
            WebhookSigner.sign("msg_x8", now.getEpochSecond(), body.getBytes(StandardCharsets.UTF_8), FIRST)));
    refused.forEach((what, event) -> {
      ApiGatewayResponse response = function.send(event);
      assertEquals(401, response.status(), () -> what + ": " + response);
      assertEquals("https://laborbridge.org/problems/unauthenticated", response.json().path("type").asText(), what);
    });
    assertEquals(before, jobs());
  }

  @Test
  void a_signed_but_invalid_event_is_a_400_and_writes_nothing() {
    long before = jobs();
    assertEquals(400, function.send(signed("zj-hr", "msg_b1", "{\"type\":\"job.exploded\",\"data\":{}}", FIRST)).status());
    assertEquals(400, function.send(signed("zj-hr", "msg_b2", "not json at all", FIRST)).status());
    ApiGatewayResponse badJob = function.send(signed("zj-hr", "msg_b3",
        "{\"type\":\"job.posted\",\"data\":{\"externalId\":\"ZJ-B\",\"openings\":\"many\"}}", FIRST));
    assertEquals(400, badJob.status());
    assertTrue(badJob.json().path("errors").findValuesAsText("field").contains("data.openings"), badJob::toString);
    assertEquals(before, jobs());
  }

  private static APIGatewayV2HTTPEvent tamper(APIGatewayV2HTTPEvent event) {
    event.setBody(event.getBody().replace("Never stored", "Stored anyway"));
    return event;
  }

  private long jobs() {
    return aws.dynamoDb().scan(r -> r.tableName(stack.tableName("JobsTable")).select("COUNT")).count();
  }

  private List<Message> drain() {
    List<Message> all = new ArrayList<>();
    List<Message> batch;
    do {
      batch = aws.sqs().receiveMessage(r -> r.queueUrl(stack.queueUrl("MatchingQueue")).maxNumberOfMessages(10).waitTimeSeconds(0)).messages();
      for (Message m : batch) {
        all.add(m);
        aws.sqs().deleteMessage(r -> r.queueUrl(stack.queueUrl("MatchingQueue")).receiptHandle(m.receiptHandle()));
      }
    } while (!batch.isEmpty());
    return all;
  }
}
