package org.laborbridge.push.domain;

import java.time.Instant;

/** Sends one signed webhook (Standard Webhooks 1.0) and says what came of it; never throws for the receiver's faults. */
public interface WebhookSender {
  SendResult send(SigningEndpoint endpoint, WebhookDelivery delivery, Instant now);
}
