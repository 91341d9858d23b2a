package org.laborbridge.jobs.domain;

import org.laborbridge.shared.paging.Page;
import org.laborbridge.shared.paging.PageRequest;

import java.time.Instant;
import java.util.Optional;

/** Where partners, their secrets, and the webhook deliveries already handled are kept. */
public interface PartnerStore {

  /** Stores a new partner; false when the id is taken. */
  boolean insert(Partner partner);

  Optional<Partner> find(String id);

  void replace(Partner partner);

  Page<Partner> list(PageRequest page);

  /** The reply given to an earlier delivery of this webhook id, if it has not expired. */
  Optional<WebhookReply> receipt(String partnerId, String webhookId, Instant now);

  /**
   * Claims a delivery before it is handled, so that a redelivery arriving meanwhile is not handled twice.
   * False when another attempt holds a live claim (until {@code claimedUntil}) or has already answered.
   */
  boolean claimDelivery(String partnerId, String webhookId, Instant now, Instant claimedUntil);

  /** Gives up a claim whose handling failed, so that the sender's next retry is handled. */
  void releaseDelivery(String partnerId, String webhookId);

  /** Keeps the answer to a delivery (replacing its claim) until {@code expiresAt}. */
  void rememberReceipt(String partnerId, String webhookId, WebhookReply reply, Instant expiresAt);
}
