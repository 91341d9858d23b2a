package org.laborbridge.transfers.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.laborbridge.platform.testing.ApiGatewayResponse;
import org.laborbridge.platform.testing.ProblemAssertions;
import org.laborbridge.transfers.Seeds;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The national flow, driven end to end by the two regions' systems through signed webhooks. */
class TransferFlowTest extends TransfersHandlerTest {

  @Test
  void a_transfer_from_sichuan_to_zhejiang_goes_all_the_way_on_the_regions_webhooks() {
    String workerId = worker("account-wang");
    JsonNode applied = applyAsWorker(workerId, "account-wang");
    String id = applied.path("id").asText();
    assertEquals("SUBMITTED", applied.path("state").asText());
    assertEquals(id, applied.path("applicationNumber").asText());
    assertEquals("2027-01-11", applied.path("deadlines").path("overallDueOn").asText(), "30 working days, New Year's Day off");

    function.clock.advance(Duration.ofHours(1));
    ApiGatewayResponse accepted = webhook(ZJ_PARTNER, ZJ_SECRET, "zj-msg-1", "transfer.accepted", data(id).put("note", "welcome"));
    assertEquals(200, accepted.status(), accepted::toString);
    assertEquals("LETTER_SENT", accepted.json().path("state").asText(), "the platform sends the contact letter at once");
    assertEquals("DONE", accepted.json().path("outcome").asText());

    List<JsonNode> letters = function.takePushQueue();
    assertEquals(1, letters.size());
    JsonNode letter = letters.get(0);
    assertEquals("notice.requested", letter.path("type").asText());
    assertEquals("transfer-" + id + "-forwarded", letter.path("id").asText());
    assertEquals("laborbridge.transfers", letter.path("source").asText());
    assertEquals("51", letter.path("data").path("region").asText(), "to the transfer-out region");
    assertEquals("[\"SYSTEM\"]", letter.path("data").path("channels").toString());
    assertEquals("transfer.forwarded", letter.path("data").path("eventType").asText());
    JsonNode payload = letter.path("data").path("payload");
    assertEquals(id, payload.path("applicationNumber").asText());
    assertEquals(workerId, payload.path("workerId").asText());
    assertEquals("2026-12-04", payload.path("transferOutDueOn").asText(), "5 working days after Friday 27 November");
    assertEquals("330100", payload.path("transferIn").path("officeCode").asText());
    assertFalse(letter.toString().contains(Seeds.IDENTITY_NUMBER) || letter.toString().contains(Seeds.PHONE)
        || letter.toString().contains(Seeds.NAME), "no personal data leaves in a notice");

    function.clock.advance(Duration.ofDays(3));
    ApiGatewayResponse confirmed = webhook(SC_PARTNER, SC_SECRET, "sc-msg-1", "transfer.out_confirmed",
        outForm(id, 38, "5400.50", "300", "0"));
    assertEquals(200, confirmed.status(), confirmed::toString);
    assertEquals("OUT_CONFIRMED", confirmed.json().path("state").asText());

    function.clock.advance(Duration.ofDays(20));
    ApiGatewayResponse sent = webhook(SC_PARTNER, SC_SECRET, "sc-msg-2", "transfer.funds_sent",
        data(id).put("amount", new java.math.BigDecimal("5700.50")).put("paymentReference", "SC-PAY-2026-12-0042"));
    assertEquals(200, sent.status(), sent::toString);
    assertEquals("FUNDS_TRANSFERRED", sent.json().path("state").asText());

    function.clock.advance(Duration.ofDays(2));
    ApiGatewayResponse completed = webhook(ZJ_PARTNER, ZJ_SECRET, "zj-msg-2", "transfer.completed", data(id));
    assertEquals(200, completed.status(), completed::toString);
    assertEquals("COMPLETED", completed.json().path("state").asText());

    JsonNode transfer = read(id);
    assertEquals("COMPLETED", transfer.path("state").asText());
    assertEquals(0, new java.math.BigDecimal("5700.50").compareTo(transfer.path("outConfirmation").path("total").decimalValue()));
    assertEquals("SC-PAY-2026-12-0042", transfer.path("fundsSent").path("paymentReference").asText());
    List<String> steps = transfer.path("trail").findValuesAsText("to");
    assertEquals(List.of("SUBMITTED", "ACCEPTED", "LETTER_SENT", "OUT_CONFIRMED", "FUNDS_TRANSFERRED", "COMPLETED"), steps);
    JsonNode acceptance = transfer.path("trail").get(1);
    assertEquals("PARTNER", acceptance.path("by").path("kind").asText());
    assertEquals(ZJ_PARTNER, acceptance.path("by").path("id").asText());
    assertEquals("33", acceptance.path("by").path("region").asText());
    assertEquals("SUBMITTED", acceptance.path("from").asText());
    assertEquals("welcome", acceptance.path("note").asText());
    assertEquals("2026-11-27T03:00:00Z", acceptance.path("at").asText());
    assertEquals("PLATFORM", transfer.path("trail").get(2).path("by").path("kind").asText());
    assertEquals(List.of("SUBMITTED", "ACCEPTED", "LETTER_SENT", "OUT_CONFIRMED", "FUNDS_TRANSFERRED", "COMPLETED"),
        iterable(transfer.path("reachedAt").fieldNames()), "a time for every state reached, for reports");
    assertFalse(transfer.toString().contains(Seeds.IDENTITY_NUMBER), "the transfer keeps the worker id only");
    // Counted for the reports in the transfer-in region, once per state entered (in the month it was entered), with
    // the days it took.
    java.util.Map<String, Integer> counted = new java.util.HashMap<>();
    for (String month : List.of("COUNTS#M#2026-11", "COUNTS#M#2026-12")) {
      var item = aws.dynamoDb().getItem(r -> r.tableName(stack.tableName("CountersTable")).key(java.util.Map.of(
          "pk", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS(month),
          "sk", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("REGION#33")))).item();
      item.forEach((name, value) -> {
        if (value.n() != null) {
          counted.merge(name, Integer.parseInt(value.n()), Integer::sum);
        }
      });
    }
    for (String state : steps) {
      assertEquals(1, counted.getOrDefault("transfers." + state, 0), state + " in " + counted);
    }
    assertTrue(counted.containsKey("transferDaysToComplete"));

    // The transfer is over, so the worker may apply again.
    applyAsWorker(workerId, "account-wang");
  }

  @Test
  void the_transfer_in_region_rejects_with_a_reason_and_nothing_is_forwarded() {
    String workerId = worker("account-li");
    String id = applyAsWorker(workerId, "account-li").path("id").asText();

    ApiGatewayResponse rejected = send(step(id, "decision",
        "{\"decision\": \"reject\", \"reason\": \"no employment contract in Zhejiang on file\"}").asStaff("33"));
    assertEquals(200, rejected.status(), rejected::toString);
    assertEquals("REJECTED", rejected.json().path("state").asText());
    assertEquals("no employment contract in Zhejiang on file", rejected.json().path("rejectionReason").asText());
    assertEquals("staff-33", rejected.json().path("trail").get(1).path("by").path("id").asText());
    assertTrue(function.takePushQueue().isEmpty(), "a rejection sends no contact letter");

    ApiGatewayResponse withdrawn = webhook(ZJ_PARTNER, ZJ_SECRET, "zj-late-accept", "transfer.accepted", data(id));
    ProblemAssertions.assertProblem(withdrawn, 409, null);
    assertEquals("REJECTED", withdrawn.json().path("state").asText(), "a decision cannot be withdrawn");
    assertEquals("REJECTED", read(id).path("state").asText());
  }

  @Test
  void a_region_may_take_only_its_own_side_of_a_transfer() {
    String id = applyAsWorker(worker("account-zhao"), "account-zhao").path("id").asText();

    ProblemAssertions.assertProblem(webhook(SC_PARTNER, SC_SECRET, "sc-accept", "transfer.accepted", data(id)), 403, null);
    ProblemAssertions.assertProblem(send(step(id, "decision", "{\"decision\": \"ACCEPT\"}").asStaff("51")), 403, null);
    assertEquals(200, webhook(ZJ_PARTNER, ZJ_SECRET, "zj-accept", "transfer.accepted", data(id)).status());
    ProblemAssertions.assertProblem(webhook(ZJ_PARTNER, ZJ_SECRET, "zj-confirm", "transfer.out_confirmed",
        outForm(id, 38, "100", "0", "0")), 403, null);
    assertEquals("LETTER_SENT", read(id).path("state").asText());
  }

  private static List<String> iterable(java.util.Iterator<String> names) {
    List<String> list = new java.util.ArrayList<>();
    names.forEachRemaining(list::add);
    return list;
  }
}
