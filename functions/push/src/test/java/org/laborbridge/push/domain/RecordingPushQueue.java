package org.laborbridge.push.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The push queue as domain tests see it: what was sent, with what wait; long waits parked as the real one does. */
class RecordingPushQueue implements PushQueue {

  record Sent(WebhookDelivery delivery, Duration delay) {}

  final List<Sent> sent = new ArrayList<>();
  final List<DeferredMessage> resent = new ArrayList<>();
  private final DeferredStore deferred;

  RecordingPushQueue(DeferredStore deferred) {
    this.deferred = deferred;
  }

  @Override
  public synchronized void send(WebhookDelivery delivery) {
    sent.add(new Sent(delivery, Duration.ZERO));
  }

  @Override
  public synchronized void sendLater(WebhookDelivery delivery, Duration wait, Instant dueAt) {
    if (wait.compareTo(Duration.ofMinutes(15)) <= 0) {
      sent.add(new Sent(delivery, wait));
    } else {
      deferred.park(new DeferredMessage(dueAt, delivery.id(), "attempt " + delivery.attempt()));
    }
  }

  @Override
  public synchronized void resend(DeferredMessage message) {
    resent.add(message);
  }

  synchronized WebhookDelivery last() {
    return sent.get(sent.size() - 1).delivery();
  }
}
