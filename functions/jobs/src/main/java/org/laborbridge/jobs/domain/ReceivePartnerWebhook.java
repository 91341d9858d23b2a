package org.laborbridge.jobs.domain;

import org.laborbridge.shared.problem.Conflict;
import org.laborbridge.shared.problem.Unauthenticated;
import org.laborbridge.shared.time.ProgrammeClock;
import org.laborbridge.shared.webhook.Verification;
import org.laborbridge.shared.webhook.WebhookVerifier;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * A partner's signed webhook delivery (Standard Webhooks): verified against the partner's current secrets,
 * handled once per webhook id (a claim keeps an overlapping redelivery out), and answered the same way on
 * every redelivery. A refused delivery is not remembered: nothing was written, so a retry meets the same rules.
 */
public final class ReceivePartnerWebhook {

  /** Senders retry for about three days; a week covers the whole schedule with room to spare. */
  static final Duration RECEIPT_RETENTION = Duration.ofDays(7);
  /** Longer than the function's timeout: a claim left by a crashed attempt lapses before the sender's next retry. */
  static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(60);

  private final PartnerStore partners;
  private final ProgrammeClock clock;

  public ReceivePartnerWebhook(PartnerStore partners, ProgrammeClock clock) {
    this.partners = partners;
    this.clock = clock;
  }

  /** The three Standard Webhooks headers as received, and the raw body bytes they sign. */
  public record Delivery(String webhookId, String timestamp, String signature, byte[] body) {}

  /**
   * @param handle parses the verified body and carries out the event; called only for a delivery not seen before
   */
  public WebhookReply receive(String partnerId, Delivery delivery, Function<Partner, WebhookReply> handle) {
    Instant now = clock.now();
    // One answer for unknown, disabled and badly signed alike: nothing to learn for a prober.
    Partner partner = partners.find(partnerId).filter(Partner::enabled)
        .orElseThrow(() -> new Unauthenticated("webhook not accepted: unknown partner or invalid signature"));
    Verification verification = WebhookVerifier.verify(delivery.webhookId(), delivery.timestamp(), delivery.signature(),
        delivery.body(), partner.secrets(), now);
    if (!verification.verified()) {
      throw new Unauthenticated("webhook not accepted: unknown partner or invalid signature (" + verification + ")");
    }
    String webhookId = delivery.webhookId();
    Optional<WebhookReply> earlier = partners.receipt(partnerId, webhookId, now);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    if (!partners.claimDelivery(partnerId, webhookId, now, now.plus(CLAIM_TIMEOUT))) {
      return partners.receipt(partnerId, webhookId, now).orElseThrow(() ->
          new Conflict("delivery " + webhookId + " is being handled by an earlier attempt; retry later"));
    }
    WebhookReply reply;
    try {
      reply = handle.apply(partner);
    } catch (RuntimeException refused) {
      // Nothing was answered: the sender's retry must be handled afresh.
      partners.releaseDelivery(partnerId, webhookId);
      throw refused;
    }
    partners.rememberReceipt(partnerId, webhookId, reply, now.plus(RECEIPT_RETENTION));
    return reply;
  }
}
