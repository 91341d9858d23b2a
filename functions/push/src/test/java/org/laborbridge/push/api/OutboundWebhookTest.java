package org.laborbridge.push.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.laborbridge.platform.testing.ApiGatewayRequests;
import org.laborbridge.push.Receiver;
import org.laborbridge.push.domain.DeliverPush;
import org.laborbridge.shared.message.Envelope;
import org.laborbridge.shared.webhook.Verification;
import org.laborbridge.shared.webhook.WebhookSecret;
import org.laborbridge.shared.webhook.WebhookVerifier;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pushes leave the platform as Standard Webhooks signed with each gateway's own secret, exactly once however often
 * the receiver fails first or the push is repeated; a gateway that answers 410 is retired. Each test uses its own
 * region so that its gateway is the only one involved.
 */
class OutboundWebhookTest extends PushHandlerTest {

  private final Receiver gateway = Receiver.start();

  @AfterAll
  void stopGateway() {
    gateway.close();
  }

  @Test
  void the_gateway_verifies_the_push_with_its_own_secret_and_gets_no_personal_data() throws IOException {
    String secret = registerEndpoint("sc-sms", "51", "SMS", gateway.url("/sc-sms"));
    Envelope push = pushRequested("job-signed", "w-signed", "51", "INBOX", "SMS");
    ObjectNode data = (ObjectNode) push.data();
    ((ObjectNode) data.path("worker")).put("phone", "13812345678").put("identityNumber", "11010519491231002X");

    function.handle(new Envelope(push.id(), push.type(), push.occurredAt(), push.source(), data));
    function.drainQueue();

    List<Receiver.Received> received = received("/sc-sms");
    assertEquals(1, received.size());
    Receiver.Received got = received.get(0);
    assertEquals(Verification.VERIFIED,
        WebhookVerifier.verify(got.headers(), got.body(), List.of(WebhookSecret.parse(secret)), function.clock.instant()));
    assertEquals(DeliverPush.deliveryId(push.id(), "sc-sms"), got.header("webhook-id"));
    JsonNode body = PushFunction.JSON.readTree(got.body());
    assertEquals("job.pushed", body.path("type").asText());
    assertEquals("w-signed", body.path("data").path("workerId").asText());
    assertEquals("job-signed", body.path("data").path("jobId").asText());
    assertEquals("Welder, shipyard", body.path("data").path("job").path("title").asText());
    assertEquals("same occupation", body.path("data").path("reasons").get(0).asText());
    assertFalse(got.bodyText().contains("13812345678"));
    assertFalse(got.bodyText().contains("11010519491231002X"));
    assertFalse(got.bodyText().contains("account-w-signed"), "not even the worker's account id");
  }

  @Test
  void a_gateway_answering_500_then_200_gets_the_push_exactly_once_more_and_never_again() {
    registerEndpoint("cq-app", "50", "APP", gateway.url("/cq-app"));
    gateway.answering(500);
    Envelope push = pushRequested("job-retry", "w-retry", "50", "APP");

    function.handle(push);
    assertEquals(2, function.drainQueue(), "the first attempt's retry, then nothing");
    function.handle(push);
    function.drainQueue();

    List<Receiver.Received> received = received("/cq-app");
    assertEquals(List.of(500, 200), received.stream().map(Receiver.Received::answered).toList());
    assertEquals(received.get(0).header("webhook-id"), received.get(1).header("webhook-id"));
    Map<String, AttributeValue> record = delivery(DeliverPush.deliveryId(push.id(), "cq-app"));
    assertEquals("DELIVERED", record.get("outcome").s());
    assertEquals("2", record.get("attempts").n());
    assertEquals("200", record.get("lastStatus").s());
  }

  @Test
  void a_gateway_answering_410_is_retired_and_gets_nothing_more() {
    registerEndpoint("gz-wechat", "52", "WECHAT", gateway.url("/gz-wechat"));
    gateway.answering(410);

    function.handle(pushRequested("job-gone-1", "w-gone", "52", "WECHAT"));
    function.drainQueue();
    function.handle(pushRequested("job-gone-2", "w-gone", "52", "WECHAT"));

    assertEquals(0, function.drainQueue(), "no webhook is queued for a gone endpoint");
    assertEquals(1, received("/gz-wechat").size());
    JsonNode endpoint = function.send(ApiGatewayRequests.get("/v1/channel-endpoints/gz-wechat").asStaff("52").event()).json();
    assertEquals("GONE", endpoint.path("status").asText());
    JsonNode inbox = function.send(ApiGatewayRequests.get("/v1/workers/w-gone/matches").asWorker("account-w-gone").event()).json();
    assertEquals(2, inbox.path("items").size(), "the inbox still gets every push");
  }

  @Test
  void a_duplicated_push_requested_gives_one_inbox_entry_and_one_delivery() {
    registerEndpoint("yn-sms", "53", "SMS", gateway.url("/yn-sms"));
    Envelope push = pushRequested("job-twice", "w-twice", "53", "INBOX", "SMS");

    assertEquals(0, function.handle(push, push).size());
    function.handle(push);
    function.drainQueue();

    assertEquals(1, received("/yn-sms").size());
    JsonNode inbox = function.send(ApiGatewayRequests.get("/v1/workers/w-twice/matches").asWorker("account-w-twice").event()).json();
    assertEquals(1, inbox.path("items").size());
    JsonNode reach = function.send(ApiGatewayRequests.get("/v1/jobs/job-twice/matches").asEmployer("employer-ningbo").event()).json();
    assertEquals(1, reach.path("counts").path("total").asInt());
  }

  @Test
  void a_webhook_deliver_from_another_capability_is_signed_and_recorded_the_same_way() {
    registerEndpoint("zj-app", "33", "APP", gateway.url("/zj-app"));
    ObjectNode data = PushFunction.JSON.createObjectNode().put("endpointId", "zj-app").put("eventType", "transfer.accepted")
        .put("attempt", 1);
    data.putObject("payload").put("transferId", "t-42");
    Envelope deliver = new Envelope("transfer-accepted-t-42", "webhook.deliver", START, "laborbridge.transfers", data);

    assertTrue(function.handle(deliver).isEmpty());
    function.handle(deliver);

    List<Receiver.Received> received = received("/zj-app");
    assertEquals(1, received.size());
    assertEquals("transfer-accepted-t-42", received.get(0).header("webhook-id"));
    assertTrue(received.get(0).bodyText().contains("\"type\":\"transfer.accepted\""));
    assertEquals("DELIVERED", delivery("transfer-accepted-t-42").get("outcome").s());
  }

  private List<Receiver.Received> received(String path) {
    return gateway.received().stream().filter(r -> r.path().equals(path)).toList();
  }
}
