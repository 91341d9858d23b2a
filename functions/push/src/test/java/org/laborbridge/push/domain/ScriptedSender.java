package org.laborbridge.push.domain;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** A receiver that answers from a script (then 200 when the script runs out), and remembers what it was sent. */
class ScriptedSender implements WebhookSender {

  final List<WebhookDelivery> received = new ArrayList<>();
  private final Deque<SendResult> script = new ArrayDeque<>();

  ScriptedSender answering(SendResult... results) {
    script.addAll(List.of(results));
    return this;
  }

  @Override
  public synchronized SendResult send(SigningEndpoint endpoint, WebhookDelivery delivery, Instant now) {
    received.add(delivery);
    return script.isEmpty() ? new SendResult.Answered(200, java.util.Optional.empty()) : script.poll();
  }
}
