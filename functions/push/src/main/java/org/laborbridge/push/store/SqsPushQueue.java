package org.laborbridge.push.store;

import org.laborbridge.push.domain.DeferredMessage;
import org.laborbridge.push.domain.DeferredStore;
import org.laborbridge.push.domain.PushQueue;
import org.laborbridge.push.domain.WebhookDelivery;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * The push queue: webhook.deliver messages now or after a wait, and parked messages put back. SQS delays a
 * message by at most 15 minutes; longer waits are parked in the deliveries table for the schedule to release.
 */
public final class SqsPushQueue implements PushQueue {

  /** SQS's own limit on DelaySeconds. */
  public static final Duration MAX_QUEUE_DELAY = Duration.ofSeconds(900);
  /** Message attribute: consumers can route by type without parsing the body. */
  public static final String TYPE_ATTRIBUTE = "type";

  private final SqsClient sqs;
  private final String queueUrl;
  private final DeferredStore deferred;

  public SqsPushQueue(SqsClient sqs, String queueUrl, DeferredStore deferred) {
    this.sqs = sqs;
    this.queueUrl = queueUrl;
    this.deferred = deferred;
  }

  @Override
  public void send(WebhookDelivery delivery) {
    send(WebhookJson.deliverMessage(delivery), 0, WebhookJson.WEBHOOK_DELIVER);
  }

  @Override
  public void sendLater(WebhookDelivery delivery, Duration wait, Instant dueAt) {
    String message = WebhookJson.deliverMessage(delivery);
    if (wait.compareTo(MAX_QUEUE_DELAY) <= 0) {
      // Whole seconds, rounded up: never earlier than the schedule says.
      long seconds = (wait.toMillis() + 999) / 1000;
      send(message, (int) seconds, WebhookJson.WEBHOOK_DELIVER);
    } else {
      deferred.park(new DeferredMessage(dueAt, delivery.id(), message));
    }
  }

  @Override
  public void resend(DeferredMessage message) {
    send(message.message(), 0, typeOf(message.message()));
  }

  private void send(String body, int delaySeconds, String type) {
    if (queueUrl == null || queueUrl.isBlank()) {
      throw new IllegalStateException("push.queue-url (PUSH_QUEUE_URL) is not set for this function");
    }
    sqs.sendMessage(r -> r.queueUrl(queueUrl).messageBody(body).delaySeconds(delaySeconds)
        .messageAttributes(Map.of(TYPE_ATTRIBUTE, MessageAttributeValue.builder().dataType("String")
            .stringValue(type).build())));
  }

  /** A parked message is an envelope: push.requested as matching sent it, or a webhook.deliver retry. */
  private static String typeOf(String body) {
    try {
      return WebhookJson.MAPPER.readTree(body).path("type").asText("unknown");
    } catch (com.fasterxml.jackson.core.JsonProcessingException notJson) {
      return "unknown";
    }
  }
}
