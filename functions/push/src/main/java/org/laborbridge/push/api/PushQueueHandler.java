package org.laborbridge.push.api;

import io.micronaut.context.ApplicationContext;
import jakarta.inject.Inject;
import org.laborbridge.platform.sqs.EnvelopeQueueHandler;
import org.laborbridge.push.domain.DeliverPush;
import org.laborbridge.push.domain.DeliverWebhook;
import org.laborbridge.push.domain.Notice;
import org.laborbridge.push.domain.NotifyRegion;
import org.laborbridge.push.domain.WebhookDelivery;
import org.laborbridge.push.domain.WorkerPush;
import org.laborbridge.push.store.WebhookJson;
import org.laborbridge.shared.message.Envelope;
import org.laborbridge.shared.problem.InvalidValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The push queue's Lambda handler: push.requested (a job for a worker, from matching), campaign.message.requested (a
 * campaign's message for a worker, from campaigns), notice.requested (an event for a region's endpoints, from any
 * LaborBridge function) and webhook.deliver (one attempt of a signed outbound webhook, from any capability).
 * Unreadable messages, and messages missing what they must carry, are reported failed and end in the dead-letter queue.
 */
public class PushQueueHandler extends EnvelopeQueueHandler {

  private static final Logger LOG = LoggerFactory.getLogger("push");

  @Inject
  DeliverPush deliverPush;
  @Inject
  DeliverWebhook deliverWebhook;
  @Inject
  NotifyRegion notifyRegion;

  /** Used by Lambda: the context is configured from the environment the template sets. */
  public PushQueueHandler() {
    super();
  }

  /** Used by tests and the local runner, which prepare the context themselves. */
  public PushQueueHandler(ApplicationContext context) {
    super(context);
  }

  @Override
  protected void handle(Envelope envelope) {
    switch (envelope.type()) {
      case QueueMessages.PUSH_REQUESTED -> push(envelope.type(), QueueMessages.pushRequested(envelope));
      case QueueMessages.CAMPAIGN_MESSAGE_REQUESTED -> push(envelope.type(), QueueMessages.campaignMessageRequested(envelope));
      case QueueMessages.NOTICE_REQUESTED -> {
        Notice notice = QueueMessages.noticeRequested(envelope);
        NotifyRegion.Result result = notifyRegion.notify(notice);
        LOG.info("notice.requested outcome={} region={} eventType={} deliveries={}", result.outcome(),
            notice.region().code(), notice.eventType(), result.deliveries());
      }
      case WebhookJson.WEBHOOK_DELIVER -> {
        WebhookDelivery delivery = QueueMessages.webhookDeliver(envelope);
        DeliverWebhook.Outcome outcome = deliverWebhook.deliver(delivery);
        LOG.info("webhook.deliver outcome={} endpoint={} attempt={}", outcome, delivery.endpointId(), delivery.attempt());
      }
      default -> throw new InvalidValue("type", "is not a message the push function handles");
    }
  }

  private void push(String type, WorkerPush push) {
    DeliverPush.Result result = deliverPush.push(push);
    LOG.info("{} outcome={} webhooks={} deferredUntil={}", type, result.outcome(), result.webhooks(),
        result.deferredUntil().map(Object::toString).orElse("-"));
  }
}
