package org.laborbridge.campaigns.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.laborbridge.platform.testing.ApiGatewayRequests;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ten thousand consented workers in one region: the fan-out reads them a page of a hundred at a time, each page
 * message queuing at most a hundred campaign messages and the next page, and every worker gets exactly one message.
 */
class TenThousandRecipientsTest extends CampaignsHandlerTest {

  static final int WORKERS = 10_000;

  @Test
  void ten_thousand_recipients_fan_out_a_page_at_a_time_and_each_gets_exactly_one_message() {
    List<Map<String, AttributeValue>> items = new ArrayList<>();
    IntStream.range(0, WORKERS).forEach(i -> items.add(CampaignsLambdas.workerItem(String.format("w-%05d", i),
        "512000", List.of("33"), false, List.of(), List.of("INBOX", "SMS"), "acc-" + i)));
    lambdas.workers(items);
    lambdas.job("job-welder", "33", "Welder", "2027-02-01T00:00:00.000000000Z", "2027-04-30");
    var body = CampaignsLambdas.JSON.createObjectNode().put("id", "sichuan-outbound-2027").put("name", "Sichuan outbound")
        .put("startsOn", "2027-03-01").put("endsOn", "2027-03-31").put("message", "Jobs in Zhejiang for you.");
    body.putArray("targetGroups").add("MIGRANT_WORKERS");
    body.putArray("regions").add("51");
    assertEquals(201, lambdas.send(ApiGatewayRequests.post("/v1/campaigns", body.toString()).asStaff("51")).status());

    lambdas.clock.set(nineOClock(LocalDate.of(2027, 3, 1)));
    assertTrue(lambdas.openDay().contains("pagesQueued=1"));
    List<List<JsonNode>> pages = lambdas.runFanOut();

    assertEquals(WORKERS / pageSize(), pages.size());
    pages.forEach(page -> assertTrue(page.size() <= pageSize(), "a page queued " + page.size() + " messages"));
    Map<String, Integer> perWorker = new HashMap<>();
    pages.stream().flatMap(List::stream).forEach(m -> {
      assertEquals("job-welder", m.path("data").path("jobs").get(0).path("id").asText());
      perWorker.merge(m.path("data").path("workerId").asText(), 1, Integer::sum);
    });
    assertEquals(WORKERS, perWorker.size());
    assertTrue(perWorker.values().stream().allMatch(n -> n == 1));
    Map<String, AttributeValue> run = aws.dynamoDb().getItem(r -> r.tableName(stack.tableName("CampaignsTable"))
        .key(Map.of("pk", AttributeValue.fromS("RUN#sichuan-outbound-2027#2027-03-01"),
            "sk", AttributeValue.fromS("REGION#51")))).item();
    assertEquals("DONE", run.get("status").s());
    assertEquals(Integer.toString(WORKERS), run.get("recipients").n());
    assertEquals(Integer.toString(WORKERS / pageSize()), run.get("pages").n());
  }
}
