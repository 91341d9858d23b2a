package org.laborbridge.push.domain;

import java.time.Duration;
import java.time.Instant;

/** The push queue, as push itself writes to it. */
public interface PushQueue {

  /** Queues a webhook.deliver message for this delivery attempt. */
  void send(WebhookDelivery delivery);

  /**
   * Queues the attempt to be handled after {@code wait} (due at {@code dueAt}): a short wait rides on the queue's
   * own delay, a long one is parked until the deferred-message schedule releases it.
   */
  void sendLater(WebhookDelivery delivery, Duration wait, Instant dueAt);

  /** Puts a parked message back on the queue exactly as it was parked. */
  void resend(DeferredMessage message);
}
