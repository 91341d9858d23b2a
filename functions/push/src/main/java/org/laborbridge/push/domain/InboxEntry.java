package org.laborbridge.push.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An entry in a worker's inbox: a job picked for them (with why) or a campaign's message, when it came, and whether
 * they have read it.
 */
public record InboxEntry(String workerId, PushTopic topic, Instant pushedAt, InboxContent content, boolean read,
    Optional<Instant> readAt) {
  public InboxEntry {
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(content, "content");
  }

  /** The same entry, read at {@code now} unless it was read before. */
  public InboxEntry readOn(Instant now) {
    return new InboxEntry(workerId, topic, pushedAt, content, true, Optional.of(readAt.orElse(now)));
  }
}
