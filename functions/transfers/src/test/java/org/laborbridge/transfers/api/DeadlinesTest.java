package org.laborbridge.transfers.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.laborbridge.platform.testing.ApiGatewayResponse;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The daily check counts working days: weekends off, and the holidays configuration names (here New Year's Day
 * 2027). Accepted on Thursday 31 December 2026, the transfer-out side has until Friday 8 January.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeadlinesTest extends TransfersHandlerTest {

  /** 10:00 in Shanghai on Thursday 31 December 2026. */
  @Override
  Instant startsAt() {
    return Instant.parse("2026-12-31T02:00:00Z");
  }

  @Override
  Map<String, Object> settings() {
    return Map.of("transfers.overall-deadline-working-days", 10);
  }

  /** The check keeps a mark of the days it went through, so the story runs forward in time: this one first. */
  @Test
  @Order(1)
  void the_transfer_out_side_is_flagged_the_day_after_its_fifth_working_day_and_the_whole_transfer_after_its_tenth() {
    String late = accepted("account-late");
    String onTime = accepted("account-on-time");
    JsonNode lateTransfer = read(late);
    assertEquals("2027-01-08", lateTransfer.path("deadlines").path("transferOutDueOn").asText(),
        "1 January is a holiday, 2-3 January a weekend: 4, 5, 6, 7, 8 January");
    assertEquals("2027-01-15", lateTransfer.path("deadlines").path("overallDueOn").asText());

    at("2027-01-07T08:30:00+08:00");
    assertEquals(200, webhook(SC_PARTNER, SC_SECRET, "sc-on-time", "transfer.out_confirmed",
        outForm(onTime, 38, "1000", "0", "0")).status());

    at("2027-01-08T08:30:00+08:00");
    assertTrue(function.checkDeadlines().startsWith("flagged=0"), "the last day still counts");
    assertTrue(function.takePushQueue().isEmpty());
    assertFalse(read(late).path("overdue").asBoolean());

    at("2027-01-09T08:30:00+08:00");
    assertTrue(function.checkDeadlines().startsWith("flagged=1"));
    List<JsonNode> notices = function.takePushQueue();
    assertEquals(List.of("33", "51"), notices.stream().map(n -> n.path("data").path("region").asText()).sorted().toList(),
        "the transfer-in office runs the case and the transfer-out office is late: both are told");
    for (JsonNode notice : notices) {
      assertEquals("transfer.overdue", notice.path("data").path("eventType").asText());
      assertEquals("[\"SYSTEM\"]", notice.path("data").path("channels").toString());
      assertEquals(late, notice.path("data").path("payload").path("transferId").asText());
      assertEquals("TRANSFER_OUT", notice.path("data").path("payload").path("deadline").asText());
      assertEquals("2027-01-08", notice.path("data").path("payload").path("dueOn").asText());
    }
    JsonNode flagged = read(late);
    assertTrue(flagged.path("overdue").asBoolean());
    assertEquals("TRANSFER_OUT", flagged.path("flags").get(0).path("deadline").asText());
    assertEquals("2027-01-08", flagged.path("flags").get(0).path("dueOn").asText());
    assertEquals("LETTER_SENT", flagged.path("state").asText(), "a flag is no transition");
    assertFalse(read(onTime).path("overdue").asBoolean(), "confirmed in time");

    at("2027-01-09T12:00:00+08:00");
    assertTrue(function.checkDeadlines().startsWith("flagged=0"), "checking twice flags nothing twice");
    assertTrue(function.takePushQueue().isEmpty());

    at("2027-01-16T08:30:00+08:00");
    assertTrue(function.checkDeadlines().startsWith("flagged=2"), "both are still open after ten working days");
    List<JsonNode> overall = function.takePushQueue();
    assertEquals(2, overall.size());
    overall.forEach(notice -> {
      assertEquals("33", notice.path("data").path("region").asText(), "the transfer-in office is told");
      assertEquals("OVERALL", notice.path("data").path("payload").path("deadline").asText());
    });
    assertEquals(List.of("TRANSFER_OUT", "OVERALL"), read(late).path("flags").findValuesAsText("deadline"));
  }

  @Test
  @Order(2)
  void a_transfer_that_ended_is_watched_no_more() {
    at("2027-01-18T10:00:00+08:00");
    String id = accepted("account-ended");
    ApiGatewayResponse rejected = send(step(applyFresh("account-ended-2"), "decision",
        "{\"decision\": \"REJECT\", \"reason\": \"duplicate\"}").asStaff("33"));
    assertEquals(200, rejected.status(), rejected::toString);
    webhook(SC_PARTNER, SC_SECRET, "sc-ended", "transfer.out_confirmed", outForm(id, 8, "0", "0", "0"));
    webhook(ZJ_PARTNER, ZJ_SECRET, "zj-ended", "transfer.completed", data(id));
    function.takePushQueue();

    at("2027-02-01T08:30:00+08:00");
    assertTrue(function.checkDeadlines().startsWith("flagged=0"));

    assertTrue(function.takePushQueue().isEmpty(), "completed and rejected transfers have no deadlines");
    assertFalse(read(id).path("overdue").asBoolean());
  }

  private String accepted(String account) {
    String id = applyFresh(account);
    assertEquals(200, webhook(ZJ_PARTNER, ZJ_SECRET, "zj-accept-" + account, "transfer.accepted", data(id)).status());
    assertEquals(1, function.takePushQueue().size());
    return id;
  }

  private String applyFresh(String account) {
    return applyAsWorker(worker(account), account).path("id").asText();
  }

  private void at(String shanghaiTime) {
    function.clock.set(java.time.OffsetDateTime.parse(shanghaiTime).toInstant());
  }
}
