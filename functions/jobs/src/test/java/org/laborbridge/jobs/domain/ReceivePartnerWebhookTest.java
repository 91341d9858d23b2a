package org.laborbridge.jobs.domain;

import org.laborbridge.shared.webhook.WebhookReply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.laborbridge.shared.problem.DomainException;
import org.laborbridge.shared.problem.Unauthenticated;
import org.laborbridge.shared.region.CountyCode;
import org.laborbridge.shared.time.ProgrammeClock;
import org.laborbridge.shared.time.SettableClock;
import org.laborbridge.shared.webhook.WebhookSecret;
import org.laborbridge.shared.webhook.WebhookSigner;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

class ReceivePartnerWebhookTest {

  private static final String BODY = "{\"type\":\"job.posted\",\"data\":{\"externalId\":\"JOB-77\"}}";
  private static final WebhookReply ACCEPTED = new WebhookReply(202, "{\"jobId\":\"job-1\"}");

  private final SettableClock clock = Samples.clock();
  private final InMemoryPartnerStore partners = new InMemoryPartnerStore();
  private final ManagePartners managePartners = new ManagePartners(partners, new ProgrammeClock(clock));
  private final ReceivePartnerWebhook receive = new ReceivePartnerWebhook(partners, new ProgrammeClock(clock));

  /** The partners the handler was called for, one entry per call. */
  private final List<String> handled = new ArrayList<>();
  private final Function<Partner, WebhookReply> handler = partner -> {
    handled.add(partner.id());
    return ACCEPTED;
  };

  ReceivePartnerWebhookTest() {
    managePartners.register("hr-chengdu", "Chengdu Human Resources and Social Security Bureau",
        CountyCode.parse(Samples.CHENGDU), PartnerKind.HR_DEPARTMENT, List.of(Samples.secret(1)),
        URI.create("https://hr.chengdu.example/webhooks"));
  }

  /** A delivery signed now, as a partner's sender signs every attempt. */
  private ReceivePartnerWebhook.Delivery signed(String webhookId, String body, WebhookSecret secret) {
    long timestamp = clock.instant().getEpochSecond();
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return new ReceivePartnerWebhook.Delivery(webhookId, Long.toString(timestamp),
        WebhookSigner.sign(webhookId, timestamp, bytes, secret), bytes);
  }

  private ReceivePartnerWebhook.Delivery signed(String webhookId) {
    return signed(webhookId, BODY, Samples.secret(1));
  }

  @Test
  void a_verified_delivery_is_handled_once_and_its_reply_remembered() {
    WebhookReply reply = receive.receive("hr-chengdu", signed("msg-1"), handler);

    assertEquals(ACCEPTED, reply);
    assertEquals(List.of("hr-chengdu"), handled);
    assertEquals(ACCEPTED, partners.receipt("hr-chengdu", "msg-1", clock.instant()).orElseThrow());
  }

  @Test
  void a_redelivery_with_the_same_webhook_id_gets_the_first_reply_without_being_handled_again() {
    receive.receive("hr-chengdu", signed("msg-1"), handler);
    clock.advance(Duration.ofMinutes(30)); // the sender's third attempt, signed afresh

    WebhookReply reply = receive.receive("hr-chengdu", signed("msg-1"),
        partner -> new WebhookReply(500, "must not be called"));

    assertEquals(ACCEPTED, reply);
    assertEquals(List.of("hr-chengdu"), handled);
  }

  @Test
  void another_webhook_id_is_handled_afresh() {
    receive.receive("hr-chengdu", signed("msg-1"), handler);
    receive.receive("hr-chengdu", signed("msg-2"), handler);

    assertEquals(List.of("hr-chengdu", "hr-chengdu"), handled);
    assertEquals(2, partners.receiptCount());
  }

  @Test
  void a_receipt_is_kept_for_a_week_and_then_forgotten() {
    receive.receive("hr-chengdu", signed("msg-1"), handler);

    clock.advance(Duration.ofDays(7).minusSeconds(1));
    receive.receive("hr-chengdu", signed("msg-1"), handler);
    assertEquals(1, handled.size());

    clock.advance(Duration.ofSeconds(1));
    receive.receive("hr-chengdu", signed("msg-1"), handler);
    assertEquals(2, handled.size());
  }

  @Test
  void a_delivery_from_an_unknown_partner_is_not_accepted() {
    assertThrows(Unauthenticated.class, () -> receive.receive("hr-nowhere", signed("msg-1"), handler));

    assertEquals(List.of(), handled);
  }

  @Test
  void a_delivery_for_a_disabled_partner_is_not_accepted_even_as_a_redelivery() {
    receive.receive("hr-chengdu", signed("msg-1"), handler);
    managePartners.setEnabled("hr-chengdu", false);

    assertThrows(Unauthenticated.class, () -> receive.receive("hr-chengdu", signed("msg-1"), handler));
    assertThrows(Unauthenticated.class, () -> receive.receive("hr-chengdu", signed("msg-2"), handler));

    assertEquals(1, handled.size());
  }

  @Test
  void a_tampered_body_is_not_accepted() {
    ReceivePartnerWebhook.Delivery genuine = signed("msg-1");
    byte[] tampered = BODY.replace("JOB-77", "JOB-78").getBytes(StandardCharsets.UTF_8);
    ReceivePartnerWebhook.Delivery forged =
        new ReceivePartnerWebhook.Delivery(genuine.webhookId(), genuine.timestamp(), genuine.signature(), tampered);

    assertThrows(Unauthenticated.class, () -> receive.receive("hr-chengdu", forged, handler));

    assertEquals(List.of(), handled);
    assertEquals(0, partners.receiptCount());
  }

  @Test
  void a_badly_signed_delivery_does_not_get_the_reply_remembered_for_its_webhook_id() {
    receive.receive("hr-chengdu", signed("msg-1"), handler);

    assertThrows(Unauthenticated.class,
        () -> receive.receive("hr-chengdu", signed("msg-1", BODY, Samples.secret(9)), handler));
  }

  @Test
  void a_delivery_signed_more_than_five_minutes_ago_is_not_accepted() {
    ReceivePartnerWebhook.Delivery delivery = signed("msg-1");
    clock.advance(Duration.ofMinutes(5).plusSeconds(1));

    assertThrows(Unauthenticated.class, () -> receive.receive("hr-chengdu", delivery, handler));

    assertEquals(List.of(), handled);
  }

  @Test
  void a_delivery_signed_exactly_five_minutes_ago_is_still_accepted() {
    ReceivePartnerWebhook.Delivery delivery = signed("msg-1");
    clock.advance(Duration.ofMinutes(5));

    assertEquals(ACCEPTED, receive.receive("hr-chengdu", delivery, handler));
  }

  @Test
  void while_rotating_a_signature_made_with_either_current_secret_is_accepted() {
    managePartners.rotateSecrets("hr-chengdu", List.of(Samples.secret(1), Samples.secret(2)));

    receive.receive("hr-chengdu", signed("msg-1", BODY, Samples.secret(1)), handler);
    receive.receive("hr-chengdu", signed("msg-2", BODY, Samples.secret(2)), handler);

    assertEquals(2, handled.size());
  }

  @Test
  void after_rotation_the_retired_secret_is_not_accepted() {
    managePartners.rotateSecrets("hr-chengdu", List.of(Samples.secret(2)));

    assertThrows(Unauthenticated.class,
        () -> receive.receive("hr-chengdu", signed("msg-1", BODY, Samples.secret(1)), handler));
    assertEquals(ACCEPTED, receive.receive("hr-chengdu", signed("msg-1", BODY, Samples.secret(2)), handler));

    assertEquals(1, handled.size());
  }

  @Test
  void a_redelivery_arriving_while_the_first_is_still_handled_is_not_handled_again() {
    Function<Partner, WebhookReply> slowHandler = new Function<>() {
      private boolean redelivered;

      @Override
      public WebhookReply apply(Partner partner) {
        handled.add(partner.id());
        if (!redelivered) {
          redelivered = true;
          // The sender timed out and retries while we are still working on the first attempt.
          try {
            receive.receive("hr-chengdu", signed("msg-1"), this);
          } catch (DomainException refusedWhileInProgress) {
            // Refusing the overlapping attempt (e.g. 409 in progress) is fine; handling it twice is not.
          }
        }
        return ACCEPTED;
      }
    };

    receive.receive("hr-chengdu", signed("msg-1"), slowHandler);

    assertEquals(1, handled.size());
  }

  @Test
  void a_delivery_whose_handling_is_refused_is_handled_afresh_when_the_sender_retries() {
    Function<Partner, WebhookReply> refusing = partner -> {
      handled.add(partner.id());
      throw new org.laborbridge.shared.problem.InvalidValue("data.openings", "must be between 1 and 100000");
    };
    assertThrows(org.laborbridge.shared.problem.InvalidValue.class, () -> receive.receive("hr-chengdu", signed("msg-1"), refusing));
    clock.advance(Duration.ofMinutes(5));

    assertEquals(ACCEPTED, receive.receive("hr-chengdu", signed("msg-1"), handler));
    assertEquals(List.of("hr-chengdu", "hr-chengdu"), handled);
  }
}
