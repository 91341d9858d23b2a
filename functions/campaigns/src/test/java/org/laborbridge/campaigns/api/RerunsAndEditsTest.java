package org.laborbridge.campaigns.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.laborbridge.platform.testing.ApiGatewayRequests;
import org.laborbridge.platform.testing.ApiGatewayResponse;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.sqs.model.Message;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A day run again, a page message delivered twice, a page retried after a crash, and calendar edits: each message
 * is queued once per campaign, day and worker, under an id push uses to drop a repeat; edits count from the next
 * run, and a cancellation even stops a fan-out under way. Pages of two workers, so every fan-out has several pages.
 */
class RerunsAndEditsTest extends CampaignsHandlerTest {

  static final List<String> FIVE = List.of("w-1", "w-2", "w-3", "w-4", "w-5");

  @Override
  int pageSize() {
    return 2;
  }

  @BeforeAll
  void fiveConsentedSichuanWorkersAndACampaign() {
    for (String id : FIVE) {
      lambdas.worker(id, "512000", List.of("51", "33"), false, List.of(), List.of("INBOX"), "acc-" + id);
    }
    add("winter-jobs-week-2027", "2027-01-21", "2027-01-31", List.of("ALL_JOB_SEEKERS", "EMPLOYERS"),
        List.of("2027-01-23", "2027-01-24"));
  }

  @Test
  void running_the_same_day_again_sends_nothing_twice() {
    List<JsonNode> first = runDay(LocalDate.of(2027, 1, 21));
    assertEquals(FIVE, workerIds(first));
    assertEquals(List.of("51"), noticeRegions(first));

    String again = lambdas.openDay();

    assertEquals("day=2027-01-21 campaigns=1 pagesQueued=0 runsDone=1 notices=0", again);
    assertEquals(List.of(), lambdas.runFanOut());
    assertEquals(List.of(), lambdas.take("PushQueue"));
    JsonNode day = lambdas.send(ApiGatewayRequests.get("/v1/campaigns/winter-jobs-week-2027/days/2027-01-21")
        .asStaff("51")).json();
    assertEquals(CampaignsLambdas.parse("{\"campaignId\":\"winter-jobs-week-2027\",\"day\":\"2027-01-21\","
        + "\"regions\":[{\"region\":\"51\",\"workers\":{\"status\":\"DONE\",\"pages\":3,\"messagesQueued\":5},"
        + "\"employersNotified\":true}]}"), day);
  }

  @Test
  void a_page_message_delivered_twice_sends_its_workers_once() {
    lambdas.clock.set(nineOClock(LocalDate.of(2027, 1, 23)));
    lambdas.openDay();
    lambdas.take("PushQueue");
    Message firstPage = onlyPageMessage();

    lambdas.handle(List.of(CampaignsLambdas.message("copy-1", firstPage.body())));
    List<JsonNode> once = lambdas.take("PushQueue");
    lambdas.handle(List.of(CampaignsLambdas.message("copy-2", firstPage.body())));
    List<JsonNode> twice = lambdas.take("PushQueue");

    assertEquals(List.of("w-1", "w-2"), workerIds(once));
    assertEquals(List.of(), twice);
    // The rest of the fan-out goes on from the second page only.
    List<JsonNode> rest = lambdas.runFanOut().stream().flatMap(List::stream).toList();
    assertEquals(List.of("w-3", "w-4", "w-5"), workerIds(rest));
  }

  @Test
  void a_page_retried_after_a_crash_queues_the_same_message_ids_again_for_push_to_drop() {
    lambdas.clock.set(nineOClock(LocalDate.of(2027, 1, 24)));
    lambdas.openDay();
    lambdas.take("PushQueue");
    Message firstPage = onlyPageMessage();
    lambdas.handle(List.of(CampaignsLambdas.message("attempt-1", firstPage.body())));
    List<JsonNode> firstAttempt = lambdas.take("PushQueue");
    lambdas.take("CampaignsQueue");
    // The crash: messages and next page were queued, but the run never learned it moved on.
    aws.dynamoDb().updateItem(r -> r.tableName(stack.tableName("CampaignsTable"))
        .key(Map.of("pk", AttributeValue.fromS("RUN#winter-jobs-week-2027#2027-01-24"), "sk", AttributeValue.fromS("REGION#51")))
        .updateExpression("REMOVE #cursor").expressionAttributeNames(Map.of("#cursor", "cursor")));

    lambdas.handle(List.of(CampaignsLambdas.message("attempt-2", firstPage.body())));
    List<JsonNode> retry = lambdas.take("PushQueue");

    assertEquals(ids(firstAttempt), ids(retry));
    assertEquals(2, Set.copyOf(ids(retry)).size());
    assertEquals(List.of("w-3", "w-4", "w-5"), workerIds(lambdas.runFanOut().stream().flatMap(List::stream).toList()));
  }

  @Test
  void cancelling_a_campaign_stops_the_fan_out_under_way() {
    lambdas.clock.set(START);
    add("snow-season-jobs-2027", "2027-01-27", "2027-02-10", List.of("ALL_JOB_SEEKERS"), List.of());
    lambdas.clock.set(nineOClock(LocalDate.of(2027, 1, 27)));
    lambdas.openDay();
    lambdas.take("PushQueue");
    Message firstPage = onlyPageMessage();
    lambdas.handle(List.of(CampaignsLambdas.message("page-1", firstPage.body())));
    assertEquals(List.of("w-1", "w-2"), workerIds(lambdas.take("PushQueue")));

    ObjectNode body = bodyOf(campaign("snow-season-jobs-2027"));
    body.put("status", "CANCELLED");
    ApiGatewayResponse cancelled = lambdas.send(ApiGatewayRequests.put("/v1/campaigns/snow-season-jobs-2027",
        body.toString()).asStaff("51"));
    assertEquals(200, cancelled.status(), cancelled::toString);

    assertEquals(List.of(List.of()), lambdas.runFanOut());
    Map<String, AttributeValue> run = aws.dynamoDb().getItem(r -> r.tableName(stack.tableName("CampaignsTable"))
        .key(Map.of("pk", AttributeValue.fromS("RUN#snow-season-jobs-2027#2027-01-27"),
            "sk", AttributeValue.fromS("REGION#51")))).item();
    assertEquals("STOPPED", run.get("status").s());
  }

  @Test
  void a_calendar_edit_takes_effect_on_the_next_run() {
    lambdas.clock.set(START);
    add("harvest-return-2027", "2027-02-01", "2027-02-20", List.of("ALL_JOB_SEEKERS"), List.of());
    ObjectNode body = bodyOf(campaign("harvest-return-2027"));
    body.put("startsOn", "2027-02-02").put("message", "Back from the harvest? New jobs near home from today.");
    ApiGatewayResponse moved = lambdas.send(ApiGatewayRequests.put("/v1/campaigns/harvest-return-2027", body.toString())
        .asStaff("33"));
    assertEquals(200, moved.status(), moved::toString);

    assertEquals(List.of(), runDay(LocalDate.of(2027, 2, 1)));
    List<JsonNode> sent = runDay(LocalDate.of(2027, 2, 2));

    assertEquals(FIVE, workerIds(sent));
    sent.forEach(m -> assertEquals("Back from the harvest? New jobs near home from today.",
        m.path("data").path("message").asText()));
  }

  private Message onlyPageMessage() {
    List<Message> pages = aws.sqs().receiveMessage(r -> r.queueUrl(stack.queueUrl("CampaignsQueue"))
        .maxNumberOfMessages(10)).messages();
    assertEquals(1, pages.size(), () -> pages.stream().map(Message::body).toList().toString());
    aws.sqs().deleteMessage(r -> r.queueUrl(stack.queueUrl("CampaignsQueue")).receiptHandle(pages.get(0).receiptHandle()));
    assertTrue(pages.get(0).body().contains("\"campaign.audience.page\""));
    return pages.get(0);
  }

  private void add(String id, String startsOn, String endsOn, List<String> groups, List<String> reminders) {
    ObjectNode body = CampaignsLambdas.JSON.createObjectNode();
    body.put("id", id).put("name", "Campaign " + id).put("startsOn", startsOn).put("endsOn", endsOn)
        .put("message", "Jobs and fairs near you this week.");
    groups.forEach(body.putArray("targetGroups")::add);
    body.putArray("regions").add("51");
    var list = body.putArray("reminders");
    reminders.forEach(on -> list.addObject().put("on", on));
    ApiGatewayResponse response = lambdas.send(ApiGatewayRequests.post("/v1/campaigns", body.toString()).asStaff("51"));
    assertEquals(201, response.status(), response::toString);
  }

  private static List<String> ids(List<JsonNode> messages) {
    return messages.stream().map(m -> m.path("id").asText()).sorted().toList();
  }
}
