package org.laborbridge.push.api;

import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.laborbridge.platform.testing.ApiGatewayRequests;
import org.laborbridge.platform.testing.ApiGatewayResponse;
import org.laborbridge.platform.testing.ProblemAssertions;
import org.laborbridge.push.Receiver;
import org.laborbridge.push.domain.DeliverPush;
import org.laborbridge.shared.message.Envelope;
import org.laborbridge.shared.message.EnvelopeCodec;
import org.laborbridge.shared.webhook.Verification;
import org.laborbridge.shared.webhook.WebhookSecret;
import org.laborbridge.shared.webhook.WebhookVerifier;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * campaign.message.requested: a campaign's message to one worker takes a job push's way. Sichuan (51) has an SMS and
 * an app gateway and a back-office system; the workers consent to some of them. Friday 2026-11-27, 10:00 in Shanghai.
 * The two tests that release deferred messages run first and in time order (the release marker only moves forward).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CampaignMessagesTest extends PushHandlerTest {

  private static final String DAY = "2026-11-27";
  private static final Instant EIGHT_NEXT_MORNING = Instant.parse("2026-11-28T00:00:00Z");
  /** Saturday 23:00 and Sunday 08:00 in Shanghai. */
  private static final Instant SATURDAY_LATE_EVENING = Instant.parse("2026-11-28T15:00:00Z");
  private static final Instant EIGHT_ON_SUNDAY = Instant.parse("2026-11-29T00:00:00Z");

  private final Receiver partners = Receiver.start();
  private String smsSecret;
  private int mark;

  @BeforeAll
  void sichuanRegistersItsEndpoints() {
    smsSecret = registerEndpoint("sc-sms", "51", "SMS", partners.url("/sc-sms"));
    registerEndpoint("sc-app", "51", "APP", partners.url("/sc-app"));
    registerEndpoint("sc-hr-system", "51", "SYSTEM", partners.url("/sc-hr-system"));
  }

  @BeforeEach
  void atTenInTheMorning() {
    function.clock.set(START);
    mark = partners.received().size();
  }

  @AfterAll
  void stopPartners() {
    partners.close();
  }

  @Test
  void a_campaign_message_sent_three_times_is_in_the_inbox_once_beside_jobs_and_reaches_the_consented_gateway_once_signed()
      throws IOException {
    long campaignMessagesBefore = count("REGION#51", "campaignMessages");
    long pushesBefore = count("REGION#51", "pushesMade");
    function.handle(pushRequested("job-a", "w-camp-a", "51", "INBOX"));
    function.clock.advance(Duration.ofMinutes(1));
    Envelope message = campaignMessage("spring-breeze-2027", DAY, "w-camp-a", "51", "INBOX", "SMS", "SYSTEM", "FAX");
    // What campaigns never sends, and push must never pass on: personal data and fields it does not know.
    ((ObjectNode) message.data().path("worker")).put("identityNumber", "11010519491231002X").put("phone", "13812345678");
    ((ObjectNode) message.data()).put("note", "13812345678");

    assertTrue(function.handle(message, message).isEmpty());
    function.drainQueue();
    assertTrue(function.handle(message).isEmpty());
    function.drainQueue();

    JsonNode items = inbox("w-camp-a", null).path("items");
    assertEquals(2, items.size());
    JsonNode campaign = items.get(0);
    assertEquals("CAMPAIGN", campaign.path("kind").asText());
    assertEquals("campaign:" + message.id(), campaign.path("id").asText());
    assertFalse(campaign.has("jobId"));
    assertFalse(campaign.has("job"));
    assertEquals("spring-breeze-2027", campaign.path("campaign").path("campaignId").asText());
    assertEquals(DAY, campaign.path("campaign").path("day").asText());
    assertEquals("fair-ningbo-spring", campaign.path("campaign").path("fairId").asText());
    assertEquals("Ningbo International Expo Center", campaign.path("campaign").path("fairs").get(0).path("venue").asText());
    assertEquals("6500", campaign.path("campaign").path("jobs").get(0).path("salary").path("min").asText());
    assertEquals(List.of("JOB", "job-a", "job-a"), List.of(items.get(1).path("kind").asText(), items.get(1).path("id").asText(),
        items.get(1).path("jobId").asText()));

    List<Receiver.Received> received = sinceMark();
    assertEquals(List.of("/sc-sms"), received.stream().map(Receiver.Received::path).toList(), "SMS only: no app consent, no system");
    Receiver.Received got = received.get(0);
    assertEquals(Verification.VERIFIED, WebhookVerifier.verify(got.headers(), got.body(), List.of(WebhookSecret.parse(smsSecret)),
        function.clock.instant()));
    assertEquals(DeliverPush.deliveryId(message.id(), "sc-sms"), got.header("webhook-id"));
    JsonNode body = PushFunction.JSON.readTree(got.body());
    assertEquals("campaign.message", body.path("type").asText());
    Set<String> fields = new TreeSet<>();
    body.path("data").fieldNames().forEachRemaining(fields::add);
    assertEquals(Set.of("workerId", "campaignId", "campaignName", "day", "occasion", "message", "fairId", "fairs", "jobs"), fields);
    assertEquals("w-camp-a", body.path("data").path("workerId").asText());
    assertFalse(got.bodyText().contains("13812345678") || got.bodyText().contains("11010519491231002X"));

    assertEquals("PUSHED", campaignReach(message.id(), "w-camp-a").get("status").s());
    assertEquals(campaignMessagesBefore + 1, count("REGION#51", "campaignMessages"));
    assertEquals(pushesBefore + 1, count("REGION#51", "pushesMade"), "the job alone is a push made");
  }

  @Test
  @Order(2)
  void a_campaign_message_at_eleven_at_night_waits_for_eight_and_then_reaches_the_inbox_and_the_gateway() {
    function.clock.set(SATURDAY_LATE_EVENING);
    Envelope message = campaignMessage("spring-breeze-2027", "2026-11-28", "w-camp-b", "51", "INBOX", "APP");

    assertTrue(function.handle(message).isEmpty());

    assertTrue(function.peekQueue().isEmpty(), "nothing is queued in the quiet hours");
    assertEquals(0, inbox("w-camp-b", null).path("items").size());
    assertEquals("DEFERRED", campaignReach(message.id(), "w-camp-b").get("status").s());
    assertEquals(EIGHT_ON_SUNDAY.toString(), campaignReach(message.id(), "w-camp-b").get("deferredUntil").s());
    function.clock.set(EIGHT_ON_SUNDAY.minusSeconds(60));
    function.releaseDeferred();
    assertEquals(0, function.drainQueue());

    function.clock.set(EIGHT_ON_SUNDAY);
    function.releaseDeferred();
    assertEquals(2, function.drainQueue(), "the message, then its webhook");

    assertEquals("CAMPAIGN", inbox("w-camp-b", null).path("items").get(0).path("kind").asText());
    assertEquals(List.of("/sc-app"), sinceMark().stream().map(Receiver.Received::path).toList());
    assertEquals("PUSHED", campaignReach(message.id(), "w-camp-b").get("status").s());
  }

  @Test
  @Order(1)
  void two_jobs_and_a_campaign_message_fill_the_day_so_a_second_campaign_message_waits_for_the_next_morning() {
    function.handle(pushRequested("job-c1", "w-camp-c", "51", "INBOX"));
    function.clock.advance(Duration.ofMinutes(1));
    function.handle(pushRequested("job-c2", "w-camp-c", "51", "INBOX"));
    function.clock.advance(Duration.ofMinutes(1));
    Envelope first = campaignMessage("spring-breeze-2027", DAY, "w-camp-c", "51", "INBOX");
    Envelope second = campaignMessage("winter-warmth-2026", DAY, "w-camp-c", "51", "INBOX");

    assertTrue(function.handle(first).isEmpty());
    function.clock.advance(Duration.ofMinutes(1));
    assertTrue(function.handle(second).isEmpty());

    assertEquals(List.of("campaign:" + first.id(), "job-c2", "job-c1"), ids(inbox("w-camp-c", null)));
    assertEquals("DEFERRED", campaignReach(second.id(), "w-camp-c").get("status").s());
    assertEquals(EIGHT_NEXT_MORNING.toString(), campaignReach(second.id(), "w-camp-c").get("deferredUntil").s());

    function.clock.set(EIGHT_NEXT_MORNING.plusSeconds(30));
    function.releaseDeferred();
    assertEquals(1, function.drainQueue());
    assertEquals("campaign:" + second.id(), ids(inbox("w-camp-c", null)).get(0));
    assertEquals(4, inbox("w-camp-c", null).path("items").size());
  }

  @Test
  void a_campaign_message_released_three_days_after_its_day_is_dropped_sent_nowhere_and_not_counted() {
    Envelope stale = campaignMessage("spring-breeze-2027", "2026-11-24", "w-camp-d", "53", "INBOX", "SMS");

    assertTrue(function.handle(stale).isEmpty());
    function.drainQueue();

    assertEquals("EXPIRED", campaignReach(stale.id(), "w-camp-d").get("status").s());
    assertEquals(0, inbox("w-camp-d", null).path("items").size());
    assertTrue(sinceMark().isEmpty());
    assertNull(counters("REGION#53").get("campaignMessages"));
  }

  @Test
  void messages_from_another_source_or_malformed_fail_alone_and_the_good_one_in_the_batch_is_pushed() {
    Envelope good = campaignMessage("spring-breeze-2027", DAY, "w-camp-e", "51", "INBOX");
    List<SQSEvent.SQSMessage> batch = new ArrayList<>();
    batch.add(message("from-matching", good.id(), "laborbridge.matching", data(d -> { })));
    batch.add(message("from-a-partner", good.id(), "sc-hr", data(d -> { })));
    batch.add(message("no-worker", "m-1", "laborbridge.campaigns", data(d -> d.remove("workerId"))));
    batch.add(message("no-home-region", "m-2", "laborbridge.campaigns", data(d -> ((ObjectNode) d.path("worker")).remove("homeRegion"))));
    batch.add(message("home-region-outside-the-nine", "m-3", "laborbridge.campaigns",
        data(d -> ((ObjectNode) d.path("worker")).put("homeRegion", "44"))));
    batch.add(message("no-campaign", "m-4", "laborbridge.campaigns", data(d -> d.remove("campaignId"))));
    batch.add(message("no-day", "m-5", "laborbridge.campaigns", data(d -> d.remove("day"))));
    batch.add(message("day-in-words", "m-6", "laborbridge.campaigns", data(d -> d.put("day", "Monday"))));
    batch.add(message("no-text", "m-7", "laborbridge.campaigns", data(d -> d.remove("message"))));
    batch.add(message("text-too-long", "m-8", "laborbridge.campaigns", data(d -> d.put("message", "x".repeat(501)))));
    batch.add(message("six-fairs", "m-9", "laborbridge.campaigns", data(d -> {
      for (int i = 0; i < 5; i++) {
        ((com.fasterxml.jackson.databind.node.ArrayNode) d.path("fairs")).add(d.path("fairs").get(0).deepCopy());
      }
    })));
    batch.add(message("fair-without-a-name", "m-10", "laborbridge.campaigns",
        data(d -> ((ObjectNode) d.path("fairs").get(0)).remove("name"))));
    batch.add(message("jobs-not-a-list", "m-11", "laborbridge.campaigns", data(d -> d.put("jobs", "job-1"))));
    batch.add(message("an-id-with-a-hash", "m#12", "laborbridge.campaigns", data(d -> { })));
    batch.add(PushFunction.message("good", EnvelopeCodec.toJson(good)));

    Set<String> failed = function.handle(batch);

    assertEquals(Set.of("from-matching", "from-a-partner", "no-worker", "no-home-region", "home-region-outside-the-nine",
        "no-campaign", "no-day", "day-in-words", "no-text", "text-too-long", "six-fairs", "fair-without-a-name",
        "jobs-not-a-list", "an-id-with-a-hash"), failed);
    assertEquals(List.of("campaign:" + good.id()), ids(inbox("w-camp-e", null)));
    assertTrue(campaignReach("m-1", "w-camp-e").isEmpty(), "a refused message writes nothing");
  }

  @Test
  void the_worker_marks_a_campaign_entry_read_and_lists_one_kind_or_the_unread_only() {
    function.handle(pushRequested("job-f", "w-camp-f", "51", "INBOX"));
    Envelope message = campaignMessage("spring-breeze-2027", DAY, "w-camp-f", "51", "INBOX");
    function.handle(message);

    ApiGatewayResponse read = function.send(ApiGatewayRequests.post("/v1/workers/w-camp-f/matches/campaign:" + message.id()
        + "/read", null).asWorker("account-w-camp-f").event());

    assertEquals(200, read.status(), read::toString);
    assertEquals("CAMPAIGN", read.json().path("kind").asText());
    assertTrue(read.json().path("read").asBoolean());
    assertEquals(List.of("job-f"), ids(inbox("w-camp-f", "unread=true")));
    assertEquals(List.of("job-f"), ids(inbox("w-camp-f", "kind=JOB")));
    assertEquals(List.of("campaign:" + message.id()), ids(inbox("w-camp-f", "kind=campaign")));
    assertTrue(campaignReach(message.id(), "w-camp-f").get("read").bool());
    ApiGatewayResponse bad = function.send(ApiGatewayRequests.get("/v1/workers/w-camp-f/matches").query("kind", "FAIR")
        .query("unread", "maybe").asWorker("account-w-camp-f").event());
    ProblemAssertions.assertProblem(bad, 400, "kind");
    ProblemAssertions.assertProblem(bad, 400, "unread");
  }

  private JsonNode inbox(String workerId, String query) {
    ApiGatewayRequests request = ApiGatewayRequests.get("/v1/workers/" + workerId + "/matches").asWorker("account-" + workerId);
    if (query != null) {
      request.query(query.substring(0, query.indexOf('=')), query.substring(query.indexOf('=') + 1));
    }
    ApiGatewayResponse response = function.send(request.event());
    assertEquals(200, response.status(), response::toString);
    return response.json();
  }

  private static List<String> ids(JsonNode page) {
    List<String> ids = new ArrayList<>();
    page.path("items").forEach(item -> ids.add(item.path("id").asText()));
    return ids;
  }

  private List<Receiver.Received> sinceMark() {
    List<Receiver.Received> all = partners.received();
    return all.subList(mark, all.size());
  }

  private long count(String key, String metric) {
    AttributeValue value = counters(key).get(metric);
    return value == null ? 0 : Long.parseLong(value.n());
  }

  private Map<String, AttributeValue> counters(String key) {
    return aws.dynamoDb().getItem(r -> r.tableName(stack.tableName("CountersTable"))
        .key(Map.of("pk", AttributeValue.fromS("COUNTS#M#2026-11"), "sk", AttributeValue.fromS(key)))).item();
  }

  private static ObjectNode data(java.util.function.Consumer<ObjectNode> change) {
    ObjectNode data = Messages.campaignData("spring-breeze-2027", DAY, "w-camp-e", "51", "INBOX");
    change.accept(data);
    return data;
  }

  private static SQSEvent.SQSMessage message(String sqsId, String envelopeId, String source, ObjectNode data) {
    return PushFunction.message(sqsId, EnvelopeCodec.toJson(new Envelope(envelopeId, "campaign.message.requested",
        Instant.parse("2026-11-26T16:00:00Z"), source, data)));
  }
}
