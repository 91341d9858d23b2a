package org.laborbridge.transfers.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.laborbridge.platform.testing.ApiGatewayResponse;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A region's system retries: whatever it sends again, the transfer and the queue stay as the first delivery left them. */
class ReplayedWebhookTest extends TransfersHandlerTest {

  @Test
  void a_replayed_acceptance_gets_the_first_answer_and_changes_nothing() {
    String id = applyAsWorker(worker("account-sun"), "account-sun").path("id").asText();
    ApiGatewayResponse first = webhook(ZJ_PARTNER, ZJ_SECRET, "zj-accept-7", "transfer.accepted", data(id));
    assertEquals(200, first.status(), first::toString);
    assertEquals(1, function.takePushQueue().size());
    JsonNode after = read(id);

    function.clock.advance(Duration.ofMinutes(30)); // the sender's third attempt, signed afresh
    ApiGatewayResponse replay = webhook(ZJ_PARTNER, ZJ_SECRET, "zj-accept-7", "transfer.accepted", data(id).put("note", "again"));

    assertEquals(200, replay.status());
    assertEquals(first.body(), replay.body(), "the same answer, byte for byte");
    assertEquals(after.toString(), read(id).toString(), "the transfer did not change");
    assertTrue(function.takePushQueue().isEmpty(), "no second contact letter");
  }

  @Test
  void the_same_step_sent_again_under_a_new_webhook_id_is_answered_already_done_and_changes_nothing() {
    String id = applyAsWorker(worker("account-zhou"), "account-zhou").path("id").asText();
    webhook(ZJ_PARTNER, ZJ_SECRET, "zj-accept-8", "transfer.accepted", data(id));
    function.takePushQueue();
    webhook(SC_PARTNER, SC_SECRET, "sc-confirm-8", "transfer.out_confirmed", outForm(id, 38, "1000", "0", "0"));
    JsonNode after = read(id);

    ApiGatewayResponse acceptedAgain = webhook(ZJ_PARTNER, ZJ_SECRET, "zj-accept-8-bis", "transfer.accepted", data(id));
    ApiGatewayResponse confirmedAgain = webhook(SC_PARTNER, SC_SECRET, "sc-confirm-8-bis", "transfer.out_confirmed",
        outForm(id, 38, "99999", "0", "0"));

    assertEquals(409, acceptedAgain.status(), "past LETTER_SENT an acceptance is no retry: " + acceptedAgain);
    assertEquals(200, confirmedAgain.status(), confirmedAgain::toString);
    assertEquals("ALREADY_DONE", confirmedAgain.json().path("outcome").asText());
    assertEquals(after.toString(), read(id).toString(), "the first form stands");
    assertTrue(function.takePushQueue().isEmpty());
  }

  @Test
  void a_refused_delivery_is_not_remembered_so_its_retry_is_judged_afresh() {
    String id = applyAsWorker(worker("account-wu"), "account-wu").path("id").asText();
    ApiGatewayResponse tooEarly = webhook(SC_PARTNER, SC_SECRET, "sc-confirm-9", "transfer.out_confirmed",
        outForm(id, 38, "1000", "0", "0"));
    assertEquals(409, tooEarly.status(), "no letter yet");

    webhook(ZJ_PARTNER, ZJ_SECRET, "zj-accept-9", "transfer.accepted", data(id));
    ApiGatewayResponse retried = webhook(SC_PARTNER, SC_SECRET, "sc-confirm-9", "transfer.out_confirmed",
        outForm(id, 38, "1000", "0", "0"));

    assertEquals(200, retried.status(), retried::toString);
    assertEquals("OUT_CONFIRMED", read(id).path("state").asText());
  }
}
