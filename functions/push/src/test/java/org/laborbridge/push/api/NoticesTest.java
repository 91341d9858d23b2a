package org.laborbridge.push.api;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.laborbridge.platform.testing.ApiGatewayRequests;
import org.laborbridge.push.Receiver;
import org.laborbridge.push.domain.NotifyRegion;
import org.laborbridge.shared.message.Envelope;
import org.laborbridge.shared.message.EnvelopeCodec;
import org.laborbridge.shared.webhook.Verification;
import org.laborbridge.shared.webhook.WebhookSecret;
import org.laborbridge.shared.webhook.WebhookVerifier;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * notice.requested: Zhejiang (33) has an SMS gateway and an HR back-office system, both active, and an app gateway
 * that answered 410 and is retired; Jiangsu (32) has its own SMS gateway. A notice reaches exactly the active
 * endpoints of its region on its channels, signed, once however often it is repeated.
 */
class NoticesTest extends PushHandlerTest {

  private final Receiver partners = Receiver.start();
  private final ListAppender<ILoggingEvent> pushLog = new ListAppender<>();
  private String smsSecret;
  private String systemSecret;
  private int mark;

  @BeforeAll
  void zhejiangAndJiangsuRegisterTheirEndpoints() {
    smsSecret = registerEndpoint("zj-sms", "33", "SMS", partners.url("/zj-sms"));
    systemSecret = registerEndpoint("zj-hr-system", "33", "SYSTEM", partners.url("/zj-hr-system"));
    registerEndpoint("zj-app", "33", "APP", partners.url("/zj-app"));
    registerEndpoint("js-sms", "32", "SMS", partners.url("/js-sms"));
    partners.answering(410);
    ObjectNode retire = PushFunction.JSON.createObjectNode().put("endpointId", "zj-app").put("eventType", "transfer.accepted")
        .put("attempt", 1);
    retire.putObject("payload").put("transferId", "t-1");
    assertTrue(function.handle(new Envelope("retire-zj-app", "webhook.deliver", START, "laborbridge.transfers", retire)).isEmpty());
    assertEquals("GONE", function.send(ApiGatewayRequests.get("/v1/channel-endpoints/zj-app").asStaff("33").event()).json()
        .path("status").asText());
    pushLog.start();
    ((Logger) LoggerFactory.getLogger("push")).addAppender(pushLog);
  }

  @BeforeEach
  void markWhatWasReceivedBefore() {
    mark = partners.received().size();
  }

  @AfterAll
  void stopPartners() {
    ((Logger) LoggerFactory.getLogger("push")).detachAppender(pushLog);
    partners.close();
  }

  @Test
  void a_cancelled_fair_for_the_workers_channels_reaches_exactly_the_active_sms_gateway_of_the_region_signed() throws IOException {
    Envelope notice = notice("fair-cancelled-ningbo", "laborbridge.fairs", "33", "fair.cancelled", "SMS", "APP", "WECHAT");

    assertTrue(function.handle(notice).isEmpty());
    function.drainQueue();

    List<Receiver.Received> received = sinceMark();
    assertEquals(List.of("/zj-sms"), received.stream().map(Receiver.Received::path).toList());
    Receiver.Received got = received.get(0);
    assertEquals(Verification.VERIFIED, WebhookVerifier.verify(got.headers(), got.body(),
        List.of(WebhookSecret.parse(smsSecret)), function.clock.instant()));
    assertEquals(NotifyRegion.deliveryId(notice.id(), "zj-sms"), got.header("webhook-id"));
    JsonNode body = PushFunction.JSON.readTree(got.body());
    assertEquals("fair.cancelled", body.path("type").asText());
    assertEquals(START.toString(), body.path("timestamp").asText());
    assertEquals(notice.data().path("payload"), body.path("data"));
    assertEquals("DELIVERED", delivery(NotifyRegion.deliveryId(notice.id(), "zj-sms")).get("outcome").s());
  }

  @Test
  void a_forwarded_transfer_for_the_back_office_reaches_exactly_the_region_s_system() {
    Envelope notice = notice("transfer-forwarded-t-7", "laborbridge.transfers", "33", "transfer.forwarded", "SYSTEM");

    assertTrue(function.handle(notice).isEmpty());
    function.drainQueue();

    List<Receiver.Received> received = sinceMark();
    assertEquals(List.of("/zj-hr-system"), received.stream().map(Receiver.Received::path).toList());
    assertEquals(Verification.VERIFIED, WebhookVerifier.verify(received.get(0).headers(), received.get(0).body(),
        List.of(WebhookSecret.parse(systemSecret)), function.clock.instant()));
    assertTrue(received.get(0).bodyText().contains("\"type\":\"transfer.forwarded\""));
  }

  @Test
  void the_same_notice_handled_twice_is_delivered_once() {
    Envelope notice = notice("transfer-overdue-t-8", "laborbridge.transfers", "33", "transfer.overdue", "SYSTEM");

    assertTrue(function.handle(notice, notice).isEmpty());
    function.drainQueue();
    assertTrue(function.handle(notice).isEmpty());
    function.drainQueue();

    assertEquals(1, sinceMark().size());
    Map<String, AttributeValue> record = delivery(NotifyRegion.deliveryId(notice.id(), "zj-hr-system"));
    assertEquals("DELIVERED", record.get("outcome").s());
    assertEquals("1", record.get("attempts").n());
  }

  @Test
  void a_notice_for_a_region_without_such_an_endpoint_sends_nothing_succeeds_and_says_so_once() {
    Envelope tibet = notice("fair-cancelled-lhasa", "laborbridge.fairs", "54", "fair.cancelled", "SMS", "APP", "WECHAT");
    Envelope goneApp = notice("fair-cancelled-app-only", "laborbridge.fairs", "33", "fair.cancelled", "APP");

    assertTrue(function.handle(tibet, goneApp).isEmpty());

    assertEquals(0, function.drainQueue());
    assertTrue(sinceMark().isEmpty());
    List<String> outcomes = pushLog.list.stream().map(ILoggingEvent::getFormattedMessage)
        .filter(line -> line.startsWith("notice.requested")).toList();
    assertEquals(1, outcomes.stream().filter(line -> line.startsWith("notice.requested outcome=NO_ENDPOINT region=54")).count());
    assertEquals(1, outcomes.stream().filter(line -> line.startsWith("notice.requested outcome=NO_ENDPOINT region=33")).count());
  }

  @Test
  void poison_notices_fail_alone_and_the_good_one_in_the_batch_is_delivered() {
    Envelope good = notice("fair-cancelled-good", "laborbridge.fairs", "33", "fair.cancelled", "SMS");
    ObjectNode noRegion = data("33", "fair.cancelled", "SMS");
    noRegion.remove("region");
    ObjectNode bigPayload = data("33", "fair.cancelled", "SMS");
    bigPayload.putObject("payload").put("note", "x".repeat(21 * 1024));
    ObjectNode arrayPayload = data("33", "fair.cancelled", "SMS");
    arrayPayload.putArray("payload").add("fair-1");

    List<SQSEvent.SQSMessage> batch = List.of(
        message("no-region", noRegion, "laborbridge.fairs"),
        message("unknown-region", data("99", "fair.cancelled", "SMS"), "laborbridge.fairs"),
        message("no-channels", data("33", "fair.cancelled"), "laborbridge.fairs"),
        message("inbox-channel", data("33", "fair.cancelled", "INBOX"), "laborbridge.fairs"),
        message("unknown-channel", data("33", "fair.cancelled", "SMS", "FAX"), "laborbridge.fairs"),
        message("bad-event-type", data("33", "Fair Cancelled", "SMS"), "laborbridge.fairs"),
        message("payload-too-big", bigPayload, "laborbridge.fairs"),
        message("payload-not-an-object", arrayPayload, "laborbridge.fairs"),
        message("from-a-partner", data("33", "fair.cancelled", "SMS"), "zj-hr"),
        PushFunction.message("good", EnvelopeCodec.toJson(good)));

    Set<String> failed = function.handle(batch);
    function.drainQueue();

    assertEquals(Set.of("no-region", "unknown-region", "no-channels", "inbox-channel", "unknown-channel", "bad-event-type",
        "payload-too-big", "payload-not-an-object", "from-a-partner"), failed);
    assertEquals(List.of("/zj-sms"), sinceMark().stream().map(Receiver.Received::path).toList());
  }

  @Test
  void a_back_office_system_gets_no_job_push_even_when_the_worker_s_channels_name_it() throws IOException {
    assertTrue(function.handle(pushRequested("job-zj-clerk", "w-zj-1", "33", "INBOX", "SMS", "SYSTEM")).isEmpty());
    function.drainQueue();

    List<Receiver.Received> received = sinceMark();
    assertEquals(List.of("/zj-sms"), received.stream().map(Receiver.Received::path).toList());
    assertEquals("job.pushed", PushFunction.JSON.readTree(received.get(0).body()).path("type").asText());
  }

  /** What the partners received since the test began. */
  private List<Receiver.Received> sinceMark() {
    List<Receiver.Received> all = partners.received();
    return all.subList(mark, all.size());
  }

  private static Envelope notice(String id, String source, String region, String eventType, String... channels) {
    return new Envelope(id, "notice.requested", START, source, data(region, eventType, channels));
  }

  /** The data of a notice.requested as fairs and transfers send it: ids only in the payload. */
  private static ObjectNode data(String region, String eventType, String... channels) {
    ObjectNode data = PushFunction.JSON.createObjectNode().put("region", region).put("eventType", eventType);
    ArrayNode list = data.putArray("channels");
    for (String channel : channels) {
      list.add(channel);
    }
    data.putObject("payload").put("fairId", "fair-ningbo-spring").put("transferId", "t-7").putArray("workerIds").add("w-1");
    return data;
  }

  private static SQSEvent.SQSMessage message(String messageId, ObjectNode data, String source) {
    return PushFunction.message(messageId, EnvelopeCodec.toJson(new Envelope("notice-" + messageId, "notice.requested", START,
        source, data)));
  }
}
