package org.laborbridge.push.domain;

import java.time.Instant;

/** A message parked until it falls due: a push held back by pacing, or a webhook retry too far off for a queue delay. */
public record DeferredMessage(Instant dueAt, String messageId, String message) {
  @Override
  public String toString() {
    return "DeferredMessage[dueAt=" + dueAt + ", messageId=" + messageId + "]";
  }
}
