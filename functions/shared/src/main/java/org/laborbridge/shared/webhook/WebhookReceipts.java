package org.laborbridge.shared.webhook;

import java.time.Instant;
import java.util.Optional;

/** Where the answers given to partners' webhook deliveries are kept, by sender and webhook id. */
public interface WebhookReceipts {

  /** The reply given to an earlier delivery of this webhook id, if it has not expired. */
  Optional<WebhookReply> receipt(String senderId, String webhookId, Instant now);

  /**
   * Claims a delivery before it is handled, so that a redelivery arriving meanwhile is not handled twice.
   * False when another attempt holds a live claim (until {@code claimedUntil}) or has already answered.
   */
  boolean claimDelivery(String senderId, String webhookId, Instant now, Instant claimedUntil);

  /** Gives up a claim whose handling failed, so that the sender's next retry is handled. */
  void releaseDelivery(String senderId, String webhookId);

  /** Keeps the answer to a delivery (replacing its claim) until {@code expiresAt}. */
  void rememberReceipt(String senderId, String webhookId, WebhookReply reply, Instant expiresAt);
}
