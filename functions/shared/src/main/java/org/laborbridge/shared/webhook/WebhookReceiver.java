package org.laborbridge.shared.webhook;

import org.laborbridge.shared.problem.Conflict;
import org.laborbridge.shared.problem.Unauthenticated;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Receives a partner's signed webhook delivery (Standard Webhooks): verified against the sender's current secrets,
 * handled once per webhook id (a claim keeps an overlapping redelivery out), and answered the same way on every
 * redelivery. A refused delivery is not remembered: nothing was written, so a retry meets the same rules. Every
 * capability that takes partners' webhooks (jobs, transfers) receives them through this one flow.
 */
public final class WebhookReceiver {

  /** Senders retry for about three days; a week covers the whole schedule with room to spare. */
  public static final Duration RECEIPT_RETENTION = Duration.ofDays(7);
  /** Longer than a function's timeout: a claim left by a crashed attempt lapses before the sender's next retry. */
  public static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(60);

  private final WebhookReceipts receipts;
  private final Clock clock;

  public WebhookReceiver(WebhookReceipts receipts, Clock clock) {
    this.receipts = receipts;
    this.clock = clock;
  }

  /** The three Standard Webhooks headers as received, and the raw body bytes they sign. */
  public record Delivery(String webhookId, String timestamp, String signature, byte[] body) {}

  /**
   * @param secrets the sender's current secrets; empty when the sender is unknown or switched off
   * @param handle parses the verified body and carries out the event; called only for a delivery not seen before
   */
  public WebhookReply receive(String senderId, List<WebhookSecret> secrets, Delivery delivery, Supplier<WebhookReply> handle) {
    Instant now = clock.instant();
    // One answer for unknown, disabled and badly signed alike: nothing to learn for a prober.
    if (secrets == null || secrets.isEmpty()) {
      throw new Unauthenticated("webhook not accepted: unknown partner or invalid signature");
    }
    Verification verification = WebhookVerifier.verify(delivery.webhookId(), delivery.timestamp(), delivery.signature(),
        delivery.body(), secrets, now);
    if (!verification.verified()) {
      throw new Unauthenticated("webhook not accepted: unknown partner or invalid signature (" + verification + ")");
    }
    String webhookId = delivery.webhookId();
    Optional<WebhookReply> earlier = receipts.receipt(senderId, webhookId, now);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    if (!receipts.claimDelivery(senderId, webhookId, now, now.plus(CLAIM_TIMEOUT))) {
      return receipts.receipt(senderId, webhookId, now).orElseThrow(() ->
          new Conflict("delivery " + webhookId + " is being handled by an earlier attempt; retry later"));
    }
    WebhookReply reply;
    try {
      reply = handle.get();
    } catch (RuntimeException refused) {
      // Nothing was answered: the sender's retry must be handled afresh.
      receipts.releaseDelivery(senderId, webhookId);
      throw refused;
    }
    receipts.rememberReceipt(senderId, webhookId, reply, now.plus(RECEIPT_RETENTION));
    return reply;
  }
}
