package org.laborbridge.push.domain;

import java.time.Instant;
import java.util.Optional;

/** The status of every webhook delivery, and the claims that keep a redelivered message from sending twice. */
public interface DeliveryStore {

  Optional<DeliveryRecord> find(String id);

  /**
   * Claims the delivery's attempt {@code delivery.attempt()} until {@code claimedUntil}, atomically. Succeeds when
   * there is no record yet, when the previous attempt is waiting for this one, or when an earlier claim on this
   * same attempt lapsed (its sender died).
   */
  boolean claim(WebhookDelivery delivery, Instant now, Instant claimedUntil);

  /** Records the outcome of the attempt this delivery claimed; ignored if the claim has moved on. */
  void recordAttempt(WebhookDelivery delivery, String lastStatus, Instant at, DeliveryState state,
      Optional<Instant> nextAttemptAt);

  /** Notes that the message of attempt {@code attempt} is queued or parked. */
  void retryQueued(String deliveryId, int attempt);
}
