package org.laborbridge.push.domain;

import java.util.Comparator;
import java.util.List;

/**
 * Tells a region's partners of an event another capability raised (a fair cancelled, a transfer forwarded or
 * overdue): one signed webhook to each active endpoint of the region on the notice's channels. Each delivery's id
 * is derived from the notice and the endpoint, so a repeated or retried notice queues the same deliveries and each
 * is sent once (the delivery record's claim sees to it).
 *
 * <p>Notices are not paced and not held for the quiet hours: they are no job advertising but news a person or an
 * office needs now (a fair they would travel to is off), and the gateway that forwards them to people decides how.
 */
public final class NotifyRegion {

  public enum Outcome { QUEUED, NO_ENDPOINT }

  /** @param deliveries how many webhook.deliver messages were queued (again, for a repeat) */
  public record Result(Outcome outcome, int deliveries) {}

  private final EndpointStore endpoints;
  private final PushQueue queue;

  public NotifyRegion(EndpointStore endpoints, PushQueue queue) {
    this.endpoints = endpoints;
    this.queue = queue;
  }

  public Result notify(Notice notice) {
    List<ChannelEndpoint> targets = endpoints.active(notice.region()).stream()
        .filter(e -> notice.channels().contains(e.channel()))
        .sorted(Comparator.comparing(ChannelEndpoint::id))
        .toList();
    for (ChannelEndpoint endpoint : targets) {
      queue.send(new WebhookDelivery(deliveryId(notice.id(), endpoint.id()), notice.source(), notice.occurredAt(),
          endpoint.id(), notice.eventType(), notice.payload(), 1));
    }
    return new Result(targets.isEmpty() ? Outcome.NO_ENDPOINT : Outcome.QUEUED, targets.size());
  }

  /** One delivery per notice and endpoint, whatever repeats: the receiver's webhook-id. */
  public static String deliveryId(String noticeId, String endpointId) {
    return Ids.derivedFrom("notice.requested", noticeId, endpointId);
  }
}
